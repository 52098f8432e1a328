package dev.cgoguard.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilePrefixTest {
    @TempDir
    Path dir;

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) ('a' + i % 26);
        }
        return b;
    }

    private FilePrefix readFile(byte[] content, int limit) throws IOException {
        Path file = dir.resolve("f" + content.length + "-" + limit);
        Files.write(file, content);
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            return FilePrefix.read(channel, limit);
        }
    }

    @Test
    void aFileWithinTheLimitIsReadWholeWithNothingMore() throws IOException {
        for (int size : new int[] {0, 1, 8191, 8192, 8193, 99_999}) {
            FilePrefix read = readFile(bytes(size), 100_000);
            assertArrayEquals(bytes(size), read.bytes(), "size " + size);
            assertFalse(read.more(), "size " + size);
        }
    }

    @Test
    void aFileOfExactlyTheLimitHasNothingMoreAndALongerOneIsCutThere() throws IOException {
        FilePrefix exact = readFile(bytes(4096), 4096);
        assertEquals(4096, exact.bytes().length);
        assertFalse(exact.more());
        FilePrefix longer = readFile(bytes(4097), 4096);
        assertArrayEquals(Arrays.copyOf(bytes(4097), 4096), longer.bytes());
        assertTrue(longer.more());
    }

    /** A channel that reports a size other than what it holds, as a file written to while it is read. */
    private static SeekableByteChannel changing(byte[] content, long reportedSize) {
        return new SeekableByteChannel() {
            private int position;

            @Override
            public int read(ByteBuffer dst) {
                if (position >= content.length) {
                    return -1;
                }
                int n = Math.min(dst.remaining(), Math.min(content.length - position, 1000)); // short reads too
                dst.put(content, position, n);
                position += n;
                return n;
            }

            @Override
            public long size() {
                return reportedSize;
            }

            @Override
            public long position() {
                return position;
            }

            @Override
            public SeekableByteChannel position(long newPosition) {
                position = (int) newPosition;
                return this;
            }

            @Override
            public int write(ByteBuffer src) {
                throw new UnsupportedOperationException();
            }

            @Override
            public SeekableByteChannel truncate(long size) {
                throw new UnsupportedOperationException();
            }

            @Override
            public boolean isOpen() {
                return true;
            }

            @Override
            public void close() {
            }
        };
    }

    @Test
    void aFileThatGrewOrShrankGivesWhatAStreamWouldHaveRead() throws IOException {
        FilePrefix grown = FilePrefix.read(changing(bytes(30_000), 100), 50_000);
        assertArrayEquals(bytes(30_000), grown.bytes());
        assertFalse(grown.more());

        FilePrefix grownPastLimit = FilePrefix.read(changing(bytes(60_000), 100), 50_000);
        assertArrayEquals(Arrays.copyOf(bytes(60_000), 50_000), grownPastLimit.bytes());
        assertTrue(grownPastLimit.more());

        FilePrefix shrunk = FilePrefix.read(changing(bytes(500), 20_000), 50_000);
        assertArrayEquals(bytes(500), shrunk.bytes());
        assertFalse(shrunk.more());
    }
}
