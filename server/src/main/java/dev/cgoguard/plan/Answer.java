package dev.cgoguard.plan;

/** Yes, no, or not knowable from the text. */
public enum Answer {
    YES,
    NO,
    UNKNOWN;

    public static Answer of(boolean value) {
        return value ? YES : NO;
    }
}
