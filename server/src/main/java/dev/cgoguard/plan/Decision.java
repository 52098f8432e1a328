package dev.cgoguard.plan;

/** A property of a build (cgo on, external link, static binary) with the reason it has that value. */
public record Decision(Answer answer, String reason) {
    public static Decision yes(String reason) {
        return new Decision(Answer.YES, reason);
    }

    public static Decision no(String reason) {
        return new Decision(Answer.NO, reason);
    }

    public static Decision unknown(String reason) {
        return new Decision(Answer.UNKNOWN, reason);
    }

    public boolean isYes() {
        return answer == Answer.YES;
    }

    public boolean isNo() {
        return answer == Answer.NO;
    }
}
