package dev.cgoguard.cli;

import dev.cgoguard.workspace.PathGate;
import dev.cgoguard.workspace.ScanLimits;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Reads a whole file as strict UTF-8, so that what is written back is exactly what was read plus the edits. */
final class DiskText {
    private DiskText() {
    }

    /**
     * The text of a workspace file, read through the workspace's gate (a file that leads outside the
     * workspace, or one larger than cgoguard reads, is refused).
     *
     * @throws IOException also when the file is not valid UTF-8
     */
    static String read(PathGate gate, Path file) throws IOException {
        Path real = gate.writable(file);
        byte[] bytes = gate.readAll(real, ScanLimits.MAX_FILE_BYTES);
        return decode(bytes, bytes.length);
    }

    /** The first {@code length} bytes as strict UTF-8. */
    static String decode(byte[] bytes, int length) throws IOException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, length)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException("not valid UTF-8");
        }
    }
}
