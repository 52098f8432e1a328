package dev.cgoguard.gopkg;

import dev.cgoguard.workspace.AsciiFirstDecoding;
import dev.cgoguard.workspace.PathGate;
import dev.cgoguard.workspace.ScanLimits;
import dev.cgoguard.workspace.SourceLocation;
import dev.cgoguard.workspace.SourceText;
import dev.cgoguard.workspace.TextPosition;
import dev.cgoguard.workspace.TextRange;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the headers of the Go files of a folder outside the workspace (GOROOT, module cache),
 * read-only, only as far as the header goes, and only through a {@link PathGate} that lets those
 * folders be read: a local replacement or a link that leads anywhere else is not read. Parsed headers are kept per file and modification
 * stamp, so a folder is read once however many graphs use it.
 */
final class DiskHeaders {
    private static final int FIRST_READ = 16 * 1024;
    /**
     * How much of a file already read is decoded first to find its header (then four times as
     * much, and so on): nine in ten Go files of a large repository have their header and the token
     * after it within the first KB, half within 350 bytes.
     */
    private static final int FIRST_DECODE = 1024;
    private static final int MAX_READ = ScanLimits.GO_PREFIX_BYTES;
    private static final int MAX_ENTRIES = 100_000;

    private record Entry(long stamp, GoFileHeader header) {
    }

    private static final Map<Path, Entry> CACHE = new ConcurrentHashMap<>();

    private DiskHeaders() {
    }

    /**
     * The headers of the {@code .go} files directly in {@code dir}, sorted by name; null when the
     * folder does not exist or the gate does not let it be read.
     */
    static List<GoFileHeader> read(PathGate gate, Path dir) {
        if (dir == null || !gate.isDirectory(dir)) {
            return null;
        }
        List<Path> files;
        try {
            files = new ArrayList<>(gate.list(dir, "*.go"));
        } catch (IOException | RuntimeException e) {
            return null;
        }
        files.sort(null);
        List<GoFileHeader> headers = new ArrayList<>();
        for (GoFileHeader header : (files.size() > 4 ? files.parallelStream() : files.stream()).map(f -> header(gate, f)).toList()) {
            if (header != null) {
                headers.add(header);
            }
        }
        return headers;
    }

    private static GoFileHeader header(PathGate gate, Path file) {
        try {
            Path real = gate.readable(file);
            BasicFileAttributes attributes = Files.readAttributes(real, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                return null;
            }
            long stamp = attributes.lastModifiedTime().toMillis() ^ attributes.size();
            Entry cached = CACHE.get(file);
            if (cached != null && cached.stamp == stamp) {
                return cached.header;
            }
            HeaderText read;
            try (InputStream in = gate.open(real)) {
                read = readHeaderText(in);
            }
            GoFileHeader header = read.markCut(HeaderParser.parse(file.toString(), read.text(), read.headerBounds(), null, false).header());
            if (CACHE.size() > MAX_ENTRIES) {
                CACHE.clear();
            }
            CACHE.put(file, new Entry(stamp, header));
            return header;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * A prefix of a Go file that holds its header, decoded.
     *
     * @param whole true when it is all of the file there is to read (the first {@value #MAX_READ} bytes)
     * @param cut true when the file goes on past those bytes and its header had not ended in them
     * @param bounds where the header lies in the text, when choosing the text found it (else null)
     */
    record HeaderText(String text, boolean whole, boolean cut, HeaderBounds bounds) {
        HeaderText(String text, boolean whole) {
            this(text, whole, false, null);
        }

        /** Where the header lies in the text: as found while the text was chosen, or found now. */
        HeaderBounds headerBounds() {
            return bounds != null ? bounds : HeaderBounds.of(text);
        }

        /** The header, marked as cut at the end of the text read when the header went on past it. */
        GoFileHeader markCut(GoFileHeader header) {
            if (!cut) {
                return header;
            }
            SourceText read = new SourceText(text);
            TextPosition end = read.positionAt(read.length());
            return header.cutAt(new SourceLocation(header.path(), new TextRange(end, end)));
        }
    }

    /**
     * The prefix of bytes already read (a file's first {@value #MAX_READ}) that holds the header,
     * decoded: a small one first (most headers end within a few KB), all of them only when the header
     * runs on.
     *
     * @param more true when the file goes on past the bytes
     */
    static HeaderText headerText(byte[] bytes, boolean more) {
        return headerText(bytes, bytes.length, more);
    }

    /** As {@link #headerText(byte[], boolean)}, of the first {@code length} bytes. */
    static HeaderText headerText(byte[] bytes, int length, boolean more) {
        for (int prefix = FIRST_DECODE; prefix < length && prefix <= FIRST_READ; prefix *= 4) {
            String text = AsciiFirstDecoding.decode(bytes, prefix);
            HeaderBounds bounds = HeaderBounds.of(text);
            if (bounds.complete()) {
                return new HeaderText(text, false, false, bounds);
            }
        }
        String read = AsciiFirstDecoding.decode(bytes, length);
        HeaderBounds bounds = more ? HeaderBounds.of(read) : null;
        return new HeaderText(read, true, more && !bounds.complete(), bounds);
    }

    /**
     * Reads a prefix that holds the header: a small one first, more only when the header runs on;
     * the header is found in what was read as {@link #headerText} finds it.
     */
    static HeaderText readHeaderText(InputStream opened) throws IOException {
        try (InputStream in = opened) {
            byte[] bytes = in.readNBytes(FIRST_READ);
            if (bytes.length == FIRST_READ) {
                HeaderText first = headerText(bytes, true);
                if (!first.cut()) {
                    return first;
                }
                byte[] rest = in.readNBytes(MAX_READ - FIRST_READ);
                bytes = Arrays.copyOf(bytes, FIRST_READ + rest.length);
                System.arraycopy(rest, 0, bytes, FIRST_READ, rest.length);
            }
            return headerText(bytes, bytes.length == MAX_READ && in.read() >= 0);
        }
    }
}
