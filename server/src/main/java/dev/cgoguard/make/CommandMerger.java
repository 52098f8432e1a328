package dev.cgoguard.make;

import dev.cgoguard.condition.Condition;
import dev.cgoguard.condition.When;
import dev.cgoguard.shell.ShellValue;
import dev.cgoguard.workspace.TextRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Merges the commands of all alternatives: a command is found under the alternatives that have it,
 * and runs when one of their sets of choices holds ({@link When} merges those that differ in one
 * choice, so a command found in every alternative runs always).
 */
final class CommandMerger {
    private record Key(String makefile, String target, String command, TextRange range, Map<String, ShellValue> env,
            List<Condition> extra, List<ScriptLine> lines) {
        // as the compiler would write them; written out, they need no linking at start-up (RecordValueMethodsTest)
        @Override
        public boolean equals(Object other) {
            return this == other || other instanceof Key that
                    && Objects.equals(makefile, that.makefile)
                    && Objects.equals(target, that.target)
                    && Objects.equals(command, that.command)
                    && Objects.equals(range, that.range)
                    && Objects.equals(env, that.env)
                    && Objects.equals(extra, that.extra)
                    && Objects.equals(lines, that.lines);
        }

        @Override
        public int hashCode() {
            int hash = Objects.hashCode(makefile);
            hash = 31 * hash + Objects.hashCode(target);
            hash = 31 * hash + Objects.hashCode(command);
            hash = 31 * hash + Objects.hashCode(range);
            hash = 31 * hash + Objects.hashCode(env);
            hash = 31 * hash + Objects.hashCode(extra);
            hash = 31 * hash + Objects.hashCode(lines);
            return hash;
        }
    }

    private final List<When> worlds = new ArrayList<>();
    private final Map<Key, Set<Integer>> seen = new LinkedHashMap<>();

    /** Adds one alternative's commands, each with circumstances of its own (or an empty list). */
    void add(List<Condition> conditions, List<ExpandedCommand> commands, List<List<Condition>> extra) {
        int world = worlds.size();
        worlds.add(When.all(conditions));
        for (int i = 0; i < commands.size(); i++) {
            ExpandedCommand c = commands.get(i);
            Key key = new Key(c.line().makefile(), c.target(), c.command(), c.line().range(), c.environment(),
                    extra.get(i), c.lines());
            seen.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(world);
        }
    }

    List<MakeCommandLine> result(String workingDirectory) {
        List<MakeCommandLine> out = new ArrayList<>();
        // many commands are found under the same alternatives: their condition is merged once
        Map<Set<Integer>, When> merged = new HashMap<>();
        for (Map.Entry<Key, Set<Integer>> e : seen.entrySet()) {
            Key k = e.getKey();
            When when = merged.computeIfAbsent(e.getValue(), this::whenAny);
            out.add(new MakeCommandLine(k.makefile(), k.target(), k.command(), k.range(), k.env(), workingDirectory,
                    k.extra().isEmpty() ? when : when.and(When.all(k.extra())), k.lines()));
        }
        return out;
    }

    /** When one of these alternatives (in the order they were read) holds. */
    private When whenAny(Set<Integer> found) {
        if (found.size() == worlds.size()) {
            return When.ALWAYS; // found in every alternative read
        }
        When when = When.NEVER;
        for (int world : found) {
            when = when.or(worlds.get(world));
        }
        return when;
    }
}
