package dev.cgoguard.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class GoBytesScanTest {
    private static final byte[] MARKER = WorkspaceFile.SUPPRESSION_MARKER.getBytes(StandardCharsets.US_ASCII);

    private static byte[] text(int length) {
        byte[] base = "x := a: b; cgoguard;ignore cgoguard:ignor guard:ignore d:i :=\n".repeat(4).getBytes(StandardCharsets.US_ASCII);
        return Arrays.copyOf(base, length);
    }

    @Test
    void theMarkerIsFoundWhereverItStandsAndOnlyWhereAllOfItStands() {
        for (int length = 0; length <= 70; length++) {
            byte[] text = text(length);
            assertFalse(GoBytesScan.of(text, length).marker(), "length " + length);
            for (int at = 0; at + MARKER.length <= length; at++) {
                byte[] holding = text.clone();
                System.arraycopy(MARKER, 0, holding, at, MARKER.length);
                assertTrue(GoBytesScan.of(holding, length).marker(), "length " + length + ", at " + at);
                if (at + MARKER.length == length) {
                    assertFalse(GoBytesScan.of(holding, length - 1).marker(), "past the bytes counted: length " + length);
                }
                holding[at + MARKER.length - 1] = 'X';
                assertFalse(GoBytesScan.of(holding, length).marker(), "cut short: length " + length + ", at " + at);
                holding[at + MARKER.length - 1] = 'e';
                holding[at] = 'X';
                assertFalse(GoBytesScan.of(holding, length).marker(), "its start changed: length " + length + ", at " + at);
            }
        }
    }

    @Test
    void aNulByteCountsOnlyInTheFirstEightKilobytesAndAHighByteAnywhere() {
        for (int length : new int[] {0, 1, 7, 8, 9, 63, 8190, 8191, 8192, 8193, 8200, 9000}) {
            byte[] text = new byte[length];
            Arrays.fill(text, (byte) 'a');
            GoBytesScan plain = GoBytesScan.of(text, length);
            assertFalse(plain.nul(), "length " + length);
            assertTrue(plain.ascii(), "length " + length);
            for (int at : new int[] {0, 1, 7, 8, 4095, 8183, 8184, 8190, 8191, 8192, 8193, 8199, 8999}) {
                if (at >= length) {
                    continue;
                }
                byte[] nul = text.clone();
                nul[at] = 0;
                assertEquals(at < GoBytesScan.BINARY_WINDOW, GoBytesScan.of(nul, length).nul(), "length " + length + ", NUL at " + at);
                assertEquals(WorkspaceScanner.looksBinary(nul), GoBytesScan.of(nul, length).nul(), "length " + length + ", NUL at " + at);
                for (int value : new int[] {0x80, 0xc3, 0xff}) {
                    byte[] high = text.clone();
                    high[at] = (byte) value;
                    assertFalse(GoBytesScan.of(high, length).ascii(), "length " + length + ", at " + at + ", byte " + value);
                    assertFalse(GoBytesScan.of(high, length).nul(), "length " + length + ", at " + at + ", byte " + value);
                }
            }
        }
    }

    @Test
    void bytesPastTheLengthAreNotLookedAt() {
        byte[] text = text(40);
        byte[] buffer = Arrays.copyOf(text, 100);
        System.arraycopy(MARKER, 0, buffer, 50, MARKER.length);
        buffer[45] = 0;
        buffer[70] = (byte) 0xc3;
        assertEquals(new GoBytesScan(false, true, false), GoBytesScan.of(buffer, 40));
    }
}
