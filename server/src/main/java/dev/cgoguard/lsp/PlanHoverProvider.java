package dev.cgoguard.lsp;

import dev.cgoguard.docker.DockerEvaluation;
import dev.cgoguard.docker.DockerStage;
import dev.cgoguard.docker.DockerfileEvaluator;
import dev.cgoguard.knowledge.ImageTable;
import dev.cgoguard.plan.BuildPlan;
import dev.cgoguard.kinds.docker.DockerfileKind;
import dev.cgoguard.workspace.TextPosition;
import dev.cgoguard.workspace.TextRange;
import dev.cgoguard.workspace.WorkspaceFile;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.lsp4j.Range;

/**
 * The hover sections that come from the plans rather than the findings: on a go command its plan
 * in short, on {@code -extldflags}, {@code -linkmode}, {@code -tags}, {@code CGO_ENABLED} or
 * {@code CC} inside it what that word does in this build, and on a Dockerfile {@code FROM} line
 * what the image provides.
 */
final class PlanHoverProvider {
    private final ImageTable images;

    PlanHoverProvider(ImageTable images) {
        this.images = images;
    }

    List<HoverSection> sections(AnalysisSnapshots.Located located, TextPosition position) {
        RootAnalysis analysis = located.analysis();
        Optional<WorkspaceFile> file = analysis.file(located.relPath());
        if (file.isEmpty()) {
            return List.of();
        }
        List<HoverSection> sections = new java.util.ArrayList<>();
        plan(analysis.plansAt(located.relPath(), position), file.get(), position).ifPresent(sections::add);
        if (file.get().kind() == DockerfileKind.KIND) {
            image(analysis, file.get(), position).ifPresent(sections::add);
        }
        return sections;
    }

    private Optional<HoverSection> plan(List<BuildPlan> plans, WorkspaceFile file, TextPosition position) {
        if (plans.isEmpty()) {
            return Optional.empty();
        }
        Optional<WordAt> word = position.line() < file.text().lineCount()
                ? WordAt.find(file.text().line(position.line()), position.column()) : Optional.empty();
        Set<String> texts = new LinkedHashSet<>();
        boolean onWord = false;
        for (BuildPlan plan : plans) {
            Optional<String> flag = word.flatMap(w -> FlagHover.explain(w.word(), plan));
            onWord |= flag.isPresent();
            texts.add(flag.orElseGet(() -> PlanMarkdown.describe(plan)));
        }
        Range range = onWord
                ? DiagnosticConverter.toRange(TextRange.of(position.line(), word.get().start(), position.line(), word.get().end()))
                : DiagnosticConverter.toRange(plans.get(0).origin().location().range());
        String separator = onWord ? "\n\n" : "\n\n---\n\n";
        return Optional.of(new HoverSection(String.join(separator, texts), range));
    }

    private Optional<HoverSection> image(RootAnalysis analysis, WorkspaceFile file, TextPosition position) {
        DockerEvaluation evaluation = DockerfileEvaluator.evaluate(file, analysis.options().buildArgs(),
                analysis.options().targetStage());
        for (DockerStage stage : evaluation.stages()) {
            TextRange from = stage.fromLocation().range();
            if (from.start().line() <= position.line() && position.line() <= from.end().line()) {
                return Optional.of(new HoverSection(ImageHover.describe(stage, images), DiagnosticConverter.toRange(from)));
            }
        }
        return Optional.empty();
    }
}
