package dev.cgoguard.workspace;

import dev.cgoguard.parallel.SharedWorkList;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.zip.CRC32C;

/**
 * Walks a directory and reads the files cgoguard analyses. Skips VCS and dependency folders and
 * build outputs, never follows a symbolic link out of the root (every file is read through the
 * workspace's {@link PathGate}), and turns every file that cannot be read as text into a
 * {@link FileProblem} instead of failing the scan.
 *
 * <p>What it reads is only what can matter: a file is a candidate by its name alone; a file without
 * an extension is opened only to see whether its first line is a shell's (other such files, build
 * outputs and binaries among them, are left without a word); build files are read whole; a Go file
 * is not opened: it becomes a small record of what the walk saw (its place, size and modification
 * time), read when a build reaches its package ({@link WorkspaceFile#readOnDisk()}), and whatever
 * keeps it from being read as text is reported then. Folders are listed and build files read in parallel; the snapshot
 * is in path order whatever the order of reading. A folder with more
 * than {@link ScanLimits#maxFiles()} files stops the scan at once ({@link WorkspaceTooLargeException}).
 */
public final class WorkspaceScanner {
    /** Files larger than this are not read; real build files are far smaller. */
    public static final long MAX_FILE_BYTES = ScanLimits.MAX_FILE_BYTES;
    /** Only this much of a Go file is read: the header (package clause and imports) comes first. */
    public static final int GO_HEADER_BYTES = ScanLimits.GO_PREFIX_BYTES;

    private static final Set<String> SKIPPED_DIRS = Set.of(".git", ".hg", ".svn", "node_modules", "target",
            ".idea", ".vscode", "__pycache__", ".cache", "testdata", ".terraform", ".venv");
    /** How much of a file without an extension is read to see whether it is a shell script. */
    private static final int FIRST_LINE_BYTES = 256;

    private final Predicate<String> excluded;
    private final ScanLimits limits;

    public WorkspaceScanner() {
        this(path -> false);
    }

    /** @param excluded tells which workspace-relative paths (files or folders) to leave out */
    public WorkspaceScanner(Predicate<String> excluded) {
        this(excluded, ScanLimits.DEFAULTS);
    }

    public WorkspaceScanner(Predicate<String> excluded, ScanLimits limits) {
        this.excluded = excluded;
        this.limits = limits;
    }

    /**
     * The snapshot of a folder.
     *
     * @throws WorkspaceTooLargeException when it holds more files than the limit
     */
    public Workspace scan(Path root) throws IOException {
        PathGate gate = PathGate.of(root);
        Path realRoot = gate.root();
        List<Path> candidates = Collections.synchronizedList(new ArrayList<>());
        Map<String, WorkspaceFile> files = new ConcurrentHashMap<>();
        List<FileProblem> problems = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger visited = new AtomicInteger();
        // folders listed by the calling thread and the pool's threads together, each taking the next folder found
        SharedWorkList.run(List.of(realRoot), (dir, subfolders) -> {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                for (Path entry : entries) {
                    if (visited.get() > limits.maxFiles()) {
                        return;
                    }
                    BasicFileAttributes attrs;
                    try {
                        attrs = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    } catch (IOException e) {
                        problems.add(new FileProblem(relative(realRoot, entry), describe(e)));
                        continue;
                    }
                    if (attrs.isDirectory()) {
                        if (!SKIPPED_DIRS.contains(entry.getFileName().toString()) && !excluded.test(relative(realRoot, entry))) {
                            subfolders.accept(entry);
                        }
                    } else if (visited.incrementAndGet() <= limits.maxFiles()) {
                        visitFile(gate, realRoot, entry, attrs, files, candidates);
                    }
                }
            } catch (IOException | DirectoryIteratorException e) {
                problems.add(new FileProblem(relative(realRoot, dir),
                        describe(e instanceof DirectoryIteratorException d ? d.getCause() : (IOException) e)));
            }
        });
        if (visited.get() > limits.maxFiles()) {
            throw new WorkspaceTooLargeException(root, limits.maxFiles());
        }
        Map<String, WorkspaceFile> readFiles = new ConcurrentHashMap<>();
        ForkJoinTask<?> reading = ForkJoinPool.commonPool().submit(() -> candidates.parallelStream().forEach(file -> {
            String rel = relative(realRoot, file);
            try {
                WorkspaceFile read = read(gate, file, rel, true);
                if (read != null) {
                    readFiles.put(rel, read);
                }
            } catch (UnreadableFileException e) {
                problems.add(new FileProblem(rel, e.getMessage()));
            }
        }));
        // the Go files put in path order while the build files are read
        SortedMap<String, WorkspaceFile> sorted = new TreeMap<>(files);
        reading.join();
        sorted.putAll(readFiles);
        problems.sort((a, b) -> a.path().compareTo(b.path()));
        return new Workspace(gate, sorted, problems);
    }

    /** A file the walk found: a Go file becomes its record, another file that may be read is a candidate. */
    private void visitFile(PathGate gate, Path realRoot, Path file, BasicFileAttributes attrs, Map<String, WorkspaceFile> files,
            List<Path> candidates) {
        String rel = relative(realRoot, file);
        FileKind byName = FileKind.classify(rel, "");
        if (isCandidate(rel, byName) && !excluded.test(rel)) {
            if (attrs.isRegularFile() && byName == FileKind.GO) {
                // a Go file the walk found is not opened: what the walk saw is its record
                files.put(rel, WorkspaceFile.onDisk(rel, FileKind.GO, gate, file, attributeStamp(attrs)));
            } else {
                candidates.add(file);
            }
        }
    }

    /**
     * Reads one file of the workspace a gate guards (a path below its root), or returns null when it
     * is not a kind cgoguard reads; a file that leads outside the workspace is refused.
     */
    public static WorkspaceFile read(PathGate gate, Path file, String rel) throws UnreadableFileException {
        return read(gate, file, rel, false);
    }

    /**
     * {@code walked}: the file was found by a walk of the root, so its folders are real folders inside
     * it and only the file itself may be a link; otherwise its whole path is resolved.
     */
    private static WorkspaceFile read(PathGate gate, Path file, String rel, boolean walked) throws UnreadableFileException {
        try {
            Path open = file;
            if (!walked || Files.isSymbolicLink(file)) {
                if (Files.isSymbolicLink(file) && Files.notExists(file)) {
                    return null; // a broken link is no file
                }
                try {
                    open = gate.readable(file);
                } catch (PathGate.OutsideException e) {
                    throw new UnreadableFileException("skipped: " + (Files.isSymbolicLink(file) ? "symbolic link to " : "it leads to ")
                            + e.target() + ", outside the workspace");
                }
            }
            BasicFileAttributes attributes = Files.readAttributes(open, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isRegularFile()) {
                return null;
            }
            long size = attributes.size();
            FileKind byName = FileKind.classify(rel, "");
            if (byName == FileKind.GO) {
                WorkspaceFile go = WorkspaceFile.onDisk(rel, FileKind.GO, gate, open, attributeStamp(attributes));
                if (!walked) {
                    // one file read again (it changed on disk): its bytes tell a rewrite the walk's attributes miss
                    go.readOnDisk();
                }
                return go;
            }
            if (byName == FileKind.OTHER && !startsWithShebang(gate, open)) {
                return null; // no extension and no #! line: not a script, whatever it is
            }
            if (size > MAX_FILE_BYTES) {
                throw new UnreadableFileException(tooLarge(size));
            }
            byte[] bytes = gate.readWalkedPrefix(open, (int) MAX_FILE_BYTES).bytes();
            if (looksBinary(bytes)) {
                throw new UnreadableFileException("skipped: binary content (NUL bytes)");
            }
            String text = decode(bytes, false);
            FileKind kind = FileKind.classify(rel, firstLine(text));
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
     * The version of a Go file as a walk sees it, without opening it: its size, modification time
     * and file key (device and inode), which a write changes.
     */
    static long attributeStamp(BasicFileAttributes attributes) {
        long stamp = attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
        stamp = stamp * 31 + attributes.size();
        return stamp * 31 + Objects.hashCode(attributes.fileKey());
    }

    /**
     * The version of a file read from disk: a CRC-32C of the bytes read and their count, so that a
     * version changes with the content (a modification time and a size can both repeat after an edit).
     */
    static long contentStamp(byte[] bytes) {
        return contentStamp(bytes, bytes.length);
    }

    /** As {@link #contentStamp(byte[])}, of the first {@code length} bytes. */
    static long contentStamp(byte[] bytes, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, length);
        return crc.getValue() << 32 | (length & 0xffffffffL);
    }

    static boolean isCandidate(String rel) {
        return isCandidate(rel, FileKind.classify(rel, ""));
    }

    /** As {@link #isCandidate(String)}, given the kind the path names. */
    private static boolean isCandidate(String rel, FileKind byName) {
        // else possibly a shebang script; decided after reading its first line
        return byName != FileKind.OTHER || rel.indexOf('.', rel.lastIndexOf('/') + 1) < 0;
    }

    /** Why a file of {@code size} bytes is not read, in the words the command line and the editor show. */
    public static String tooLarge(long size) {
        return String.format(Locale.ROOT, "skipped: %,d bytes is larger than the %,d bytes (%d MB) cgoguard reads",
                size, MAX_FILE_BYTES, MAX_FILE_BYTES / (1024 * 1024));
    }

    private static boolean startsWithShebang(PathGate gate, Path file) throws IOException {
        byte[] start = readPrefix(gate, file, FIRST_LINE_BYTES);
        if (start.length < 2 || start[0] != '#' || start[1] != '!') {
            return false;
        }
        int end = 0;
        while (end < start.length && start[end] != '\n') {
            end++;
        }
        return FileKind.isShellShebang(new String(start, 0, end, StandardCharsets.UTF_8));
    }

    /** At most {@code limit} bytes of a real path below the root (found by a walk or resolved by the gate). */
    private static byte[] readPrefix(PathGate gate, Path file, int limit) throws IOException {
        try (InputStream in = gate.openWalked(file)) {
            return in.readNBytes(limit);
        }
    }

    /** Reads a byte array eight bytes at a time: a scan checks every byte of every Go file it reads. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long LOW_BITS = 0x0101010101010101L;

    /**
     * True when the bytes hold one of the words, which all begin with the same bytes up to and
     * including the one at index {@code anchor} (the {@code .} of {@code http.Get} and
     * {@code http.Post}): one search for that byte, with the byte before it when there is one (the
     * {@code p.} of {@code http.}), eight bytes at a time, the words compared only where they stand.
     */
    public static boolean containsAny(byte[] bytes, byte[][] words, int anchor) {
        return containsAny(bytes, bytes.length, words, anchor);
    }

    /** As {@link #containsAny(byte[], byte[][], int)}, in the first {@code length} bytes. */
    static boolean containsAny(byte[] bytes, int length, byte[][] words, int anchor) {
        byte anchorByte = words[0][anchor];
        int shortest = Integer.MAX_VALUE;
        for (byte[] word : words) {
            shortest = Math.min(shortest, word.length);
        }
        long pattern = LOW_BITS * (anchorByte & 0xff);
        int n = length;
        int last = n - (shortest - anchor); // the last place the anchor byte can stand
        int i = anchor;
        if (anchor > 0) {
            // the anchor byte and the one before it, as a pair: a lone byte such as the : of := stands
            // every hundred bytes of Go source, a pair such as d: far more rarely
            long before = LOW_BITS * (words[0][anchor - 1] & 0xff);
            for (; i + 8 <= n && i <= last; i += 8) {
                long here = (long) LONGS.get(bytes, i) ^ pattern;
                long previous = (long) LONGS.get(bytes, i - 1) ^ before;
                // a high bit where both bytes of a pair may be the ones looked for (every such pair has one)
                if (((here - LOW_BITS) & ~here & (previous - LOW_BITS) & ~previous & HIGH_BITS) != 0) {
                    for (int j = i, end = Math.min(i + 7, last); j <= end; j++) {
                        if (bytes[j] == anchorByte && matchesAny(bytes, n, j - anchor, words, anchor)) {
                            return true;
                        }
                    }
                }
            }
        } else {
            for (; i + 8 <= n && i <= last; i += 8) {
                long word8 = (long) LONGS.get(bytes, i) ^ pattern;
                // a high bit where a byte of the eight may be the anchor byte (exact for the first of them)
                for (long found = (word8 - LOW_BITS) & ~word8 & HIGH_BITS; found != 0; found &= found - 1) {
                    int j = i + (Long.numberOfTrailingZeros(found) >>> 3);
                    if (j <= last && bytes[j] == anchorByte && matchesAny(bytes, n, j - anchor, words, anchor)) {
                        return true;
                    }
                }
            }
        }
        for (; i <= last; i++) {
            if (bytes[i] == anchorByte && matchesAny(bytes, n, i - anchor, words, anchor)) {
                return true;
            }
        }
        return false;
    }

    /** True when one of the words stands at {@code start}; the byte before the anchor is compared first. */
    private static boolean matchesAny(byte[] bytes, int length, int start, byte[][] words, int anchor) {
        if (anchor > 0 && bytes[start + anchor - 1] != words[0][anchor - 1]) {
            return false; // the words share what comes before the anchor: http. of http.Get and http.Post
        }
        for (byte[] word : words) {
            if (start + word.length <= length
                    && Arrays.equals(bytes, start, start + word.length, word, 0, word.length)) {
                return true;
            }
        }
        return false;
    }

    /** True when the first 8 KB hold a NUL byte. */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int i = 0;
        for (; i + 8 <= n; i += 8) {
            long word = (long) LONGS.get(bytes, i);
            if (((word - LOW_BITS) & ~word & HIGH_BITS) != 0) { // some byte of the word is zero
                return true;
            }
        }
        for (; i < n; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the bytes are well-formed UTF-8 (as a strict decoder takes them: no overlong form, no
     * surrogate, nothing above U+10FFFF, no sequence cut short), checked without decoding them.
     */
    static boolean isUtf8(byte[] bytes) {
        return isUtf8(bytes, bytes.length);
    }

    /** As {@link #isUtf8(byte[])}, of the first {@code count} bytes. */
    static boolean isUtf8(byte[] bytes, int count) {
        int i = 0;
        int n = count;
        while (i < n) {
            if (i + 8 <= n && ((long) LONGS.get(bytes, i) & HIGH_BITS) == 0) {
                i += 8; // eight ASCII bytes
                continue;
            }
            int b = bytes[i];
            if (b >= 0) {
                i++;
                continue;
            }
            int lead = b & 0xff;
            int length;
            int low = 0x80;
            int high = 0xbf;
            if (lead >= 0xc2 && lead <= 0xdf) {
                length = 2;
            } else if (lead >= 0xe0 && lead <= 0xef) {
                length = 3;
                low = lead == 0xe0 ? 0xa0 : 0x80;
                high = lead == 0xed ? 0x9f : 0xbf;
            } else if (lead >= 0xf0 && lead <= 0xf4) {
                length = 4;
                low = lead == 0xf0 ? 0x90 : 0x80;
                high = lead == 0xf4 ? 0x8f : 0xbf;
            } else {
                return false;
            }
            if (i + length > n) {
                return false;
            }
            int second = bytes[i + 1] & 0xff;
            if (second < low || second > high) {
                return false;
            }
            for (int k = 2; k < length; k++) {
                if ((bytes[i + k] & 0xc0) != 0x80) {
                    return false;
                }
            }
            i += length;
        }
        return true;
    }

    /** Decodes UTF-8; invalid sequences become U+FFFD and are reported only when nothing else can be done. */
    static String decode(byte[] bytes, boolean truncated) throws UnreadableFileException {
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

    /**
     * The path of {@code path} relative to {@code root}, with {@code /}. A path a walk found starts
     * with the root's own text, which is then cut off (relativize builds a path and its text anew:
     * it was a tenth of a walk of 10,000 files).
     */
    static String relative(Path root, Path path) {
        String full = path.toString();
        String base = root.toString();
        if (full.startsWith(base)) {
            if (full.length() == base.length()) {
                return "";
            }
            if (base.endsWith("/")) {
                return full.substring(base.length()).replace('\\', '/');
            }
            if (full.charAt(base.length()) == '/') {
                return full.substring(base.length() + 1).replace('\\', '/');
            }
        }
        return root.relativize(path).toString().replace('\\', '/');
    }

    static String describe(IOException e) {
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
