package dev.cgoguard.workspace;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.util.Arrays;

/**
 * The first bytes of a file, at most a limit, and whether the file goes on past them: read into an
 * array of the file's size, most files with one read, where a stream reads 8 KB pieces and copies
 * them together (a lint of a large repository reads a few hundred MB of Go files: half of what it
 * allocated and most of its read calls). A file that grows or shrinks while it is read gives what a
 * stream would have read.
 *
 * @param bytes the bytes read, at most the limit
 * @param more true when the file goes on past them
 */
public record FilePrefix(byte[] bytes, boolean more) {

    /** Reads from the channel's start up to {@code limit} bytes, then looks for one more. */
    public static FilePrefix read(SeekableByteChannel channel, int limit) throws IOException {
        byte[] bytes = new byte[(int) Math.min(channel.size(), limit)];
        int filled = fill(channel, bytes, 0);
        if (filled < bytes.length) {
            return new FilePrefix(Arrays.copyOf(bytes, filled), false); // it shrank while being read
        }
        int next = nextByte(channel);
        if (next < 0 || bytes.length == limit) {
            return new FilePrefix(bytes, next >= 0);
        }
        // it grew since its size was taken: read on up to the limit, as a stream would
        byte[] grown = Arrays.copyOf(bytes, Math.min(limit, Math.max(bytes.length * 2, bytes.length + 8192)));
        grown[filled++] = (byte) next;
        while (true) {
            filled = fill(channel, grown, filled);
            if (filled < grown.length) {
                return new FilePrefix(Arrays.copyOf(grown, filled), false);
            }
            if (grown.length == limit) {
                return new FilePrefix(grown, nextByte(channel) >= 0);
            }
            grown = Arrays.copyOf(grown, (int) Math.min(limit, grown.length * 2L));
        }
    }

    /**
     * Reads from the channel's start into {@code buffer} until it is full or the channel ends, as a
     * stream would; returns how many bytes it read. A buffer one byte longer than a limit tells
     * whether the file goes on past the limit, and one buffer serves read after read.
     */
    public static int readInto(SeekableByteChannel channel, byte[] buffer) throws IOException {
        return fill(channel, buffer, 0);
    }

    /** Fills {@code bytes} from {@code from} until it is full or the channel ends; returns how far it is filled. */
    private static int fill(SeekableByteChannel channel, byte[] bytes, int from) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes, from, bytes.length - from);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) < 0) {
                break;
            }
        }
        return buffer.position();
    }

    /** The next byte of the channel, or -1 at its end. */
    private static int nextByte(SeekableByteChannel channel) throws IOException {
        ByteBuffer one = ByteBuffer.allocate(1);
        int n;
        do {
            n = channel.read(one);
        } while (n == 0);
        return n < 0 ? -1 : one.get(0) & 0xff;
    }
}
