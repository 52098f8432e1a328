package dev.cgoguard.make;

import dev.cgoguard.host.Host;
import dev.cgoguard.workspace.TextRange;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The recursive makes evaluated for an editor, kept from one analysis to the next: after an edit of
 * one Makefile, a recursive make into another one (or into the same one started another way) whose
 * files and globs answer as before gives the lines it gave, without being evaluated again. One
 * result is kept for each start, the latest; a bounded number of starts. Safe to share between threads.
 */
public final class SubMakeMemo {
    private static final int MAX_STARTS = 512;

    /** How a recursive make is started, with all that decides what it gives besides the workspace. */
    record Start(Path root, Host host, boolean environmentComplete, Map<String, String> evaluatorEnvironment,
            MakeEvaluator.SubMake subMake) {
        // as the compiler would write them; written out, they need no linking at start-up (RecordValueMethodsTest)
        @Override
        public boolean equals(Object other) {
            return this == other || other instanceof Start that
                    && Objects.equals(root, that.root)
                    && Objects.equals(host, that.host)
                    && environmentComplete == that.environmentComplete
                    && Objects.equals(evaluatorEnvironment, that.evaluatorEnvironment)
                    && Objects.equals(subMake, that.subMake);
        }

        @Override
        public int hashCode() {
            int hash = Objects.hashCode(root);
            hash = 31 * hash + Objects.hashCode(host);
            hash = 31 * hash + Boolean.hashCode(environmentComplete);
            hash = 31 * hash + Objects.hashCode(evaluatorEnvironment);
            hash = 31 * hash + Objects.hashCode(subMake);
            return hash;
        }
    }

    /** What a recursive make gave: its lines, the recursive makes it started in turn, and what it asked and gave. */
    record Result(List<MakeCommandLine> lines, int subMakes, EvaluationRecord record) {
        /** The result with the files of {@code shifts} moved as they were edited; null when a line or problem stands in an edited stretch. */
        Result shifted(Map<String, LineShift> shifts) {
            EvaluationRecord moved = record.shifted(shifts);
            if (moved == null) {
                return null;
            }
            List<MakeCommandLine> out = new ArrayList<>(lines.size());
            for (MakeCommandLine line : lines) {
                LineShift shift = shifts.get(line.makefile());
                if (shift == null) {
                    out.add(line);
                    continue;
                }
                TextRange range = shift.range(line.range());
                if (range == null) {
                    return null;
                }
                List<ScriptLine> scriptLines = new ArrayList<>(line.lines().size());
                for (ScriptLine scriptLine : line.lines()) {
                    TextRange at = shift.range(scriptLine.range());
                    if (at == null) {
                        return null;
                    }
                    scriptLines.add(new ScriptLine(scriptLine.offset(), at));
                }
                out.add(new MakeCommandLine(line.makefile(), line.target(), line.command(), range, line.environment(),
                        line.workingDirectory(), line.conditions(), scriptLines));
            }
            return new Result(List.copyOf(out), subMakes, moved);
        }
    }

    private final Map<Start, Result> results = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Start, Result> eldest) {
            return size() > MAX_STARTS;
        }
    };

    /**
     * The result kept for {@code start} if the workspace answers what it asked as before, or does
     * but for files edited only in lines make skips (the result then moved with their lines, and
     * kept so in place of the earlier one); else null.
     */
    Result find(Start start, MakefileSources sources) {
        Result kept;
        synchronized (results) {
            kept = results.get(start);
        }
        if (kept == null) {
            return null;
        }
        Map<String, LineShift> shifts = kept.record().shiftsNow(sources);
        if (shifts == null || shifts.isEmpty()) {
            return shifts == null ? null : kept;
        }
        Result moved = kept.shifted(shifts);
        if (moved != null) {
            keep(start, moved);
        }
        return moved;
    }

    void keep(Start start, Result result) {
        synchronized (results) {
            results.put(start, result);
        }
    }

    /** How many starts are kept. */
    int size() {
        synchronized (results) {
            return results.size();
        }
    }
}
