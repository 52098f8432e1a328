package dev.cgoguard.plan;

import dev.cgoguard.knowledge.ImageFacts;

/** A one-line summary of a plan, e.g. {@code cgo on · external · static glibc 2.36}, for inlay hints and listings. */
public final class PlanSummary {
    private PlanSummary() {
    }

    public static String of(BuildPlan plan) {
        String cgo = switch (plan.cgo().answer()) {
            case YES -> "cgo on";
            case NO -> "cgo off";
            case UNKNOWN -> "cgo ?";
        };
        String link = switch (plan.externalLink().answer()) {
            case YES -> "external";
            case NO -> "internal";
            case UNKNOWN -> "link ?";
        };
        String binary = switch (plan.staticLink().answer()) {
            case YES -> "static";
            case NO -> "dynamic";
            case UNKNOWN -> "static?";
        };
        String libc = libc(plan);
        return cgo + " · " + link + " · " + binary + (libc.isEmpty() ? "" : " " + libc);
    }

    private static String libc(BuildPlan plan) {
        if (plan.cgo().isNo()) {
            return "";
        }
        if (plan.buildEnvironment() == null) {
            return "";
        }
        ImageFacts facts = plan.buildEnvironment().facts();
        if (!facts.known() || facts.libc() == null) {
            return "";
        }
        return facts.libc() + (facts.libcVersion() == null ? "" : " " + facts.libcVersion());
    }
}
