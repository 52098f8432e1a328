package dev.cgoguard.docker;

import dev.cgoguard.knowledge.ImageFacts;

/**
 * Where a {@code COPY}/{@code ADD} takes its files from: the build context, an earlier stage (by
 * name or index: {@code stageIndex}), or an image ({@code --from=alpine:3.19}: {@code image} with
 * its facts). {@code asWritten} is the {@code --from} value as written, or null.
 */
public record CopyOrigin(Kind kind, String asWritten, int stageIndex, String image, ImageFacts imageFacts) {
    public enum Kind {
        CONTEXT,
        STAGE,
        IMAGE,
        UNKNOWN
    }

    public static CopyOrigin context() {
        return new CopyOrigin(Kind.CONTEXT, null, -1, null, null);
    }
}
