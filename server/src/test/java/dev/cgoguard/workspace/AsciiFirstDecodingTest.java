package dev.cgoguard.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AsciiFirstDecodingTest {

    @Test
    void everyPrefixDecodesAsTheRuntimeDecodesUtf8() {
        String text = "package a // caf\u00e9 \u2713 \ud83d\ude00 import \"net\" and plain text after it";
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        for (int length = 0; length <= utf8.length; length++) {
            // a prefix may end inside a character: it becomes U+FFFD as the runtime makes it
            assertEquals(new String(utf8, 0, length, StandardCharsets.UTF_8), AsciiFirstDecoding.decode(utf8, length),
                    "length " + length);
        }
    }

    @Test
    void aByteAboveAsciiAnywhereIsDecodedAsUtf8() {
        byte[] ascii = "package a\n\nimport \"os\"\n\nfunc main() {}\n".getBytes(StandardCharsets.US_ASCII);
        for (int at = 0; at < ascii.length; at++) {
            for (int value : new int[] {0x80, 0xc3, 0xe9, 0xff}) {
                byte[] bytes = ascii.clone();
                bytes[at] = (byte) value; // malformed alone: U+FFFD, never the Latin-1 letter
                assertEquals(new String(bytes, StandardCharsets.UTF_8), AsciiFirstDecoding.decode(bytes),
                        "at " + at + ", byte " + value);
            }
        }
        assertEquals(new String(ascii, StandardCharsets.US_ASCII), AsciiFirstDecoding.decode(ascii));
    }
}
