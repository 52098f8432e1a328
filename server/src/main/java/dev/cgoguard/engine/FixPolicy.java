package dev.cgoguard.engine;

import dev.cgoguard.finding.FileEdit;
import dev.cgoguard.finding.Finding;
import dev.cgoguard.finding.Fix;
import dev.cgoguard.workspace.TextRange;
import dev.cgoguard.workspace.WorkspaceFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The one place that decides which fixes are offered and which are applied, for {@code --fix},
 * the editor's quick fixes and its fix-all alike.
 * <ul>
 * <li>Offered for a request: the fixes of the findings asked about first, then those of the other
 * findings at the place, each finding's preferred fix before its others; the actions that ignore a
 * finding with a {@code cgoguard:ignore} comment come last.</li>
 * <li>Which fix is preferred: the rule's own choice, unless the settings choose another of its
 * remedies for the rule ({@code fixes: {static-glibc-nss: dynamic}}, {@code --fix=RULE:ALTERNATIVE}) and
 * the finding offers it; the choice is made once, in the engine, so that the report, the editor's
 * preferred quick fix, its fix-all and {@code --fix} agree.</li>
 * <li>Applied together (one {@code --fix} round, one fix-all): each finding's first preferred fix,
 * findings in report order. A fix is applied whole or not at all: one whose edits overlap an edit
 * already chosen (they share a character, or insert at the same place) waits for the next round,
 * when the findings are worked out again on the fixed text. An edit two fixes both make is made once.</li>
 * </ul>
 */
public final class FixPolicy {
    private FixPolicy() {
    }

    /** A fix offered for one finding. */
    public record Offer(Finding finding, Fix fix) {
    }

    /** The fixes chosen to be applied together, and their edits by file (never overlapping), in file order. */
    public record Selection(List<Offer> fixes, Map<String, List<FileEdit>> editsByPath) {
        public List<FileEdit> edits() {
            return editsByPath.values().stream().flatMap(List::stream).toList();
        }

        public boolean isEmpty() {
            return fixes.isEmpty();
        }
    }

    /**
     * The fixes to offer for a place: {@code asked} are the findings the request names, {@code others}
     * those that lie there too; {@code fileOf} gives the file of a finding's primary location, for the
     * ignore action (none is offered without it).
     */
    public static List<Offer> offers(List<Finding> asked, List<Finding> others,
            Function<Finding, Optional<WorkspaceFile>> fileOf) {
        Set<Finding> order = new LinkedHashSet<>(asked);
        order.addAll(others);
        List<Offer> fixes = new ArrayList<>();
        List<Offer> ignores = new ArrayList<>();
        for (Finding finding : order) {
            preferredFirst(finding.fixes()).forEach(fix -> fixes.add(new Offer(finding, fix)));
            fileOf.apply(finding).flatMap(file -> SuppressionFix.of(finding, file))
                    .ifPresent(ignore -> ignores.add(new Offer(finding, ignore)));
        }
        fixes.addAll(ignores);
        return fixes;
    }

    /** The preferred fixes of {@code findings} that can be applied together (see the class comment). */
    public static Selection applicable(List<Finding> findings) {
        List<Finding> ordered = new ArrayList<>(findings);
        ordered.sort(Finding.ORDER);
        List<Offer> chosen = new ArrayList<>();
        Map<String, List<FileEdit>> byPath = new LinkedHashMap<>();
        for (Finding finding : ordered) {
            Optional<Fix> preferred = finding.fixes().stream().filter(Fix::preferred).findFirst();
            if (preferred.isEmpty() || preferred.get().edits().isEmpty()) {
                continue;
            }
            List<FileEdit> fresh = preferred.get().edits().stream()
                    .filter(edit -> !byPath.getOrDefault(edit.path(), List.of()).contains(edit)).distinct().toList();
            boolean clashes = fresh.stream().anyMatch(edit -> byPath.getOrDefault(edit.path(), List.of()).stream()
                    .anyMatch(kept -> overlap(kept.range(), edit.range())));
            if (clashes) {
                continue;
            }
            fresh.forEach(edit -> byPath.computeIfAbsent(edit.path(), p -> new ArrayList<>()).add(edit));
            chosen.add(new Offer(finding, preferred.get()));
        }
        Map<String, List<FileEdit>> sorted = new LinkedHashMap<>();
        byPath.keySet().stream().sorted().forEach(path -> sorted.put(path, byPath.get(path).stream()
                .sorted((a, b) -> a.range().start().equals(b.range().start()) ? a.range().end().compareTo(b.range().end())
                        : a.range().start().compareTo(b.range().start()))
                .toList()));
        return new Selection(List.copyOf(chosen), sorted);
    }

    /**
     * The finding with the fix of remedy {@code alternative} as its one preferred fix, when it offers
     * that remedy; otherwise (or for a null choice) the finding as the rule made it.
     */
    public static Finding choose(Finding finding, String alternative) {
        if (alternative == null || finding.fixes().stream().noneMatch(fix -> alternative.equals(fix.alternative()))) {
            return finding;
        }
        List<Fix> fixes = finding.fixes().stream().map(fix -> fix.withPreferred(alternative.equals(fix.alternative()))).toList();
        return new Finding(finding.rule(), finding.severity(), finding.location(), finding.message(), finding.related(), fixes);
    }

    /** A finding's fixes with the preferred ones first, otherwise in the rule's order. */
    static List<Fix> preferredFirst(List<Fix> fixes) {
        List<Fix> ordered = new ArrayList<>(fixes.stream().filter(Fix::preferred).toList());
        fixes.stream().filter(fix -> !fix.preferred()).forEach(ordered::add);
        return ordered;
    }

    /** Two edits overlap when their ranges share a character, or both insert at the same place. */
    static boolean overlap(TextRange a, TextRange b) {
        boolean aEmpty = a.start().equals(a.end());
        boolean bEmpty = b.start().equals(b.end());
        if (aEmpty && bEmpty) {
            return a.start().equals(b.start());
        }
        return a.start().compareTo(b.end()) < 0 && b.start().compareTo(a.end()) < 0;
    }
}
