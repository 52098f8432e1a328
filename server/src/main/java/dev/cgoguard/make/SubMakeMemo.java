package dev.cgoguard.make;

import dev.cgoguard.host.Host;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    }

    /** What a recursive make gave: its lines, the recursive makes it started in turn, and what it asked and gave. */
    record Result(List<MakeCommandLine> lines, int subMakes, EvaluationRecord record) {
    }

    private final Map<Start, Result> results = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Start, Result> eldest) {
            return size() > MAX_STARTS;
        }
    };

    /** The result kept for {@code start} if the workspace answers what it asked as before, else null. */
    Result find(Start start, MakefileSources sources) {
        Result kept;
        synchronized (results) {
            kept = results.get(start);
        }
        return kept != null && kept.record().sameAnswers(sources) ? kept : null;
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
