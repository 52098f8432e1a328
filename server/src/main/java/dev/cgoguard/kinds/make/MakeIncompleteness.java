package dev.cgoguard.kinds.make;

import dev.cgoguard.make.MakeProblem;
import dev.cgoguard.plan.EvaluationProblem;
import dev.cgoguard.workspace.SourceLocation;
import java.util.ArrayList;
import java.util.List;

/**
 * The problems of a Make evaluation that leave the Makefile's go commands known only in part, with
 * what each means for the findings. A recursive variable that refers to itself is a hazard of its
 * own (the make-recursive-variable rule), not a gap in cgoguard's reading.
 */
final class MakeIncompleteness {
    private MakeIncompleteness() {
    }

    static List<EvaluationProblem> of(List<MakeProblem> problems) {
        List<EvaluationProblem> incomplete = new ArrayList<>();
        for (MakeProblem problem : problems) {
            String consequence = consequence(problem.kind());
            if (consequence != null) {
                incomplete.add(new EvaluationProblem(problem.kind(), new SourceLocation(problem.makefile(), problem.range()),
                        "cgoguard could not read this Makefile completely: " + problem.message(), consequence));
            }
        }
        return incomplete;
    }

    private static String consequence(String kind) {
        return switch (kind) {
            case "make-recursive-variable" -> null;
            case "make-syntax" -> "make stops on it as well; cgoguard read on as best it could, so the go commands"
                    + " of this Makefile may be missing or checked wrongly";
            case "make-include-missing", "make-include-outside", "make-include-cycle", "make-include-limit" ->
                    "the variables and rules that file would define are missing, so the go commands that use them may be"
                            + " missing or checked wrongly";
            case "make-expansion-limit" -> "the value stays unknown, so the go commands built from it are checked without it";
            case "make-too-many-alternatives" -> "the go commands that run only under the other combinations are not checked";
            case "make-recipe-limit" -> "the go commands of the recipes not read are not checked";
            case "make-file-missing" -> "the go commands that Makefile would run are not checked";
            default -> "the go commands of this Makefile may be missing or checked wrongly";
        };
    }
}
