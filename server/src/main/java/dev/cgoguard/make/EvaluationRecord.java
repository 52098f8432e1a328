package dev.cgoguard.make;

import dev.cgoguard.workspace.SourceText;
import java.util.LinkedHashSet;
import java.util.List;
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
    }

    /** Whether a file exists (a recursive make's Makefile). */
    record Exists(String path, boolean exists) implements Question {
        @Override
        public boolean sameAnswer(MakefileSources sources) {
            return sources.exists(path) == exists;
        }
    }

    /** The paths a {@code $(wildcard)} pattern matched. */
    record Glob(String directory, String pattern, List<String> paths) implements Question {
        @Override
        public boolean sameAnswer(MakefileSources sources) {
            return sources.glob(directory, pattern).equals(paths);
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

    /** True when the workspace answers every question as before. */
    boolean sameAnswers(MakefileSources sources) {
        for (Question question : questions) {
            if (!question.sameAnswer(sources)) {
                return false;
            }
        }
        return true;
    }
}
