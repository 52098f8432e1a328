package dev.cgoguard.kinds.just;

import dev.cgoguard.gocmd.GoCommandParser;
import dev.cgoguard.gocmd.GoInvocation;
import dev.cgoguard.plan.CalledScripts;
import dev.cgoguard.plan.CommandSites;
import dev.cgoguard.plan.EvaluationProblem;
import dev.cgoguard.plan.GoCommandSite;
import dev.cgoguard.plan.GoCommandSource;
import dev.cgoguard.plan.PlanOrigin;
import dev.cgoguard.plan.PlanningContext;
import dev.cgoguard.plan.Platform;
import dev.cgoguard.plan.ShellStops;
import dev.cgoguard.plan.SourceCommands;
import dev.cgoguard.plan.WorkspacePaths;
import dev.cgoguard.shell.ScriptEvaluation;
import dev.cgoguard.shell.ShellState;
import dev.cgoguard.shell.ShellValue;
import dev.cgoguard.shell.SimpleCommand;
import dev.cgoguard.workspace.CommentSyntax;
import dev.cgoguard.workspace.FileKind;
import dev.cgoguard.workspace.MappedText;
import dev.cgoguard.workspace.SourceLocation;
import dev.cgoguard.workspace.SourceText;
import dev.cgoguard.workspace.TextRange;
import dev.cgoguard.workspace.WorkspaceFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * justfiles: each recipe line run by its own shell (the {@code set shell}, sh by default; a shebang
 * recipe as one script) from the justfile's folder, with the exported variables
 * ({@code export}, {@code set export}) in its environment and {@code {{…}}} interpolations filled in
 * where the text tells their value (a recipe parameter or a backtick is unknown).
 */
public final class JustfileKind implements GoCommandSource {
    public static final FileKind KIND = FileKind.named("justfile", "justfiles (justfile, Justfile, .justfile)", CommentSyntax.HASH,
            List.of("**/justfile", "**/Justfile", "**/JUSTFILE", "**/.justfile", "**/*.just"));
    private static final Pattern INTERPOLATION = Pattern.compile("\\{\\{(?!\\{)(.*?)\\}\\}");
    private static final Set<String> SHELLS = Set.of("sh", "bash", "dash", "zsh", "ash");

    @Override
    public List<FileKind> fileKinds() {
        return List.of(KIND);
    }

    @Override
    public SourceCommands commands(PlanningContext context, WorkspaceFile file) {
        Justfile justfile = JustfileReader.read(file.text());
        String shell = justfile.shell().get(0);
        if (!SHELLS.contains(shell.substring(shell.lastIndexOf('/') + 1))) {
            return new SourceCommands(List.of(), List.of(new EvaluationProblem("justfile", new SourceLocation(file.path(),
                    TextRange.of(0, 0, 0, 0)), "cgoguard reads recipes run by sh or bash; this justfile sets the shell " + shell,
                    "its recipes are not checked")));
        }
        Map<String, ShellValue> env = new LinkedHashMap<>();
        justfile.variables().forEach((name, value) -> {
            if (justfile.exportAll() || justfile.exported().contains(name)) {
                env.put(name, value == null ? ShellValue.unknown("$" + name + " (a value just computes)") : ShellValue.known(value));
            }
        });
        String folder = WorkspacePaths.parent(file.path());
        List<GoCommandSite> sites = new ArrayList<>();
        java.util.Set<String> filesRead = new java.util.LinkedHashSet<>();
        CalledScripts called = new CalledScripts(context.workspace(), context.cache().shell(), context.inputs().host());
        List<EvaluationProblem> incomplete = new ArrayList<>();
        for (Justfile.Recipe recipe : justfile.recipes()) {
            List<MappedText> scripts = new ArrayList<>();
            if (recipe.shebang()) {
                if (recipe.lines().isEmpty() || !FileKind.isShellShebang(recipe.lines().get(0).text())) {
                    continue;
                }
                StringBuilder body = new StringBuilder();
                recipe.lines().forEach(line -> body.append(line.text()).append('\n'));
                Justfile.Line first = recipe.lines().get(0);
                Justfile.Line last = recipe.lines().get(recipe.lines().size() - 1);
                scripts.add(expand(file.text(), body.toString(), first.startOffset(), file.text().lineEnd(last.lastLine()), justfile,
                        recipe));
            } else {
                for (Justfile.Line line : recipe.lines()) {
                    String text = line.text();
                    int skip = 0;
                    while (skip < text.length() && (text.charAt(skip) == '@' || text.charAt(skip) == '-')) {
                        skip++;
                    }
                    scripts.add(expand(file.text(), text.substring(skip), line.startOffset() + skip, file.text().lineEnd(line.lastLine()),
                            justfile, recipe));
                }
            }
            Map<String, ShellValue> recipeEnv = new LinkedHashMap<>(env);
            for (String parameter : recipe.parameters()) {
                if (justfile.exportAll()) {
                    recipeEnv.put(parameter, ShellValue.unknown("$" + parameter + ", an argument of recipe " + recipe.name()));
                }
            }
            for (MappedText script : scripts) {
                ScriptEvaluation evaluation = context.cache().shell().evaluate(script.text(), ShellState.of(recipeEnv, folder, context.inputs().host()));
                if (!evaluation.complete()) {
                    incomplete.add(ShellStops.problem(evaluation, new SourceLocation(file.path(), evaluation.stoppedAt() == null
                            ? script.fileRange() : range(script, evaluation.stoppedAt())), "recipe line"));
                }
                for (SimpleCommand command : evaluation.commands()) {
                    GoInvocation invocation = GoCommandParser.parse(command).orElse(null);
                    if (invocation == null) {
                        sites.addAll(called.sites(command, file.path() + " recipe " + recipe.name(),
                                Platform.modelled(context.inputs().host()), null, filesRead));
                        continue;
                    }
                    SourceLocation at = new SourceLocation(file.path(), command.range() == null ? range(script, TextRange.of(0, 0, 0, 0))
                            : range(script, command.range()));
                    PlanOrigin origin = new PlanOrigin(PlanOrigin.Kind.SCRIPT, file.path() + " recipe " + recipe.name(), at);
                    sites.add(CommandSites.of(origin, command, invocation, command.conditions(), command.workingDirectory(),
                            Platform.modelled(context.inputs().host()), null, null));
                }
            }
        }
        return new SourceCommands(sites, incomplete, List.of(), filesRead);
    }

    /**
     * A recipe's text with its interpolations filled in: a value the text tells, else an unknown
     * shell variable naming the expression. Without interpolations it maps to the file character by
     * character; with them, to its line.
     */
    private static MappedText expand(SourceText source, String text, int start, int end, Justfile justfile, Justfile.Recipe recipe) {
        String unescaped = text.replace("{{{{", "{{");
        if (!INTERPOLATION.matcher(text).find()) {
            return text.equals(source.text().substring(start, Math.min(source.length(), start + text.length())))
                    ? MappedText.verbatim(source, start, start + text.length())
                    : MappedText.anchored(source, unescaped, start, end);
        }
        Matcher m = INTERPOLATION.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String expression = m.group(1).strip();
            String value = recipe.parameters().contains(expression) ? null : JustExpression.evaluate(expression, justfile.variables());
            String name = expression.replaceAll("[^A-Za-z0-9_]", "_");
            m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : "${JUST_" + name + "}"));
        }
        m.appendTail(out);
        return MappedText.anchored(source, out.toString(), start, end);
    }

    /** A range of the evaluated text in the file: exact where the text is the file's, else the whole command. */
    private static TextRange range(MappedText text, TextRange inText) {
        if (text.length() > 1 && text.fileOffset(0) == text.fileOffset(text.length() - 1)) {
            return text.file().range(text.fileOffset(0), text.fileOffset(text.length()));
        }
        SourceText own = new SourceText(text.text());
        return text.fileRange(own.offsetAt(inText.start()), own.offsetAt(inText.end()));
    }
}
