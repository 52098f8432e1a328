package dev.cgoguard.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Walks a directory and reads the files cgoguard analyses. Skips VCS and dependency folders and
 * build outputs, never follows a symbolic link out of the root, and turns every file that cannot
 * be read as text into a {@link FileProblem} instead of failing the scan.
 */
public final class WorkspaceScanner {
    /** Files larger than this are not read; real build files are far smaller. */
    public static final long MAX_FILE_BYTES = 4L * 1024 * 1024;
    /** Only this much of a Go file is read: the header (package clause and imports) comes first. */
    public static final int GO_HEADER_BYTES = 256 * 1024;

    private static final Set<String> SKIPPED_DIRS = Set.of(".git", ".hg", ".svn", "node_modules", "target",
            ".idea", ".vscode", "__pycache__", ".cache", "testdata", ".terraform", ".venv");

    private final Predicate<String> excluded;

    public WorkspaceScanner() {
        this(path -> false);
    }

    /** @param excluded tells which workspace-relative paths (files or folders) to leave out */
    public WorkspaceScanner(Predicate<String> excluded) {
        this.excluded = excluded;
    }

    public Workspace scan(Path root) throws IOException {
        Path realRoot = root.toRealPath();
        List<Path> candidates = new ArrayList<>();
        List<FileProblem> problems = java.util.Collections.synchronizedList(new ArrayList<>());
        Files.walkFileTree(realRoot, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (!dir.equals(realRoot)) {
                    String name = dir.getFileName().toString();
                    if (SKIPPED_DIRS.contains(name) || excluded.test(relative(realRoot, dir))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String rel = relative(realRoot, file);
                if (!excluded.test(rel) && isCandidate(rel)) {
                    candidates.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                problems.add(new FileProblem(relative(realRoot, file), describe(e)));
                return FileVisitResult.CONTINUE;
            }
        });
        Map<String, WorkspaceFile> files = new ConcurrentHashMap<>();
        candidates.parallelStream().forEach(file -> {
            String rel = relative(realRoot, file);
            try {
                WorkspaceFile read = read(realRoot, file, rel);
                if (read != null) {
                    files.put(rel, read);
                }
            } catch (UnreadableFileException e) {
                problems.add(new FileProblem(rel, e.getMessage()));
            }
        });
        return new Workspace(realRoot, files, problems);
    }

    /** Reads one file as a workspace file, or returns null when it is not a kind cgoguard reads. */
    public static WorkspaceFile read(Path root, Path file, String rel) throws UnreadableFileException {
        try {
            if (Files.isSymbolicLink(file)) {
                Path target = file.toRealPath();
                if (!target.startsWith(root)) {
                    throw new UnreadableFileException("skipped: symbolic link to " + target + ", outside the workspace");
                }
            }
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                return null;
            }
            long size = attributes.size();
            boolean goFile = rel.endsWith(".go");
            if (size > MAX_FILE_BYTES && !goFile) {
                throw new UnreadableFileException("skipped: " + size / (1024 * 1024) + " MB is larger than the "
                        + MAX_FILE_BYTES / (1024 * 1024) + " MB cgoguard reads");
            }
            byte[] bytes = readPrefix(file, goFile ? GO_HEADER_BYTES : (int) MAX_FILE_BYTES);
            if (looksBinary(bytes)) {
                throw new UnreadableFileException("skipped: binary content (NUL bytes)");
            }
            String text = decode(bytes, goFile && size > bytes.length);
            String firstLine = firstLine(text);
            FileKind kind = FileKind.classify(rel, firstLine);
            if (kind == FileKind.OTHER) {
                return null;
            }
            return new WorkspaceFile(rel, kind, new SourceText(text), contentStamp(bytes));
        } catch (NoSuchFileException e) {
            throw new UnreadableFileException("skipped: the file vanished while it was being read");
        } catch (IOException e) {
            throw new UnreadableFileException(describe(e));
        }
    }

    /**
     * The version of a file read from disk: a 64-bit FNV-1a hash of the bytes read, so that a version
     * changes with the content (a modification time and a size can both repeat after an edit).
     */
    static long contentStamp(byte[] bytes) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : bytes) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    static boolean isCandidate(String rel) {
        String name = rel.substring(rel.lastIndexOf('/') + 1);
        if (FileKind.classify(rel, "") != FileKind.OTHER) {
            return true;
        }
        return !name.contains("."); // possibly a shebang script; decided after reading its first line
    }

    private static byte[] readPrefix(Path file, int limit) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(limit);
        }
    }

    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** Decodes UTF-8; invalid sequences become U+FFFD and are reported only when nothing else can be done. */
    private static String decode(byte[] bytes, boolean truncated) throws UnreadableFileException {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return strict.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            if (truncated) {
                // a Go file cut inside a multi-byte character: the header is long done by then
                return new String(bytes, StandardCharsets.UTF_8);
            }
            String lenient = new String(bytes, StandardCharsets.UTF_8);
            if (lenient.chars().filter(c -> c == 0xFFFD).count() > lenient.length() / 10) {
                throw new UnreadableFileException("skipped: not UTF-8 text");
            }
            return lenient;
        }
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }

    static String relative(Path root, Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }

    private static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "skipped: permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "skipped: the file vanished while it was being read";
        }
        return "skipped: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    /** Why a file could not be read; the scan records it and goes on. */
    public static final class UnreadableFileException extends Exception {
        public UnreadableFileException(String message) {
            super(message);
        }
    }
}
