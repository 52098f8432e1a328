package dev.cgoguard.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cgoguard.kinds.make.MakefileKind;
import dev.cgoguard.kinds.shell.ShellScriptKind;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceScannerTest {
    @TempDir
    Path root;

    private Map<String, String> problems(Workspace workspace) {
        return workspace.problems().stream().collect(Collectors.toMap(FileProblem::path, FileProblem::message));
    }

    @Test
    void readsBuildFilesAndSkipsVcsAndDependencyFolders() throws IOException {
        Files.writeString(root.resolve("Makefile"), "build:\n\tgo build .\n");
        Files.writeString(root.resolve("main.go"), "package main\n");
        Files.createDirectories(root.resolve(".git"));
        Files.writeString(root.resolve(".git/Makefile"), "x:\n");
        Files.createDirectories(root.resolve("node_modules/pkg"));
        Files.writeString(root.resolve("node_modules/pkg/build.sh"), "go build\n");
        Files.writeString(root.resolve("notes.txt"), "not a build file");
        Workspace workspace = new WorkspaceScanner().scan(root);
        assertEquals(Set.of("Makefile", "main.go"), workspace.files().keySet());
        assertEquals(MakefileKind.KIND, workspace.file("Makefile").orElseThrow().kind());
    }

    @Test
    void badFilesBecomeProblemsAndTheScanGoesOn() throws IOException {
        Files.writeString(root.resolve("Makefile"), "build:\n\tgo build .\n");
        Files.write(root.resolve("Dockerfile"), new byte[] {'F', 'R', 'O', 'M', 0, 0, 1, 2});
        Files.write(root.resolve("build.sh"), new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0xfd, (byte) 0xc3, 'a'});
        try (RandomAccessFile big = new RandomAccessFile(root.resolve("huge.mk").toFile(), "rw")) {
            big.setLength(50L * 1024 * 1024);
        }
        Map<String, String> problems = problems(new WorkspaceScanner().scan(root));
        assertTrue(problems.get("Dockerfile").contains("binary"), problems.toString());
        assertTrue(problems.get("build.sh").contains("not UTF-8"), problems.toString());
        assertTrue(problems.get("huge.mk").contains("52,428,800 bytes is larger than the 4,194,304 bytes (4 MB)"), problems.toString());
        assertTrue(new WorkspaceScanner().scan(root).file("Makefile").isPresent());
    }

    @Test
    void invalidUtf8InAnOtherwiseTextFileIsReadWithReplacements() throws IOException {
        byte[] text = "build:\n\tgo build -o caf\u00e9 .\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(root.resolve("Makefile"), text);
        Workspace workspace = new WorkspaceScanner().scan(root);
        assertTrue(workspace.file("Makefile").orElseThrow().content().contains("go build -o caf\uFFFD ."));
    }

    @Test
    void unreadableFileIsReported() throws IOException {
        assumeTrue(!"root".equals(System.getProperty("user.name")), "root reads every file");
        Path secret = root.resolve("Makefile");
        Files.writeString(secret, "x:\n");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        assertTrue(problems(new WorkspaceScanner().scan(root)).get("Makefile").contains("permission denied"));
    }

    @Test
    void vanishedFileIsReported() throws Exception {
        Path gone = root.resolve("gone.sh");
        var error = org.junit.jupiter.api.Assertions.assertThrows(WorkspaceScanner.UnreadableFileException.class,
                () -> WorkspaceScanner.read(PathGate.of(root), gone, "gone.sh"));
        assertTrue(error.getMessage().contains("vanished"), error.getMessage());
    }

    @Test
    void neverFollowsALinkOutOfTheRoot(@TempDir Path outside) throws IOException {
        Files.writeString(outside.resolve("Makefile"), "x:\n\tgo build .\n");
        Files.createSymbolicLink(root.resolve("Makefile"), outside.resolve("Makefile"));
        Files.createSymbolicLink(root.resolve("linked-dir"), outside);
        Workspace workspace = new WorkspaceScanner().scan(root);
        assertFalse(workspace.file("Makefile").isPresent());
        assertFalse(workspace.file("linked-dir/Makefile").isPresent());
        assertTrue(problems(workspace).get("Makefile").contains("outside the workspace"));
    }

    @Test
    void goFilesAreReadOnlyUpToTheHeaderLimit() throws IOException {
        String header = "package big\n\nimport \"os/user\"\n";
        Files.writeString(root.resolve("big.go"), header + "// x\n".repeat(200_000));
        WorkspaceFile file = new WorkspaceScanner().scan(root).file("big.go").orElseThrow();
        assertTrue(file.content().startsWith(header));
        assertTrue(file.content().length() <= WorkspaceScanner.GO_HEADER_BYTES);
    }

    @Test
    void aGoFileWithANulAnywhereInItsHeaderIsFoundBinaryWhenItIsReadNotWhenItIsScanned() throws IOException {
        byte[] text = "package a\n\nimport \"net\"\n\n// caf\u00e9 au lait\n".getBytes(StandardCharsets.UTF_8);
        for (int at = 0; at < text.length; at++) {
            byte[] nul = text.clone();
            nul[at] = 0;
            Files.write(root.resolve("nul" + at + ".go"), nul);
        }
        Files.write(root.resolve("ok.go"), text);
        Workspace workspace = new WorkspaceScanner().scan(root);
        assertEquals(Map.of(), problems(workspace), "a scan opens no Go file");
        for (int at = 0; at < text.length; at++) {
            WorkspaceFile nul = workspace.file("nul" + at + ".go").orElseThrow();
            assertFalse(nul.readOnDisk().readable(), "NUL at " + at);
            assertEquals("", nul.content());
        }
        assertEquals(new String(text, StandardCharsets.UTF_8), workspace.file("ok.go").orElseThrow().content());
        Map<String, String> found = readProblems(workspace).stream()
                .collect(Collectors.toMap(FileProblem::path, FileProblem::message));
        for (int at = 0; at < text.length; at++) {
            assertEquals("skipped: binary content (NUL bytes)", found.get("nul" + at + ".go"), at + ": " + found);
        }
        assertFalse(found.containsKey("ok.go"), found.toString());
    }

    @Test
    void aGoFileThatIsNotUtf8IsFoundSoWhenItIsRead() throws IOException {
        byte[] latin1 = new byte[64];
        Arrays.fill(latin1, (byte) 0xe9);
        Files.write(root.resolve("latin1.go"), latin1);
        Workspace workspace = new WorkspaceScanner().scan(root);
        assertEquals(Map.of(), problems(workspace));
        assertEquals("skipped: not UTF-8 text", workspace.file("latin1.go").orElseThrow().readOnDisk().outcome().problem());
        assertEquals(List.of(new FileProblem("latin1.go", "skipped: not UTF-8 text")), readProblems(workspace));
    }

    @Test
    void aGoFileIsARecordOfTheWalkReadOnlyWhenAsked() throws IOException {
        Path go = root.resolve("a.go");
        Files.writeString(go, "package a\n");
        Workspace workspace = new WorkspaceScanner().scan(root);
        WorkspaceFile file = workspace.file("a.go").orElseThrow();
        assertEquals(null, file.readOutcome(), "not read by the scan");
        Files.delete(go);
        assertEquals("skipped: the file vanished while it was being read", file.readOnDisk().outcome().problem());
        assertEquals(List.of(new FileProblem("a.go", "skipped: the file vanished while it was being read")),
                readProblems(workspace));
    }

    @Test
    void aByteAboveAsciiIsSeenAtEveryPlaceOfAFile() {
        for (int length = 0; length <= 40; length++) {
            byte[] ascii = "package a // import \"net\" and some more text".substring(0, length).getBytes(StandardCharsets.US_ASCII);
            assertTrue(AsciiFirstDecoding.isAscii(ascii, ascii.length), "length " + length);
            assertFalse(WorkspaceScanner.looksBinary(ascii), "length " + length);
            for (int at = 0; at < length; at++) {
                for (int value : new int[] {0x80, 0xc3, 0xff}) {
                    byte[] high = ascii.clone();
                    high[at] = (byte) value;
                    assertFalse(AsciiFirstDecoding.isAscii(high, high.length), "length " + length + ", at " + at + ", byte " + value);
                    assertFalse(WorkspaceScanner.looksBinary(high), "length " + length + ", at " + at + ", byte " + value);
                }
                byte[] nul = ascii.clone();
                nul[at] = 0;
                assertTrue(WorkspaceScanner.looksBinary(nul), "length " + length + ", NUL at " + at);
            }
        }
    }

    @Test
    void aPathIsNamedFromTheRootWithSlashes() {
        assertEquals("a/b.go", WorkspaceScanner.relative(Path.of("/w"), Path.of("/w/a/b.go")));
        assertEquals("", WorkspaceScanner.relative(Path.of("/w"), Path.of("/w")));
        assertEquals("w/a", WorkspaceScanner.relative(Path.of("/"), Path.of("/w/a")));
        assertEquals("../wx/a", WorkspaceScanner.relative(Path.of("/w"), Path.of("/wx/a")), "a sibling that starts alike is not inside");
    }

    @Test
    void aWordIsFoundWhereverItStandsAndOnlyWhereAllOfItStands() {
        byte[] word = "cgoguard:ignore".getBytes(StandardCharsets.US_ASCII);
        int anchor = 8;
        for (int length = 0; length <= 40; length++) {
            byte[] text = "a: b := c; cgoguard:ignor cgoguard;ignore x:y:z::::".repeat(2).substring(0, length)
                    .getBytes(StandardCharsets.US_ASCII);
            assertFalse(WorkspaceScanner.containsAny(text, new byte[][] {word}, anchor), "length " + length);
            for (int at = 0; at + word.length <= length; at++) {
                byte[] holding = text.clone();
                System.arraycopy(word, 0, holding, at, word.length);
                assertTrue(WorkspaceScanner.containsAny(holding, new byte[][] {word}, anchor), "length " + length + ", at " + at);
                holding[at + word.length - 1] = 'X';
                assertFalse(WorkspaceScanner.containsAny(holding, new byte[][] {word}, anchor), "cut short: length " + length + ", at " + at);
            }
        }
    }

    @Test
    void anyOfSeveralWordsWithTheSamePrefixIsFoundWhereverItStands() {
        byte[][] words = {"http.Get".getBytes(StandardCharsets.US_ASCII),
                "http.NewRequest".getBytes(StandardCharsets.US_ASCII)};
        String none = "x.Get(u); http.Handle(p); http.New; ttp.Get; http.Ge";
        assertFalse(WorkspaceScanner.containsAny(none.getBytes(StandardCharsets.US_ASCII), words, 4));
        for (String use : List.of("http.Get", "http.NewRequest")) {
            for (int at = 0; at <= none.length(); at++) {
                String text = none.substring(0, at) + use + none.substring(at);
                assertTrue(WorkspaceScanner.containsAny(text.getBytes(StandardCharsets.US_ASCII), words, 4), text);
            }
        }
    }

    @Test
    void goFilesAreKeptOnDiskAsRecordsAndReadBackWhenAsked() throws IOException {
        Files.writeString(root.resolve("a.go"), "package a\n\nimport \"os/user\"\n");
        Files.writeString(root.resolve("b.go"), "package a\n\n// cgoguard:ignore static-glibc-nss -- tested\nvar B = 1\n");
        Workspace workspace = new WorkspaceScanner().scan(root);
        WorkspaceFile a = workspace.file("a.go").orElseThrow();
        WorkspaceFile b = workspace.file("b.go").orElseThrow();
        assertTrue(a.diskPath() != null, "a Go file holds no text");
        assertFalse(b.mayHoldSuppression(), "a file not read yet holds no suppression that can matter");
        assertEquals("package a\n\nimport \"os/user\"\n", a.content());
        assertFalse(a.mayHoldSuppression());
        assertTrue(b.readOnDisk().readable());
        assertTrue(b.mayHoldSuppression(), "the marker is found by the read, without decoding the file");
    }

    @Test
    void filesReadOneAfterAnotherIntoOneBufferEachGiveWhatTheirOwnReadGives() throws IOException {
        String marked = "package a\n\n" + "// filler line\n".repeat(40) + "// cgoguard:ignore static-glibc-nss -- tested\nvar A = 1\n";
        Files.writeString(root.resolve("a.go"), marked);
        Files.writeString(root.resolve("b.go"), "package a\n\nvar B = 1\n");
        // longer than what is read of a Go file: its marker after the bytes read is not seen
        Files.writeString(root.resolve("c.go"), "package a\n\n" + "x".repeat(ScanLimits.GO_PREFIX_BYTES) + "\n// cgoguard:ignore\n");
        Workspace workspace = new WorkspaceScanner().scan(root);
        byte[] buffer = new byte[GoFileRead.BUFFER_BYTES];
        for (String name : List.of("a.go", "b.go", "c.go", "b.go")) {
            GoFileRead intoBuffer = workspace.file(name).orElseThrow().readOnDisk(buffer);
            GoFileRead own = workspace.file(name).orElseThrow().readOnDisk();
            assertEquals(own.outcome(), intoBuffer.outcome(), name);
            assertEquals(own.more(), intoBuffer.more(), name);
            assertEquals(own.decoded(), intoBuffer.decoded(), name);
        }
        assertTrue(workspace.file("a.go").orElseThrow().mayHoldSuppression());
        assertFalse(workspace.file("b.go").orElseThrow().mayHoldSuppression(), "nothing of a.go left in the buffer counts");
        assertFalse(workspace.file("c.go").orElseThrow().mayHoldSuppression());
        assertTrue(workspace.file("c.go").orElseThrow().readOnDisk(buffer).more());
        assertEquals(ScanLimits.GO_PREFIX_BYTES, workspace.file("c.go").orElseThrow().readOnDisk(buffer).length());
    }

    @Test
    void aGoFileChangedOnDiskIsADifferentFileFromTheOneScanned() throws IOException {
        Path go = root.resolve("a.go");
        Files.writeString(go, "package a\n");
        Workspace before = new WorkspaceScanner().scan(root);
        Files.writeString(go, "package a\n\nimport \"net\"\n");
        Workspace after = new WorkspaceScanner().scan(root);
        assertEquals(Set.of("a.go"), before.changedPaths(after));
        assertEquals(Set.of(), after.changedPaths(after.withFile("a.go", "package a\n\nimport \"net\"\n", 7)));
        assertEquals(Set.of("a.go"), after.changedPaths(after.withFile("a.go", "package a\n", 8)));
    }

    @Test
    void twoScansOfAnUnchangedGoFileHoldTheSameFileAndATouchedOneReadTwiceToo() throws IOException {
        Path go = root.resolve("a.go");
        Files.writeString(go, "package a\n");
        Workspace first = new WorkspaceScanner().scan(root);
        Workspace second = new WorkspaceScanner().scan(root);
        assertEquals(Set.of(), first.changedPaths(second), "the same size, time and file, not opened");
        Files.setLastModifiedTime(go, FileTime.fromMillis(Files.getLastModifiedTime(go).toMillis() - 60_000));
        Workspace touched = new WorkspaceScanner().scan(root);
        assertEquals(Set.of("a.go"), second.changedPaths(touched), "seen differently and not read: taken as changed");
        second.file("a.go").orElseThrow().readOnDisk();
        touched.file("a.go").orElseThrow().readOnDisk();
        assertEquals(Set.of(), second.changedPaths(touched), "both read: the same bytes");
    }

    @Test
    void binariesAndFilesWithoutAShebangAreLeftOutWithoutAWord() throws IOException {
        Files.write(root.resolve("tool"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 0, 1});
        Files.writeString(root.resolve("LICENSE"), "Permission is hereby granted\n");
        Files.writeString(root.resolve("release"), "#!/usr/bin/env bash\ngo build ./...\n");
        Files.createSymbolicLink(root.resolve("dangling"), root.resolve("nowhere"));
        Workspace workspace = new WorkspaceScanner().scan(root);
        assertEquals(Set.of("release"), workspace.files().keySet());
        assertEquals(ShellScriptKind.KIND, workspace.file("release").orElseThrow().kind());
        assertEquals(Map.of(), problems(workspace));
    }

    @Test
    void aFolderWithMoreFilesThanTheLimitIsNotScannedAndTheMessageNamesTheLimitAndTheSetting() throws IOException {
        for (int i = 0; i < 5; i++) {
            Files.writeString(root.resolve("n" + i + ".txt"), "notes\n");
        }
        var tooLarge = org.junit.jupiter.api.Assertions.assertThrows(WorkspaceTooLargeException.class,
                () -> new WorkspaceScanner(path -> false, new ScanLimits(4)).scan(root));
        assertEquals(4, tooLarge.limit());
        assertTrue(tooLarge.getMessage().contains("more than 4 files"), tooLarge.getMessage());
        assertTrue(tooLarge.getMessage().contains("--max-files") && tooLarge.getMessage().contains("cgoguard.maxFiles"),
                tooLarge.getMessage());
        assertTrue(new WorkspaceScanner(path -> false, new ScanLimits(5)).scan(root).files().isEmpty(),
                "five files are within a limit of five (and none of them is a build file)");
    }

    @Test
    void utf8IsCheckedWithoutDecodingAsAStrictDecoderChecksIt() {
        Random random = new Random(14);
        int[] interesting = {0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xed, 0xef,
            0xf0, 0xf4, 0xf5, 0xff};
        for (int round = 0; round < 200_000; round++) {
            byte[] bytes = new byte[1 + random.nextInt(6)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) interesting[random.nextInt(interesting.length)];
            }
            boolean strict;
            try {
                StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes));
                strict = true;
            } catch (CharacterCodingException e) {
                strict = false;
            }
            assertEquals(strict, WorkspaceScanner.isUtf8(bytes), HexFormat.of().formatHex(bytes));
        }
    }

    /** The problems of the files read so far, in path order: what a Go file found unreadable when read says. */
    private static List<FileProblem> readProblems(Workspace workspace) {
        return workspace.files().values().stream().filter(f -> f.readProblem() != null)
                .map(f -> new FileProblem(f.path(), f.readProblem())).toList();
    }
}
