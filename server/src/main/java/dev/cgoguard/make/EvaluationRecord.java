package dev.cgoguard.make;

import dev.cgoguard.workspace.SourceText;
import dev.cgoguard.workspace.TextRange;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What one part of a Make evaluation (a recursive make, or one alternative's reading) asked the
 * workspace, with the answers, and the files read and problems it gave, in the order it gave them.
 * Evaluation is a function of its start and these answers, so the part gives the same again while
 * every question has the same answer.
 */
final class EvaluationRecord {
    /** A question to the workspace and the answer it had. */
    sealed interface Question {
        boolean sameAnswer(MakefileSources sources);
    }

    /** The text of a file as make reads it (null: not readable). */
    record Read(String path, String text) implements Question {
        @Override
        public boolean sameAnswer(MakefileSources sources) {
            Optional<SourceText> now = sources.read(path);
            return text == null ? now.isEmpty() : now.isPresent() && text.equals(now.get().text());
        }

        // as the compiler would write them; written out, they need no linking at start-up (RecordValueMethodsTest)
        @Override
        public boolean equals(Object other) {
            return this == other || other instanceof Read that
                    && Objects.equals(path, that.path)
                    && Objects.equals(text, that.text);
        }

        @Override
        public int hashCode() {
            int hash = Objects.hashCode(path);
            hash = 31 * hash + Objects.hashCode(text);
            return hash;
        }
    }

    /** Whether a file exists (a recursive make's Makefile). */
    record Exists(String path, boolean exists) implements Question {
        @Override
        public boolean sameAnswer(MakefileSources sources) {
            return sources.exists(path) == exists;
        }

        // as the compiler would write them; written out, they need no linking at start-up (RecordValueMethodsTest)
        @Override
        public boolean equals(Object other) {
            return this == other || other instanceof Exists that
                    && Objects.equals(path, that.path)
                    && exists == that.exists;
        }

        @Override
        public int hashCode() {
            int hash = Objects.hashCode(path);
            hash = 31 * hash + Boolean.hashCode(exists);
            return hash;
        }
    }

    /** The paths a {@code $(wildcard)} pattern matched. */
    record Glob(String directory, String pattern, List<String> paths) implements Question {
        @Override
        public boolean sameAnswer(MakefileSources sources) {
            return sources.glob(directory, pattern).equals(paths);
        }

        // as the compiler would write them; written out, they need no linking at start-up (RecordValueMethodsTest)
        @Override
        public boolean equals(Object other) {
            return this == other || other instanceof Glob that
                    && Objects.equals(directory, that.directory)
                    && Objects.equals(pattern, that.pattern)
                    && Objects.equals(paths, that.paths);
        }

        @Override
        public int hashCode() {
            int hash = Objects.hashCode(directory);
            hash = 31 * hash + Objects.hashCode(pattern);
            hash = 31 * hash + Objects.hashCode(paths);
            return hash;
        }
    }

    /**
     * A reading assigned {@code .RECIPEPREFIX}: not a question to the workspace, but it tells that
     * the lines make skips are not known from the text alone (a comment line may be a recipe line).
     */
    record RecipePrefixSet() implements Question {
        @Override
        public boolean sameAnswer(MakefileSources sources) {
            return true;
        }
    }

    private final Set<Question> questions = new LinkedHashSet<>();
    /** In the order first given (giving one again changes nothing in the evaluation's sets). */
    private final Set<String> filesRead = new LinkedHashSet<>();
    private final Set<MakeProblem> problems = new LinkedHashSet<>();

    void asked(Question question) {
        questions.add(question);
    }

    void fileRead(String path) {
        filesRead.add(path);
    }

    void problem(MakeProblem problem) {
        problems.add(problem);
    }

    /** Takes in what another part asked and gave, as if this part had done it. */
    void add(EvaluationRecord other) {
        questions.addAll(other.questions);
        filesRead.addAll(other.filesRead);
        problems.addAll(other.problems);
    }

    Set<Question> questions() {
        return questions;
    }

    Set<String> filesRead() {
        return filesRead;
    }

    Set<MakeProblem> problems() {
        return problems;
    }

    /**
     * How the files read moved when the workspace answers every question as before but for the text
     * of files edited only in lines make skips ({@link LineShift}): their shifts by path, empty
     * when every answer is the same; null when some answer is another.
     */
    Map<String, LineShift> shiftsNow(MakefileSources sources) {
        Map<String, LineShift> shifts = new HashMap<>();
        boolean recipePrefixSet = questions.contains(new RecipePrefixSet());
        for (Question question : questions) {
            if (!(question instanceof Read read) || read.text() == null) {
                if (question.sameAnswer(sources)) {
                    continue;
                }
                return null;
            }
            Optional<SourceText> now = sources.read(read.path());
            if (now.isPresent() && now.get().text().equals(read.text())) {
                continue;
            }
            LineShift shift = now.isEmpty() || recipePrefixSet ? null
                    : LineShift.between(new SourceText(read.text()), now.get());
            if (shift == null) {
                return null;
            }
            shifts.put(read.path(), shift);
        }
        return shifts;
    }

    /**
     * This record as the same part gives it after files moved by {@code shifts}: the texts read now,
     * the problems' ranges moved; null when a problem stands in an edited stretch.
     */
    EvaluationRecord shifted(Map<String, LineShift> shifts) {
        EvaluationRecord moved = new EvaluationRecord();
        for (Question question : questions) {
            if (question instanceof Read read && shifts.containsKey(read.path())) {
                moved.questions.add(new Read(read.path(), shifts.get(read.path()).after()));
            } else {
                moved.questions.add(question);
            }
        }
        moved.filesRead.addAll(filesRead);
        for (MakeProblem problem : problems) {
            LineShift shift = shifts.get(problem.makefile());
            if (shift == null) {
                moved.problems.add(problem);
                continue;
            }
            TextRange range = shift.range(problem.range());
            if (range == null) {
                return null;
            }
            moved.problems.add(new MakeProblem(problem.kind(), problem.makefile(), range, problem.message()));
        }
        return moved;
    }
}
