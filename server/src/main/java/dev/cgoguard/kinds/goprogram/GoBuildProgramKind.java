package dev.cgoguard.kinds.goprogram;

import dev.cgoguard.plan.EvaluationProblem;
import dev.cgoguard.plan.GoCommandSource;
import dev.cgoguard.plan.PlanningContext;
import dev.cgoguard.plan.SourceCommands;
import dev.cgoguard.workspace.FileKind;
import dev.cgoguard.workspace.SourceLocation;
import dev.cgoguard.workspace.SourceText;
import dev.cgoguard.workspace.TextRange;
import dev.cgoguard.workspace.WorkspaceFile;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Go build programs: a {@code package main} that runs the go command itself through {@code os/exec}
 * ({@code go run build.go}, {@code go run build/ci.go install}), under {@code build/}, {@code ci/},
 * {@code tool(s)/}, {@code script(s)/}, {@code internal/build/} or named {@code build.go}/{@code ci.go}/{@code make.go}.
 * cgoguard does not follow Go code: it reports, at info, the string literals of the link and cgo
 * settings the program passes ({@code -extldflags}, {@code -static}, {@code -linkmode}, {@code netgo},
 * {@code osusergo}, {@code CGO_ENABLED=…}) and that the builds it makes are not checked.
 */
public final class GoBuildProgramKind implements GoCommandSource {
    /** The folders build programs live in ({@code internal/build/} is a {@code build/}). */
    private static final Set<String> PLACES = Set.of("build", "ci", "tool", "tools", "script", "scripts");
    /** The names a build program has at the root. */
    private static final Set<String> ROOT_NAMES = Set.of("build.go", "ci.go", "make.go");
    private static final Pattern STRING = Pattern.compile("\"((?:\\\\.|[^\"\\\\\\n])*)\"|`([^`]*)`");
    private static final Pattern SETTING = Pattern.compile("-extldflags|^-static(-pie)?$|-linkmode|\\bnetgo\\b|\\bosusergo\\b"
            + "|CGO_ENABLED|static_build");
    private static final int MAX_LITERALS = 12;

    @Override
    public List<FileKind> fileKinds() {
        return List.of();
    }

    @Override
    public boolean isPlanSource(WorkspaceFile file) {
        if (file.kind() != FileKind.GO || file.path().endsWith("_test.go") || !inPlace(file.path())) {
            return false;
        }
        String text = file.content();
        return text.contains("package main") && text.contains("\"os/exec\"")
                && (text.contains("\"build\"") || text.contains("\"install\""));
    }

    /**
     * Whether a Go file's path is where build programs live: directly in one of {@link #PLACES}, or
     * at the root under one of {@link #ROOT_NAMES}. Asked of every Go file of a workspace, so
     * it looks at the last two names of the path only.
     */
    static boolean inPlace(String path) {
        int slash = path.lastIndexOf('/');
        if (slash < 0) {
            return ROOT_NAMES.contains(path);
        }
        if (path.length() - slash - 1 <= ".go".length() || !path.endsWith(".go")) {
            return false;
        }
        return PLACES.contains(path.substring(path.lastIndexOf('/', slash - 1) + 1, slash));
    }

    @Override
    public SourceCommands commands(PlanningContext context, WorkspaceFile file) {
        SourceText text = file.text();
        Set<String> literals = new LinkedHashSet<>();
        int first = -1;
        int line = 0;
        for (String content : text.text().split("\n", -1)) {
            String code = withoutComment(content);
            Matcher m = STRING.matcher(code);
            while (m.find()) {
                String literal = m.group(1) != null ? m.group(1) : m.group(2);
                if (SETTING.matcher(literal).find() && literals.size() < MAX_LITERALS) {
                    literals.add("\"" + literal + "\"");
                    if (first < 0) {
                        first = line;
                    }
                }
            }
            line++;
        }
        int at = first >= 0 ? first : firstLineWith(text, "exec.Command");
        TextRange range = TextRange.of(at, 0, at, text.line(at).length());
        String what = "this Go program runs the go command itself (os/exec)" + (literals.isEmpty()
                ? ", with no string literal that sets cgo or the link"
                : ", with the string literals " + String.join(", ", literals) + " among its build settings");
        return new SourceCommands(List.of(), List.of(new EvaluationProblem("go-build-program",
                new SourceLocation(file.path(), range), what,
                "cgoguard does not follow Go code: which builds it makes, with which of these settings, is not known and not checked")));
    }

    private static int firstLineWith(SourceText text, String needle) {
        for (int i = 0; i < text.lineCount(); i++) {
            if (text.line(i).contains(needle)) {
                return i;
            }
        }
        return 0;
    }

    private static String withoutComment(String line) {
        int slash = line.indexOf("//");
        return slash >= 0 && line.lastIndexOf('"', slash) < 0 ? line.substring(0, slash) : line;
    }
}
