package dev.cgoguard.make;

import dev.cgoguard.shell.ShellValue;
import dev.cgoguard.workspace.TextRange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges the commands of all alternatives: a command found in every alternative has no
 * condition; one found in some carries the conditions those alternatives share.
 */
final class CommandMerger {
    private record Key(String makefile, String target, String command, TextRange range, Map<String, ShellValue> env,
            List<String> extra, List<ScriptLine> lines) {
    }

    private final List<List<String>> worldConditions = new ArrayList<>();
    private final Map<Key, Set<Integer>> seen = new LinkedHashMap<>();

    /** Adds one alternative's commands, each with conditions of its own (or an empty list). */
    void add(List<String> conditions, List<ExpandedCommand> commands, List<List<String>> extra) {
        int world = worldConditions.size();
        worldConditions.add(conditions);
        for (int i = 0; i < commands.size(); i++) {
            ExpandedCommand c = commands.get(i);
            Key key = new Key(c.line().makefile(), c.target(), c.command(), c.line().range(), c.environment(),
                    extra.get(i), c.lines());
            seen.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(world);
        }
    }

    List<MakeCommandLine> result(String workingDirectory) {
        List<MakeCommandLine> out = new ArrayList<>();
        for (Map.Entry<Key, Set<Integer>> e : seen.entrySet()) {
            Key k = e.getKey();
            List<String> conditions = new ArrayList<>(conditions(e.getValue()));
            for (String x : k.extra()) {
                if (!conditions.contains(x)) {
                    conditions.add(x);
                }
            }
            out.add(new MakeCommandLine(k.makefile(), k.target(), k.command(), k.range(), k.env(), workingDirectory,
                    List.copyOf(conditions), k.lines()));
        }
        return out;
    }

    private List<String> conditions(Set<Integer> worlds) {
        if (worlds.size() == worldConditions.size()) {
            return List.of();
        }
        List<String> common = null;
        for (int w : worlds) {
            if (common == null) {
                common = new ArrayList<>(worldConditions.get(w));
            } else {
                common.retainAll(worldConditions.get(w));
            }
        }
        if (common == null || common.isEmpty()) {
            return worldConditions.get(worlds.iterator().next());
        }
        return common;
    }
}
