package dev.cgoguard.make;

import dev.cgoguard.condition.Condition;
import dev.cgoguard.condition.When;
import dev.cgoguard.host.Host;
import dev.cgoguard.shell.ShellValue;
import dev.cgoguard.workspace.ScanLimits;
import dev.cgoguard.workspace.SourceText;
import dev.cgoguard.workspace.TextRange;
import dev.cgoguard.workspace.Workspace;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Evaluates a workspace Makefile as GNU make would read it, from the text alone (make and the
 * shell are never run): every recipe line, fully expanded, with the environment make exports, the
 * working directory, and the conditions under which it runs. Conditionals that depend on something
 * unknown (the environment, {@code $(shell ...)}) are kept as alternatives, at most
 * {@value #MAX_ALTERNATIVES}. Recursive makes into other workspace Makefiles are followed.
 */
public final class MakeEvaluator {
    static final int MAX_ALTERNATIVES = ScanLimits.MAKE_ALTERNATIVES;
    static final int MAX_RECURSION = ScanLimits.MAKE_RECURSION;
    static final int MAX_SUB_MAKES = ScanLimits.MAKE_SUB_MAKES;

    private final MakefileSources sources;
    private final Map<String, String> environment;
    private final boolean environmentComplete;
    private final Host host;
    private final SubMakeMemo memo;

    /** An evaluator for which the environment make starts in is unknown. */
    public MakeEvaluator(Workspace workspace) {
        this(workspace, null);
    }

    /**
     * An evaluator for a known environment (a CI job's, say): names not in it are unset rather
     * than unknown. Null means unknown.
     */
    public MakeEvaluator(Workspace workspace, Map<String, String> environment) {
        this(workspace, environment, Host.DEFAULT);
    }

    /**
     * An evaluator for a known environment (or null) on the given host: {@code $(shell uname -m)},
     * {@code $(shell go env GOARCH)} and {@code $(OS)} get the host's answers.
     */
    public MakeEvaluator(Workspace workspace, Map<String, String> environment, Host host) {
        this(workspace, environment, host, null);
    }

    /**
     * An evaluator as {@link #MakeEvaluator(Workspace, Map, Host)} that takes the recursive makes
     * whose inputs are as before from {@code memo} (null: none) and keeps the ones it evaluates there.
     */
    public MakeEvaluator(Workspace workspace, Map<String, String> environment, Host host, SubMakeMemo memo) {
        this.sources = new MakefileSources(workspace);
        this.environment = environment == null ? Map.of() : plain(environment);
        this.environmentComplete = environment != null;
        this.host = host;
        this.memo = memo;
    }

    /** Every recipe line of every target of the Makefile. */
    public MakeEvaluation evaluate(String makefilePath, Map<String, String> commandLineVariables) {
        return evaluate(makefilePath, commandLineVariables, null);
    }

    /**
     * The recipe lines {@code make goal...} runs, in order, prerequisites first (every target taken
     * as out of date, as {@code make --dry-run} in a clean tree); an empty list means the default
     * goal, null every target.
     */
    public MakeEvaluation evaluate(String makefilePath, Map<String, String> commandLineVariables, List<String> goals) {
        String path = makefilePath.replace('\\', '/');
        int slash = path.lastIndexOf('/');
        String directory = slash < 0 ? "" : path.substring(0, slash);
        Map<String, String> commandLine = commandLineVariables == null ? Map.of() : plain(commandLineVariables);
        if (goals != null) {
            goals = goals.stream().map(MakeUnknown::plain).toList();
        }
        // kept as a recursive make is, started from no make at all
        SubMakeMemo.Start start = memo == null ? null : new SubMakeMemo.Start(sources.workspace().root(), host,
                environmentComplete, environment, new SubMake(path, directory, Run.entries(commandLine),
                        Run.entries(environment), goals, List.of()));
        SubMakeMemo.Result kept = memo == null ? null : memo.find(start, sources);
        if (kept != null) {
            return new MakeEvaluation(path, kept.lines(), List.copyOf(kept.record().problems()),
                    Set.copyOf(kept.record().filesRead()));
        }
        Run run = new Run();
        EvaluationRecord record = new EvaluationRecord();
        run.recording.push(record);
        List<MakeCommandLine> commands = run.evaluate(path, directory, commandLine, environment, environmentComplete, goals,
                new ArrayDeque<>());
        if (memo != null) {
            memo.keep(start, new SubMakeMemo.Result(commands, run.subMakes, record));
        }
        return new MakeEvaluation(path, commands, List.copyOf(run.problems), Set.copyOf(run.filesRead));
    }

    /** Names and values as given, with the characters {@link MakeUnknown} reserves replaced. */
    private static Map<String, String> plain(Map<String, String> variables) {
        Map<String, String> out = new LinkedHashMap<>();
        variables.forEach((name, value) -> out.put(MakeUnknown.plain(name), MakeUnknown.plain(value)));
        return out;
    }

    /** A path through the tree of alternatives still to read, with how far it departs from the model. */
    private record Alternative(List<Boolean> choices, int departures, int order) implements Comparable<Alternative> {
        @Override
        public int compareTo(Alternative other) {
            return departures != other.departures ? Integer.compare(departures, other.departures)
                    : Integer.compare(order, other.order);
        }
    }

    /** A recursive make as it is started: the Makefile, its folder, its variables, goals and the makes around it. */
    record SubMake(String file, String directory, List<Map.Entry<String, String>> commandLine,
            List<Map.Entry<String, String>> environment, List<String> goals, List<String> stack) {
        // as the compiler would write them; written out, they need no linking at start-up (RecordValueMethodsTest)
        @Override
        public boolean equals(Object other) {
            return this == other || other instanceof SubMake that
                    && Objects.equals(file, that.file)
                    && Objects.equals(directory, that.directory)
                    && Objects.equals(commandLine, that.commandLine)
                    && Objects.equals(environment, that.environment)
                    && Objects.equals(goals, that.goals)
                    && Objects.equals(stack, that.stack);
        }

        @Override
        public int hashCode() {
            int hash = Objects.hashCode(file);
            hash = 31 * hash + Objects.hashCode(directory);
            hash = 31 * hash + Objects.hashCode(commandLine);
            hash = 31 * hash + Objects.hashCode(environment);
            hash = 31 * hash + Objects.hashCode(goals);
            hash = 31 * hash + Objects.hashCode(stack);
            return hash;
        }
    }

    /**
     * One alternative's reading of a Makefile as a make started the same way reads it: the goals
     * are not part of it, as what was read does not depend on them unless it looked at
     * {@code MAKECMDGOALS} (such a reading is not kept).
     */
    private record Reading(String file, String directory, List<Map.Entry<String, String>> commandLine,
            List<Map.Entry<String, String>> environment, boolean environmentComplete, List<Boolean> choices) {
        // as the compiler would write them; written out, they need no linking at start-up (RecordValueMethodsTest)
        @Override
        public boolean equals(Object other) {
            return this == other || other instanceof Reading that
                    && Objects.equals(file, that.file)
                    && Objects.equals(directory, that.directory)
                    && Objects.equals(commandLine, that.commandLine)
                    && Objects.equals(environment, that.environment)
                    && environmentComplete == that.environmentComplete
                    && Objects.equals(choices, that.choices);
        }

        @Override
        public int hashCode() {
            int hash = Objects.hashCode(file);
            hash = 31 * hash + Objects.hashCode(directory);
            hash = 31 * hash + Objects.hashCode(commandLine);
            hash = 31 * hash + Objects.hashCode(environment);
            hash = 31 * hash + Boolean.hashCode(environmentComplete);
            hash = 31 * hash + Objects.hashCode(choices);
            return hash;
        }
    }

    /** A reading kept for the alternatives and recursive makes that read the same, with what it asked and gave. */
    private record KeptReading(WorldEvaluation world, EvaluationRecord record) {
    }

    /** A set that tells the records being made each element given to it. */
    private static final class Recorded<T> extends LinkedHashSet<T> {
        private final Deque<EvaluationRecord> recording;
        private final BiConsumer<EvaluationRecord, T> note;

        Recorded(Deque<EvaluationRecord> recording, BiConsumer<EvaluationRecord, T> note) {
            this.recording = recording;
            this.note = note;
        }

        @Override
        public boolean add(T element) {
            for (EvaluationRecord record : recording) {
                note.accept(record, element);
            }
            return super.add(element);
        }
    }

    /**
     * One top-level evaluation: the files read and problems found, and the recursive makes followed.
     * A recursive make started again the same way (the same goals from two recipes, say) is
     * evaluated once; its files and problems are already recorded.
     */
    private final class Run {
        /** The records being made, innermost first: each recursive make's, and the reading's under way. */
        private final Deque<EvaluationRecord> recording = new ArrayDeque<>();
        private final MakefileSources sources = MakeEvaluator.this.sources.observedBy(question -> {
            for (EvaluationRecord record : recording) {
                record.asked(question);
            }
        });
        private final Set<String> filesRead = new Recorded<>(recording, EvaluationRecord::fileRead);
        private final Set<MakeProblem> problems = new Recorded<>(recording, EvaluationRecord::problem);
        private final Map<SubMake, SubMakeMemo.Result> subMakesDone = new HashMap<>();
        private final Map<Reading, KeptReading> readings = new HashMap<>();
        private int subMakes;

        private List<MakeCommandLine> evaluate(String path, String directory, Map<String, String> commandLine,
                Map<String, String> env, boolean envComplete, List<String> goals, Deque<String> stack) {
            Optional<SourceText> text = sources.read(path);
            if (text.isEmpty()) {
                problems.add(new MakeProblem("make-file-missing", path, TextRange.of(0, 0, 0, 0),
                        path + " is not a readable workspace file"));
                return List.of();
            }
            CommandMerger merger = new CommandMerger();
            RecipeMemo memo = new RecipeMemo();
            Set<String> fileVariables = new HashSet<>();
            AssignedNames.collect(text.get().text(), fileVariables);
            // the alternatives closest to the modelled build (fewest choices against the model) first
            PriorityQueue<Alternative> pending = new PriorityQueue<>();
            pending.add(new Alternative(List.of(), 0, 0));
            int worlds = 0;
            int order = 1;
            while (!pending.isEmpty()) {
                if (worlds == MAX_ALTERNATIVES) {
                    problems.add(new MakeProblem("make-too-many-alternatives", path,
                            TextRange.of(0, 0, 0, 0), "more than " + MAX_ALTERNATIVES
                                    + " combinations of unknown conditions: only the first " + MAX_ALTERNATIVES
                                    + " are evaluated"));
                    break;
                }
                List<Boolean> given = pending.poll().choices();
                Reading reading = new Reading(path, directory, entries(commandLine), entries(env), envComplete, given);
                KeptReading kept = readings.get(reading);
                WorldEvaluation world = kept != null ? kept.world() : new WorldEvaluation(new EvaluationContext(sources,
                        directory, filesRead, problems, fileVariables), path, commandLine, env, envComplete, goals,
                        new Decisions(given), host);
                try {
                    if (kept != null) {
                        fileVariables.addAll(kept.world().fileVariablesRead());
                        recording.forEach(record -> record.add(kept.record()));
                    } else {
                        // the records around this one are told the same as it is, as the reading goes
                        EvaluationRecord record = new EvaluationRecord();
                        recording.push(record);
                        try {
                            world.read(text.get());
                        } finally {
                            recording.pop();
                        }
                        if (world.sameForAnyGoals()) {
                            readings.put(reading, new KeptReading(world, record));
                        }
                    }
                    collect(world, world.database(), goals, merger, memo);
                } catch (RuntimeException | StackOverflowError e) {
                    problems.add(new MakeProblem("make-not-evaluated", path, TextRange.of(0, 0, 0, 0),
                            "the Makefile could not be evaluated completely: " + e));
                }
                worlds++;
                List<Boolean> taken = world.decisions().taken();
                List<Condition> outcomes = world.decisions().conditions();
                for (int k = given.size(); k < taken.size(); k++) {
                    List<Boolean> alternative = new ArrayList<>(taken.subList(0, k));
                    alternative.add(!taken.get(k));
                    int departures = world.decisions().departures(k)
                            + (Boolean.FALSE.equals(outcomes.get(k).negate().modeled()) ? 1 : 0);
                    pending.add(new Alternative(alternative, departures, order++));
                }
            }
            List<MakeCommandLine> merged = merger.result(directory);
            return followRecursion(merged, path, directory, commandLine, stack);
        }

        private void collect(WorldEvaluation world, MakeDatabase db, List<String> goals, CommandMerger merger,
                RecipeMemo memo) {
            RecipeCollector collector = world.collector(memo);
            List<ExpandedCommand> commands = new ArrayList<>();
            List<List<Condition>> extra = new ArrayList<>();
            if (goals != null) {
                List<String> wanted = goals.isEmpty() && db.defaultGoal() != null ? List.of(db.defaultGoal()) : goals;
                commands.addAll(collector.goals(wanted));
                commands.forEach(c -> extra.add(List.of()));
            } else {
                commands.addAll(collector.allTargets());
                commands.forEach(c -> extra.add(List.of()));
                List<String> goalsWithVariables = collector.goalsWithVariables();
                Set<ExpandedCommand> plain = goalsWithVariables.isEmpty() ? Set.of() : new HashSet<>(commands);
                for (String goal : goalsWithVariables) {
                    for (ExpandedCommand c : collector.goals(List.of(goal))) {
                        if (!c.target().equals(goal) && !plain.contains(c)) {
                            commands.add(c);
                            extra.add(List.of(Condition.circumstance("when made for " + goal)));
                        }
                    }
                }
            }
            commands.replaceAll(world::modelled);
            merger.add(world.decisions().conditions(), commands, extra);
        }

        private List<MakeCommandLine> followRecursion(List<MakeCommandLine> lines, String path, String directory,
                Map<String, String> commandLine, Deque<String> stack) {
            List<MakeCommandLine> out = new ArrayList<>();
            stack.push(path);
            try {
                for (MakeCommandLine line : lines) {
                    out.add(line);
                    SubMakeCall call = SubMakeCall.find(line.command());
                    if (call == null || stack.size() > MAX_RECURSION || subMakes >= MAX_SUB_MAKES) {
                        continue;
                    }
                    Optional<String> dir = sources.resolve(directory, call.directory().isEmpty() ? "." : call.directory());
                    if (dir.isEmpty()) {
                        continue;
                    }
                    Optional<String> file = subMakefile(dir.get(), call.file());
                    if (file.isEmpty() || stack.contains(file.get() + " " + call.targets())
                            || (file.get().equals(path) && call.targets().contains(line.target()))) {
                        continue;
                    }
                    Map<String, String> subCommandLine = new LinkedHashMap<>(commandLine);
                    subCommandLine.putAll(call.variables());
                    Map<String, String> subEnv = new LinkedHashMap<>(environment);
                    for (Map.Entry<String, ShellValue> e : line.environment().entrySet()) {
                        if (e.getValue().known() && !subCommandLine.containsKey(e.getKey())) {
                            subEnv.put(e.getKey(), e.getValue().text());
                        }
                    }
                    stack.push(file.get() + " " + call.targets());
                    subMakes++;
                    List<MakeCommandLine> sub;
                    try {
                        sub = subMake(new SubMake(file.get(), dir.get(), entries(subCommandLine), entries(subEnv),
                                call.targets(), List.copyOf(stack)), subCommandLine, subEnv, stack);
                    } finally {
                        stack.pop();
                    }
                    for (MakeCommandLine s : sub) {
                        When conditions = line.conditions().and(s.conditions());
                        if (!conditions.never()) {
                            out.add(new MakeCommandLine(s.makefile(), s.target(), s.command(), s.range(), s.environment(),
                                    s.workingDirectory(), conditions, s.lines()));
                        }
                    }
                }
            } finally {
                stack.pop();
            }
            return out;
        }

        /**
         * The lines of a recursive make: evaluated, or as an earlier one started the same way gave
         * them when neither that one nor this one reaches the limit of recursive makes (the limit
         * is the only thing outside the start that decides what a recursive make gives).
         */
        private List<MakeCommandLine> subMake(SubMake start, Map<String, String> commandLine, Map<String, String> env,
                Deque<String> stack) {
            SubMakeMemo.Result done = subMakesDone.get(start);
            if (done != null && subMakes + done.subMakes() < MAX_SUB_MAKES) {
                subMakes += done.subMakes();
                recording.forEach(record -> record.add(done.record()));
                return done.lines();
            }
            SubMakeMemo.Start memoStart = memo == null ? null
                    : new SubMakeMemo.Start(sources.workspace().root(), host, environmentComplete, environment, start);
            SubMakeMemo.Result kept = memo == null ? null : memo.find(memoStart, MakeEvaluator.this.sources);
            if (kept != null && replays(kept)) {
                kept.record().questions().forEach(question -> recording.forEach(record -> record.asked(question)));
                filesRead.addAll(kept.record().filesRead());
                problems.addAll(kept.record().problems());
                subMakes += kept.subMakes();
                subMakesDone.put(start, kept);
                return kept.lines();
            }
            int before = subMakes;
            EvaluationRecord record = new EvaluationRecord();
            recording.push(record);
            List<MakeCommandLine> lines;
            try {
                lines = evaluate(start.file(), start.directory(), commandLine, env, environmentComplete, start.goals(), stack);
            } finally {
                recording.pop();
            }
            if (subMakes < MAX_SUB_MAKES) {
                SubMakeMemo.Result result = new SubMakeMemo.Result(lines, subMakes - before, record);
                subMakesDone.put(start, result);
                if (memo != null && withinLimits(0, 0)) {
                    memo.keep(memoStart, result);
                }
            }
            return lines;
        }

        /**
         * True when a recursive make kept from an earlier analysis gives here what evaluating it
         * would: it stays below the limit of recursive makes, and the files read and problems it
         * adds stay below their limits (which an evaluation looks at as it goes).
         */
        private boolean replays(SubMakeMemo.Result kept) {
            return subMakes + kept.subMakes() < MAX_SUB_MAKES
                    && withinLimits(kept.record().filesRead().size(), kept.record().problems().size());
        }

        /** True when this many more files read and problems keep both below the counts at which evaluation stops adding them. */
        private boolean withinLimits(int moreFiles, int moreProblems) {
            return filesRead.size() + moreFiles < MakefileReader.MAX_FILES
                    && problems.size() + moreProblems < EvaluationContext.MAX_PROBLEMS;
        }

        private static List<Map.Entry<String, String>> entries(Map<String, String> map) {
            return map.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue())).toList();
        }

        private Optional<String> subMakefile(String dir, String file) {
            if (file != null) {
                return sources.resolve(dir, file).filter(sources::exists);
            }
            for (String name : List.of("GNUmakefile", "makefile", "Makefile")) {
                Optional<String> candidate = sources.resolve(dir, name);
                if (candidate.isPresent() && sources.exists(candidate.get())) {
                    return candidate;
                }
            }
            return Optional.empty();
        }
    }
}
