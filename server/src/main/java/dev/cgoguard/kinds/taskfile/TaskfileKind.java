package dev.cgoguard.kinds.taskfile;

import dev.cgoguard.condition.Condition;
import dev.cgoguard.ci.ScalarText;
import dev.cgoguard.gocmd.GoCommandParser;
import dev.cgoguard.gocmd.GoInvocation;
import dev.cgoguard.kinds.yaml.YamlDocument;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Taskfiles of go-task v3 ({@code Taskfile.yml}): each task's {@code cmds} (a string, or the
 * {@code cmd:} of an entry; {@code task:} calls are planned as the tasks they call), each run by its
 * own shell from the task's {@code dir}, with the global and the task's {@code env}. {@code {{.NAME}}}
 * stands for a variable of the global or the task's {@code vars} with a plain value; any other
 * template (a dynamic {@code sh:} variable, {@code {{.CLI_ARGS}}}, {@code {{OS}}}) is unknown.
 */
public final class TaskfileKind implements GoCommandSource {
    public static final FileKind KIND = FileKind.named("taskfile", "Taskfiles of go-task v3 (Taskfile.yml, Taskfile.dist.yml)",
            CommentSyntax.HASH, List.of("**/Taskfile.yml", "**/Taskfile.yaml", "**/taskfile.yml", "**/taskfile.yaml",
                    "**/Taskfile.dist.yml", "**/Taskfile.dist.yaml", "**/taskfile.dist.yml", "**/taskfile.dist.yaml"));
    private static final Pattern TEMPLATE = Pattern.compile("\\{\\{(.*?)\\}\\}", Pattern.DOTALL);
    private static final Pattern VARIABLE = Pattern.compile("\\s*\\.([A-Za-z_][A-Za-z0-9_]*)\\s*");

    @Override
    public List<FileKind> fileKinds() {
        return List.of(KIND);
    }

    @Override
    public SourceCommands commands(PlanningContext context, WorkspaceFile file) {
        YamlDocument document = YamlDocument.read(file.text(), file.path());
        if (document.problem() != null) {
            return new SourceCommands(List.of(), List.of(new EvaluationProblem("taskfile", new SourceLocation(file.path(),
                    document.problem().range()), "cgoguard could not read this Taskfile: " + document.problem().message(),
                    "its tasks are not checked")));
        }
        if (!(document.root() instanceof MappingNode root)) {
            return SourceCommands.none();
        }
        String folder = WorkspacePaths.parent(file.path());
        Map<String, String> globalVars = vars(YamlDocument.get(root, "vars"), Map.of());
        boolean dotenv = YamlDocument.get(root, "dotenv") != null;
        Map<String, ShellValue> globalEnv = env(YamlDocument.get(root, "env"), globalVars);
        List<GoCommandSite> sites = new ArrayList<>();
        java.util.Set<String> filesRead = new java.util.LinkedHashSet<>();
        CalledScripts scripts = new CalledScripts(context.workspace(), context.cache().shell(), context.inputs().host());
        List<EvaluationProblem> incomplete = new ArrayList<>();
        for (NodeTuple entry : YamlDocument.entries(YamlDocument.get(root, "tasks"))) {
            String name = YamlDocument.scalar(entry.getKeyNode());
            Node task = entry.getValueNode();
            if (name == null) {
                continue;
            }
            Map<String, String> vars = vars(YamlDocument.get(task, "vars"), globalVars);
            Map<String, ShellValue> env = new LinkedHashMap<>(globalEnv);
            env.putAll(env(YamlDocument.get(task, "env"), vars));
            String dirText = YamlDocument.scalar(task, "dir");
            String dir = dirText == null ? folder : dirText.contains("{{") ? null : WorkspacePaths.join(folder, dirText);
            for (Node command : commandNodes(task)) {
                MappedText text = expand(document.source(), command, vars);
                ScriptEvaluation evaluation = context.cache().shell().evaluate(text.text(), ShellState.of(env, dir, context.inputs().host()));
                if (!evaluation.complete()) {
                    incomplete.add(ShellStops.problem(evaluation, new SourceLocation(file.path(), evaluation.stoppedAt() == null
                            ? text.fileRange() : range(text, evaluation.stoppedAt())), "task command"));
                }
                for (SimpleCommand shellCommand : evaluation.commands()) {
                    GoInvocation invocation = GoCommandParser.parse(shellCommand).orElse(null);
                    if (invocation == null) {
                        sites.addAll(scripts.sites(shellCommand, file.path() + " task " + name,
                                Platform.modelled(context.inputs().host()), null, filesRead));
                        continue;
                    }
                    SourceLocation at = new SourceLocation(file.path(), shellCommand.range() == null ? range(text, TextRange.of(0, 0, 0, 0))
                            : range(text, shellCommand.range()));
                    PlanOrigin origin = new PlanOrigin(PlanOrigin.Kind.SCRIPT, file.path() + " task " + name, at);
                    List<Condition> conditions = new ArrayList<>(shellCommand.conditions());
                    if (dotenv) {
                        conditions.add(Condition.uncertainCircumstance("when the dotenv files set nothing that changes it"));
                    }
                    sites.add(CommandSites.of(origin, shellCommand, invocation, conditions, shellCommand.workingDirectory(),
                            Platform.modelled(context.inputs().host()), null, null));
                }
            }
        }
        return new SourceCommands(sites, incomplete, List.of(), filesRead);
    }

    /** The command strings of a task: {@code cmds} items that are strings or have a {@code cmd:}; a task written as a string or list of commands. */
    private static List<Node> commandNodes(Node task) {
        List<Node> commands = new ArrayList<>();
        Node cmds = task instanceof MappingNode ? YamlDocument.get(task, "cmds") : task;
        if (cmds instanceof ScalarNode) {
            commands.add(cmds);
        }
        for (Node item : YamlDocument.items(cmds)) {
            Node command = item instanceof ScalarNode ? item : YamlDocument.get(item, "cmd");
            if (command instanceof ScalarNode) {
                commands.add(command);
            }
        }
        Node cmd = task instanceof MappingNode ? YamlDocument.get(task, "cmd") : null;
        if (cmd instanceof ScalarNode) {
            commands.add(cmd);
        }
        return commands;
    }

    /** Variables with a plain value (templates of known variables filled in); a dynamic one ({@code sh:}) is left out, so unknown. */
    private static Map<String, String> vars(Node node, Map<String, String> outer) {
        Map<String, String> vars = new LinkedHashMap<>(outer);
        for (NodeTuple entry : YamlDocument.entries(node)) {
            String name = YamlDocument.scalar(entry.getKeyNode());
            String value = YamlDocument.scalar(entry.getValueNode());
            if (name == null) {
                continue;
            }
            if (value == null) {
                vars.remove(name);
                continue;
            }
            String expanded = fill(value, vars);
            if (expanded == null) {
                vars.remove(name);
            } else {
                vars.put(name, expanded);
            }
        }
        return vars;
    }

    private static Map<String, ShellValue> env(Node node, Map<String, String> vars) {
        Map<String, ShellValue> env = new LinkedHashMap<>();
        for (NodeTuple entry : YamlDocument.entries(node)) {
            String name = YamlDocument.scalar(entry.getKeyNode());
            String value = YamlDocument.scalar(entry.getValueNode());
            if (name == null) {
                continue;
            }
            String expanded = value == null ? null : fill(value, vars);
            env.put(name, expanded == null ? ShellValue.unknown("$" + name + " set by a template or a dynamic variable")
                    : ShellValue.known(expanded));
        }
        return env;
    }

    /** A value with every template filled in, or null when one is not a known variable. */
    private static String fill(String value, Map<String, String> vars) {
        Matcher m = TEMPLATE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Matcher variable = VARIABLE.matcher(m.group(1));
            if (!variable.matches() || !vars.containsKey(variable.group(1))) {
                return null;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(vars.get(variable.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * A command with its templates filled in: a known variable by its value, anything else by an
     * unknown shell variable naming it. Without templates the text maps to the file character by
     * character; with them, every character maps to the command's place.
     */
    private static MappedText expand(SourceText source, Node command, Map<String, String> vars) {
        ScalarNode scalar = (ScalarNode) command;
        MappedText written = ScalarText.of(source, scalar);
        String value = scalar.getValue();
        if (!value.contains("{{")) {
            return written;
        }
        Matcher m = TEMPLATE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Matcher variable = VARIABLE.matcher(m.group(1));
            String replacement = variable.matches() && vars.containsKey(variable.group(1)) ? vars.get(variable.group(1))
                    : "${TASK_" + (variable.matches() ? variable.group(1) : "TEMPLATE") + "}";
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        TextRange range = written.fileRange();
        return MappedText.anchored(source, out.toString(), source.offsetAt(range.start()), source.offsetAt(range.end()));
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
