package dev.cgoguard.rules;

import dev.cgoguard.finding.RelatedLocation;
import dev.cgoguard.gopkg.GoCallSite;
import java.util.ArrayList;
import java.util.List;

/** Call sites in messages: "http.Get in cmd/app/main.go:12", at most a few named, and as related locations. */
final class CallSites {
    private static final int NAMED = 3;

    private CallSites() {
    }

    static String describe(List<GoCallSite> calls) {
        List<String> parts = new ArrayList<>();
        for (GoCallSite call : calls.subList(0, Math.min(NAMED, calls.size()))) {
            parts.add(call.call() + " in " + call.location().path() + ":" + (call.location().range().start().line() + 1));
        }
        if (calls.size() > NAMED) {
            parts.add((calls.size() - NAMED) + " more");
        }
        return String.join(", ", parts);
    }

    static List<RelatedLocation> related(List<GoCallSite> calls, String what) {
        List<RelatedLocation> related = new ArrayList<>();
        for (GoCallSite call : calls.subList(0, Math.min(NAMED, calls.size()))) {
            related.add(new RelatedLocation(call.location(), call.call() + ": " + what));
        }
        return related;
    }
}
