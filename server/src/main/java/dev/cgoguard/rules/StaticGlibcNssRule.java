package dev.cgoguard.rules;

import dev.cgoguard.engine.Finding;
import dev.cgoguard.engine.Severity;
import java.util.List;

/** Static glibc link while cgo NSS lookups are reachable. */
public final class StaticGlibcNssRule implements Rule {
    public static final RuleInfo INFO = new RuleInfo("static-glibc-nss", Severity.ERROR,
            "Static glibc link with cgo NSS lookups (net resolver, os/user): crashes or misbehaves at run time");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        return List.of();
    }
}
