package dev.cgoguard.workspace;

import java.util.Arrays;

/**
 * Text assembled from pieces of a file (a Dockerfile line joined over its continuations, a heredoc
 * body, a YAML block scalar) that remembers, for every character, the offset it came from in the
 * file. Ranges found in the text (by the shell evaluator, say) map back to the file through
 * {@link #fileRange}.
 */
public final class MappedText {
    private final String text;
    private final int[] fileOffsets; // one per char, plus one for the end
    private final SourceText file;

    private MappedText(String text, int[] fileOffsets, SourceText file) {
        if (fileOffsets.length != text.length() + 1) {
            throw new IllegalArgumentException("one offset per character plus the end offset");
        }
        this.text = text;
        this.fileOffsets = fileOffsets;
        this.file = file;
    }

    /** Text that stands in the file as it is, from {@code start} on. */
    public static MappedText verbatim(SourceText file, int start, int end) {
        int[] offsets = new int[end - start + 1];
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = start + i;
        }
        return new MappedText(file.text().substring(start, end), offsets, file);
    }

    /** Text that cannot be mapped character by character: every character maps to {@code anchor}. */
    public static MappedText anchored(SourceText file, String text, int anchor, int anchorEnd) {
        int[] offsets = new int[text.length() + 1];
        Arrays.fill(offsets, anchor);
        offsets[text.length()] = anchorEnd;
        return new MappedText(text, offsets, file);
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    public SourceText file() {
        return file;
    }

    /** The file offset of the character at {@code index} (or of the end, for {@code index == length()}). */
    public int fileOffset(int index) {
        return fileOffsets[Math.max(0, Math.min(index, text.length()))];
    }

    /** The file offset just after the character before {@code end}: the end of a range in the file. */
    public int fileEndOffset(int end) {
        int clamped = Math.max(0, Math.min(end, text.length()));
        if (clamped == 0) {
            return fileOffsets[0];
        }
        return fileOffsets[clamped - 1] + 1;
    }

    /** The file range of the text range {@code [start, end)}. */
    public TextRange fileRange(int start, int end) {
        int from = fileOffset(start);
        int to = end > start ? fileEndOffset(end) : from;
        return file.range(from, Math.max(from, to));
    }

    /** The whole text's range in the file. */
    public TextRange fileRange() {
        return fileRange(0, text.length());
    }

    /**
     * The same text standing {@code delta} characters further on in {@code moved}, a later version
     * of the file in which the text and its line breaks are unchanged.
     */
    public MappedText movedTo(SourceText moved, int delta) {
        int[] offsets = new int[fileOffsets.length];
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = fileOffsets[i] + delta;
        }
        return new MappedText(text, offsets, moved);
    }

    /** The part {@code [start, end)} with its mapping. */
    public MappedText sub(int start, int end) {
        int s = Math.max(0, Math.min(start, text.length()));
        int e = Math.max(s, Math.min(end, text.length()));
        int[] offsets = Arrays.copyOfRange(fileOffsets, s, e + 1);
        if (e > s) {
            offsets[e - s] = fileEndOffset(e);
        }
        return new MappedText(text.substring(s, e), offsets, file);
    }

    /** Builds mapped text piece by piece. */
    public static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private int[] offsets = new int[64];
        private final SourceText file;

        public Builder(SourceText file) {
            this.file = file;
        }

        public Builder append(char c, int fileOffset) {
            if (text.length() + 1 >= offsets.length) {
                offsets = Arrays.copyOf(offsets, offsets.length * 2);
            }
            offsets[text.length()] = fileOffset;
            text.append(c);
            return this;
        }

        /** Appends the file's text {@code [start, end)} as it stands. */
        public Builder appendFile(int start, int end) {
            if (end <= start) {
                return this;
            }
            int length = text.length();
            if (length + (end - start) >= offsets.length) {
                offsets = Arrays.copyOf(offsets, Math.max(offsets.length * 2, length + (end - start) + 1));
            }
            for (int i = start; i < end; i++) {
                offsets[length++] = i;
            }
            text.append(file.text(), start, end);
            return this;
        }

        /** Appends mapped text with its own mapping. */
        public Builder append(MappedText mapped) {
            for (int i = 0; i < mapped.length(); i++) {
                append(mapped.text.charAt(i), mapped.fileOffsets[i]);
            }
            return this;
        }

        public int length() {
            return text.length();
        }

        public MappedText build(int endOffset) {
            int[] exact = Arrays.copyOf(offsets, text.length() + 1);
            exact[text.length()] = endOffset;
            return new MappedText(text.toString(), exact, file);
        }
    }
}
