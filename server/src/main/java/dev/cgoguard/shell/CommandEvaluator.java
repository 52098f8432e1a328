package dev.cgoguard.shell;

import dev.cgoguard.condition.Condition;
import dev.cgoguard.grammars.Grammar;
import dev.cgoguard.parse.ParseCancelledException;
import dev.cgoguard.parse.Parsers;
import dev.cgoguard.parse.SyntaxTree;
import dev.cgoguard.workspace.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.treesitter.TSNode;

/**
 * Evaluates simple commands and the builtins that change the shell: prefix assignments,
 * assignments, {@code export}/{@code declare}/{@code unset}, {@code set -a}, {@code cd}/{@code pushd}/
 * {@code popd}, wrappers ({@code env}, {@code exec}, {@code command}, {@code nohup}, {@code time}),
 * nested shells ({@code sh -c}, {@code bash <<EOF}) and calls of functions defined in the script.
 */
final class CommandEvaluator {
    private static final Set<String> PLAIN_WRAPPERS = Set.of("exec", "nohup", "time", "command");

    private final ScriptRun run;
    private final SyntaxTree tree;
    /**
     * Where the commands of this text stand in the script's own text: null when this text is the
     * script's, else the command that runs it ({@code eval}, {@code sh -c}, a here-document fed to
     * a shell), which is where its commands are reported.
     */
    private final TextRange anchor;

    CommandEvaluator(ScriptRun run, SyntaxTree tree, TextRange anchor) {
        this.run = run;
        this.tree = tree;
        this.anchor = anchor;
    }

    void command(TSNode node, Scope scope, HereDocument heredoc) {
        List<TSNode> assignments = new ArrayList<>();
        List<TSNode> words = new ArrayList<>();
        for (Children entry : Children.of(node)) {
            String field = entry.field();
            TSNode child = entry.node();
            if ("name".equals(field) || "argument".equals(field)) {
                words.add(child);
            } else if (child.getType().equals("variable_assignment") && words.isEmpty()) {
                assignments.add(child);
            }
        }
        WordExpander expander = new WordExpander(scope);
        List<ShellWord> argv = new ArrayList<>();
        for (TSNode word : words) {
            argv.addAll(expander.fields(tree.text(word), wordRange(word)));
        }
        if (argv.isEmpty()) {
            assignments.forEach(assignment -> assign(assignment, scope));
            return;
        }
        CommandEnvironment environment = new CommandEnvironment(scope);
        Scope prefixScope = assignments.isEmpty() ? scope : scope.copy();
        for (TSNode assignment : assignments) {
            Assignment parsed = Assignment.read(tree, assignment, prefixScope);
            parsed.applyTo(prefixScope.variables, true);
            environment.set(parsed.name(), parsed.value());
        }
        dispatch(argv, environment, scope, prefixScope, range(node), heredoc);
    }

    private void dispatch(List<ShellWord> argv, CommandEnvironment environment, Scope scope, Scope prefixScope,
            TextRange range, HereDocument heredoc) {
        ShellWord first = argv.get(0);
        String name = first.known() ? first.text() : "";
        if (name.equals("env")) {
            int command = EnvWrapper.apply(argv, environment);
            if (command > 0 && command < argv.size()) {
                dispatch(argv.subList(command, argv.size()), environment, scope, null, range, heredoc);
                return;
            }
        } else if (PLAIN_WRAPPERS.contains(name) && argv.size() > 1 && !argv.get(1).text().startsWith("-")) {
            dispatch(argv.subList(1, argv.size()), environment, scope, prefixScope, range, heredoc);
            return;
        } else if (name.equals("xargs")) {
            List<ShellWord> command = XargsWrapper.command(argv);
            if (command != null) {
                dispatch(command, environment, scope, null, range, heredoc);
                return;
            }
        } else if (CommandWrappers.isWrapper(name)) {
            int command = CommandWrappers.commandIndex(argv, environment);
            if (command > 0) {
                dispatch(argv.subList(command, argv.size()), environment, scope, null, range, heredoc);
                return;
            }
        } else if (DockerRunWrapper.isDockerRun(argv)) {
            DockerRunWrapper.Started started = DockerRunWrapper.read(argv);
            if (started != null) {
                emit(argv, environment, scope, range);
                dispatch(argv.subList(started.command(), argv.size()), containerEnvironment(started, environment, scope),
                        containerScope(started, environment, scope), null, range, heredoc);
                return;
            }
        } else if (prefixScope != null && scope.functions.containsKey(name)) {
            call(scope.functions.get(name), argv, prefixScope == scope ? scope : prefixScope, range);
            return;
        }
        emit(argv, environment, scope, range);
        switch (name) {
            case "cd" -> changeDirectory(argv, scope);
            case "pushd" -> {
                scope.directoryStack.push(scope.workingDirectory == null ? "\0" : scope.workingDirectory);
                changeDirectory(argv, scope);
            }
            case "popd" -> {
                String top = scope.directoryStack.poll();
                scope.previousDirectory = scope.workingDirectory;
                scope.workingDirectory = top == null || top.equals("\0") ? null : top;
                scope.directoryChanges++;
                scope.inClone = null;
            }
            case "set" -> set(argv, scope);
            case "git" -> clone(argv, scope);
            case "source", "." -> source(argv, scope, range);
            case "eval" -> eval(argv, scope, range);
            case "read", "printf", "getopts", "mapfile", "readarray" -> ReadBuiltins.assignedNames(argv)
                    .forEach(variable -> scope.variables.assign(variable,
                            ShellValue.unknown("$" + variable + " read by " + name), scope.allExport));
            default -> {
                if (ShellInvocation.isShell(name)) {
                    nestedShell(ShellInvocation.of(argv), environment, scope, heredoc, range);
                } else if (first.known() && name.contains("/") && run.sources != null) {
                    runScript(argv.get(0), argv.subList(1, argv.size()), environment, scope, range, true);
                }
            }
        }
    }

    private void emit(List<ShellWord> argv, CommandEnvironment environment, Scope scope, TextRange range) {
        run.add(new SimpleCommand(List.copyOf(argv), environment.visible(), environment.workingDirectory,
                range, scope.commandConditions(),
                !scope.environmentOpen || environment.cleared(), scope.container));
    }

    /**
     * The shell inside a {@code docker run}: it sees only the {@code -e} variables (those without a
     * value, or from an {@code --env-file}, come from outside and are unknown), in the {@code -w}
     * directory, which is the script's own folder when that is bind-mounted there.
     */
    private Scope containerScope(DockerRunWrapper.Started started, CommandEnvironment outer, Scope scope) {
        Scope inside = scope.childProcess(List.of());
        inside.variables = Variables.from(ShellState.of(Map.of(), ""));
        if (started.envFile()) {
            inside.environmentOpen = true;
        }
        for (String[] variable : started.env()) {
            String text = variable[0];
            int eq = text.indexOf('=');
            String name = eq < 0 ? text : text.substring(0, eq);
            if (!EnvWrapper.isName(name)) {
                continue;
            }
            ShellValue value = eq < 0 ? outerValue(outer, name)
                    : variable[1].equals("known") ? ShellValue.known(text.substring(eq + 1)) : ShellValue.unknown(text.substring(eq + 1));
            inside.variables.assign(name, value, true);
        }
        inside.workingDirectory = containerDirectory(started, outer.workingDirectory);
        inside.container = started.container();
        return inside;
    }

    private static ShellValue outerValue(CommandEnvironment outer, String name) {
        ShellValue value = outer.visible().get(name);
        return value != null ? value : ShellValue.unknown("$" + name + " passed into the container from outside");
    }

    private CommandEnvironment containerEnvironment(DockerRunWrapper.Started started, CommandEnvironment outer, Scope scope) {
        Scope inside = containerScope(started, outer, scope);
        return new CommandEnvironment(inside);
    }

    /** The -w directory: inside the bind mount of the script's folder, the workspace folder it shows; else the container path. */
    private static String containerDirectory(DockerRunWrapper.Started started, String hostDirectory) {
        String workdir = started.workdir();
        String target = started.mountTarget();
        if (workdir == null) {
            return null;
        }
        if (target != null && hostDirectory != null) {
            String mount = target.endsWith("/") && target.length() > 1 ? target.substring(0, target.length() - 1) : target;
            if (workdir.equals(mount) || workdir.startsWith(mount + "/")) {
                String below = workdir.substring(mount.length());
                return WorkingDirectory.resolve(hostDirectory, below.isEmpty() ? "." : below.substring(1));
            }
        }
        return WorkingDirectory.resolve("/", workdir);
    }

    /**
     * {@code . FILE} and {@code source FILE}: a workspace file is read in this shell, its commands
     * placed on the {@code .} line; any other file (outside the workspace, not found, named by an
     * unknown word, past the limits) may have set anything.
     */
    private void source(List<ShellWord> argv, Scope scope, TextRange range) {
        if (argv.size() > 1 && !argv.get(1).known() && run.sources != null) {
            sourceCandidates(argv.get(1), scope, range);
            return;
        }
        String path = argv.size() > 1 && argv.get(1).known() && run.sources != null
                ? workspacePath(scope.workingDirectory, argv.get(1).text()) : null;
        SyntaxTree sourced = path == null ? null : run.readScript(path, range);
        if (sourced == null) {
            scope.environmentOpen = true;
            return;
        }
        readSourced(path, sourced, scope, range);
    }

    private void readSourced(String path, SyntaxTree sourced, Scope scope, TextRange range) {
        String reading = scope.sourcePath;
        scope.sourcePath = path;
        run.callDepth++;
        try {
            new StatementEvaluator(run, sourced, range).evaluate(sourced.root(), scope, 0);
        } finally {
            run.callDepth--;
            scope.sourcePath = reading;
        }
    }

    /**
     * {@code source "$dir/make/$bundle"}, the last name unknown: the file is one of the shell scripts
     * of that folder whose names fit the known part (not hidden ones, which are the helpers such files
     * source). Each is read as one alternative, under the condition that names it, whose truth the
     * text does not tell; a later command sees what any of them may have left.
     */
    private void sourceCandidates(ShellWord word, Scope scope, TextRange range) {
        scope.environmentOpen = true;
        SourceName name = SourceName.of(word);
        String folder = name == null ? null : WorkingDirectory.resolve(scope.workingDirectory, name.folder());
        if (folder == null || folder.startsWith("/") || folder.equals("..") || folder.startsWith("../")) {
            return;
        }
        List<String> candidates = run.sources.scripts(folder, name.pattern());
        if (candidates.size() > ScriptRun.MAX_SOURCE_CANDIDATES) {
            run.stop("the name sourced here fits " + candidates.size() + " scripts of " + folder + "; the first "
                    + ScriptRun.MAX_SOURCE_CANDIDATES + " are followed", range);
            candidates = candidates.subList(0, ScriptRun.MAX_SOURCE_CANDIDATES);
        }
        List<Scope> outcomes = new ArrayList<>();
        for (String candidate : candidates) {
            SyntaxTree sourced = run.readScript(candidate, range);
            if (sourced == null) {
                continue;
            }
            Scope alternative = scope.withCondition(Condition.uncertainCircumstance(
                    "when the file sourced, " + shown(folder, name) + ", is " + candidate));
            readSourced(candidate, sourced, alternative, range);
            outcomes.add(alternative);
        }
        for (Scope outcome : outcomes) {
            outcome.conditions = new ArrayList<>(scope.conditions);
            scope.mergeAlternative(outcome, "set by the file sourced, " + shown(folder, name));
        }
    }

    /** The name sourced, as written, in the folder it resolved to. */
    private static String shown(String folder, SourceName name) {
        return folder.isEmpty() ? name.written() : folder + "/" + name.written();
    }

    /**
     * A workspace script run as a command ({@code ./scripts/build.sh}, {@code sh scripts/build.sh}):
     * read in a new shell process that sees the exported variables, its commands placed on the line
     * that runs it. Any other program is not looked into.
     */
    private void runScript(ShellWord file, List<ShellWord> arguments, CommandEnvironment environment, Scope scope, TextRange range,
            boolean executed) {
        String path = file.known() ? workspacePath(scope.workingDirectory, file.text()) : null;
        SyntaxTree script = path == null ? null : run.readScript(path, range);
        if (script == null || executed && !isShellScript(path, script.text(script.root()))) {
            return;
        }
        Scope child = scope.childProcess(values(arguments));
        child.variables = environment.forChildProcess(scope);
        child.workingDirectory = environment.workingDirectory;
        child.scriptPath = path;
        child.sourcePath = path;
        run.callDepth++;
        try {
            new StatementEvaluator(run, script, range).evaluate(script.root(), child, 0);
        } finally {
            run.callDepth--;
        }
    }

    /** An executed file is a shell script when its shebang says so, or, without one, when its name ends in .sh or .bash. */
    private static boolean isShellScript(String path, String text) {
        int nl = text.indexOf('\n');
        String firstLine = nl < 0 ? text : text.substring(0, nl);
        if (firstLine.startsWith("#!")) {
            return dev.cgoguard.workspace.FileKind.isShellShebang(firstLine);
        }
        return path.endsWith(".sh") || path.endsWith(".bash");
    }

    /** A sourced name as a workspace path from the script's directory, or null when it leaves the workspace or is absolute. */
    private static String workspacePath(String directory, String name) {
        if (directory == null || name.isEmpty() || name.startsWith("/") || directory.startsWith("/") || name.indexOf('\0') >= 0) {
            return null;
        }
        String resolved = WorkingDirectory.resolve(directory, name);
        if (resolved == null || resolved.isEmpty() || resolved.equals("..") || resolved.startsWith("../")) {
            return null;
        }
        return resolved;
    }

    private void call(ShellFunction function, List<ShellWord> argv, Scope target, TextRange range) {
        if (run.callDepth >= ScriptRun.MAX_CALL_DEPTH) {
            tooDeep(range);
            return;
        }
        List<ShellValue> saved = target.positional;
        target.positional = values(argv.subList(1, argv.size()));
        run.callDepth++;
        try {
            new StatementEvaluator(run, function.tree(), function.anchor()).evaluate(function.body(), target, 0);
        } finally {
            run.callDepth--;
            target.positional = saved;
        }
    }

    private void nestedShell(ShellInvocation shell, CommandEnvironment environment, Scope scope, HereDocument heredoc,
            TextRange range) {
        String script = null;
        List<ShellValue> positional;
        if (shell.script() == null && !shell.readsStandardInput() && !shell.arguments().isEmpty() && run.sources != null) {
            List<ShellWord> arguments = shell.arguments();
            runScript(arguments.get(0), arguments.subList(1, arguments.size()), environment, scope, range, false);
            return;
        }
        if (shell.script() != null) {
            script = shell.script().known() ? shell.script().text() : null;
            List<ShellWord> arguments = shell.arguments();
            positional = values(arguments.isEmpty() ? arguments : arguments.subList(1, arguments.size()));
        } else if (shell.readsStandardInput() && heredoc != null) {
            script = heredoc.literal() ? heredoc.body() : expandHereDocument(heredoc.body(), scope);
            positional = values(shell.arguments());
        } else {
            return;
        }
        if (script == null) {
            return;
        }
        if (run.callDepth >= ScriptRun.MAX_CALL_DEPTH) {
            tooDeep(range);
            return;
        }
        Scope child = scope.childProcess(positional);
        child.variables = environment.forChildProcess(scope);
        child.workingDirectory = environment.workingDirectory;
        SyntaxTree nested = parse(script, range);
        if (nested == null) {
            return;
        }
        run.callDepth++;
        try {
            new StatementEvaluator(run, nested, range).evaluate(nested.root(), child, 0);
        } finally {
            run.callDepth--;
        }
    }

    private void tooDeep(TextRange range) {
        run.stop("functions, eval and nested shells call each other more than " + ScriptRun.MAX_CALL_DEPTH + " levels deep", range);
    }

    /** {@code eval} runs its joined arguments as a script in this shell; unknown text may change anything. */
    private void eval(List<ShellWord> argv, Scope scope, TextRange range) {
        StringBuilder script = new StringBuilder();
        for (ShellWord word : argv.subList(1, argv.size())) {
            if (!word.known()) {
                scope.environmentOpen = true;
                return;
            }
            script.append(script.length() > 0 ? " " : "").append(word.text());
        }
        if (run.callDepth >= ScriptRun.MAX_CALL_DEPTH) {
            tooDeep(range);
            return;
        }
        SyntaxTree nested = parse(script.toString(), range);
        if (nested == null) {
            scope.environmentOpen = true;
            return;
        }
        run.callDepth++;
        try {
            new StatementEvaluator(run, nested, range).evaluate(nested.root(), scope, 0);
        } finally {
            run.callDepth--;
        }
    }

    /** The tree of a nested script; null (the run stopped at {@code range}) when its parse was given up. */
    private SyntaxTree parse(String script, TextRange range) {
        try {
            return Parsers.parse(Grammar.BASH, script);
        } catch (ParseCancelledException e) {
            run.stop("cgoguard stopped parsing the script this command runs: " + e.getMessage(), range);
            return null;
        }
    }

    /** An unquoted here-document is expanded before the shell reads it; when that is unknown, the text is read as is. */
    private static String expandHereDocument(String body, Scope scope) {
        ShellValue expanded = WordExpander.join(new WordExpander(scope).lex(body, WordExpander.Mode.DOUBLE_QUOTED), body);
        return expanded.known() ? expanded.text() : body;
    }

    private static void changeDirectory(List<ShellWord> argv, Scope scope) {
        int i = 1;
        while (i < argv.size() && (argv.get(i).text().equals("-P") || argv.get(i).text().equals("-L")
                || argv.get(i).text().equals("-e") || argv.get(i).text().equals("--"))) {
            i++;
        }
        String old = scope.workingDirectory;
        int changesBefore = scope.directoryChanges;
        String target = null;
        if (i >= argv.size()) {
            ShellValue home = scope.variables.get("HOME");
            scope.workingDirectory = WorkingDirectory.resolve(old, home.known() ? home.text() : null);
        } else if (argv.get(i).known() && argv.get(i).text().equals("-")) {
            scope.workingDirectory = scope.previousDirectory;
        } else {
            target = argv.get(i).known() ? argv.get(i).text() : null;
            scope.workingDirectory = WorkingDirectory.resolve(old, target);
        }
        scope.previousDirectory = old;
        scope.directoryChanges++;
        if (scope.inClone != null) {
            boolean stillInClone = target != null && !target.startsWith("/") && scope.workingDirectory != null
                    && !scope.workingDirectory.startsWith("/") && !scope.workingDirectory.equals("..")
                    && !scope.workingDirectory.startsWith("../");
            if (!stillInClone) {
                // out of the clone, above its root: a folder of the machine that the workspace path does not name
                scope.workingDirectory = target != null && target.startsWith("/") ? scope.workingDirectory : null;
                scope.inClone = null;
            }
        }
        for (WorkspaceClone clone : scope.inClone == null ? scope.clones : List.<WorkspaceClone>of()) {
            String inWorkspace = clone.workspacePath(old, changesBefore, target);
            if (inWorkspace != null) {
                scope.workingDirectory = inWorkspace;
                scope.inClone = clone.condition();
                return;
            }
        }
    }

    /**
     * {@code git clone} of the workspace's own repository: the folder it makes holds this workspace
     * at the revision it checks out, which the text does not tell; a {@code cd} into it is read as
     * a {@code cd} into the workspace, under the condition that the revisions are the same.
     */
    private static void clone(List<ShellWord> argv, Scope scope) {
        GitClone clone = GitClone.read(argv);
        if (clone == null || !scope.repository.matches(clone.url())) {
            return;
        }
        String folder = WorkingDirectory.resolve(scope.workingDirectory, clone.directory());
        Condition condition = Condition.uncertainCircumstance("when the clone of " + clone.url() + " (" + clone.revision()
                + ") is this workspace's revision");
        scope.clones.add(new WorkspaceClone(folder, clone.directory(), scope.directoryChanges, condition));
    }

    private static void set(List<ShellWord> argv, Scope scope) {
        for (int i = 1; i < argv.size(); i++) {
            String text = argv.get(i).text();
            if (text.equals("--")) {
                scope.positional = values(argv.subList(i + 1, argv.size()));
                return;
            }
            if ((text.equals("-o") || text.equals("+o")) && i + 1 < argv.size()) {
                if (argv.get(++i).text().equals("allexport")) {
                    scope.allExport = text.startsWith("-");
                }
            } else if (text.length() > 1 && (text.startsWith("-") || text.startsWith("+")) && text.indexOf('a') > 0) {
                scope.allExport = text.startsWith("-");
            }
        }
    }

    /** {@code export}, {@code declare}, {@code local}, {@code readonly}, {@code typeset}. */
    void declaration(TSNode node, Scope scope) {
        String keyword = node.getChildCount() > 0 ? node.getChild(0).getType() : "";
        boolean export = keyword.equals("export");
        boolean array = false;
        boolean associative = false;
        for (TSNode child : Children.named(node)) {
            String text = tree.text(child);
            if (child.getType().equals("word") && text.startsWith("-")) {
                export |= text.indexOf('x') > 0;
                array |= text.indexOf('a') > 0;
                associative |= text.indexOf('A') > 0;
            } else if (child.getType().equals("variable_assignment")) {
                Assignment assignment = Assignment.read(tree, child, scope);
                if (associative) {
                    // associative arrays are not modelled
                    assignment = new Assignment(assignment.name(), ShellValue.unknown("associative array " + text));
                }
                assignment.applyTo(scope.variables, export || scope.allExport);
            } else if (child.getType().equals("variable_name") && (array || associative)) {
                declareArray(text, keyword.equals("local"), associative, scope);
            } else if (child.getType().equals("variable_name") && export) {
                scope.variables.export(text);
            } else if (!text.startsWith("-")) {
                declareWord(text, scope, export);
            }
        }
    }

    /**
     * {@code declare -a NAME} keeps a set value as element 0, {@code local -a NAME} starts an empty
     * array; {@code declare -A NAME} is not modelled and leaves the name unknown.
     */
    private static void declareArray(String name, boolean local, boolean associative, Scope scope) {
        if (associative) {
            scope.variables.assign(name, ShellValue.unknown("associative array " + name), scope.allExport);
        } else if (local) {
            scope.variables.assignArray(name, ShellArray.EMPTY, scope.allExport);
        } else if (!scope.variables.isArray(name)) {
            ShellArray array = scope.variables.array(name);
            if (array.exact()) {
                scope.variables.assignArray(name, array, scope.allExport);
            }
        }
    }

    /** A quoted or expanded declaration such as {@code export "A=b c"}: read after expansion. */
    private static void declareWord(String text, Scope scope, boolean export) {
        for (ShellWord word : new WordExpander(scope).fields(text, null)) {
            int eq = word.text().indexOf('=');
            if (eq > 0 && word.isKnown(0, eq + 1) && EnvWrapper.isName(word.text().substring(0, eq))) {
                String value = word.text().substring(eq + 1);
                scope.variables.assign(word.text().substring(0, eq), word.known() ? ShellValue.known(value)
                        : ShellValue.unknown(value), export || scope.allExport);
            } else if (eq < 0 && word.known() && export && EnvWrapper.isName(word.text())) {
                scope.variables.export(word.text());
            } else if (!word.known() && export) {
                scope.environmentOpen = true;
            }
        }
    }

    void unset(TSNode node, Scope scope) {
        boolean functions = false;
        for (TSNode child : Children.named(node)) {
            String text = tree.text(child);
            if (text.equals("-f")) {
                functions = true;
            } else if (!text.startsWith("-") && functions) {
                scope.functions.remove(text);
            } else if (!text.startsWith("-") && EnvWrapper.isName(text)) {
                scope.variables.unset(text);
            } else if (!text.startsWith("-")) {
                unsetElement(text, scope);
            }
        }
    }

    /** {@code unset 'a[i]'}: removes one element; an element not known makes the array unknown. */
    private static void unsetElement(String written, Scope scope) {
        List<ShellWord> words = new WordExpander(scope).fields(written, null);
        String text = words.size() == 1 && words.get(0).known() ? words.get(0).text() : "";
        java.util.regex.Matcher element = UNSET_ELEMENT.matcher(text);
        if (!element.matches() || !scope.variables.isArray(element.group(1))) {
            return;
        }
        String name = element.group(1);
        ShellArray array = scope.variables.array(name);
        Integer index = ArrayAssignment.index(element.group(2), scope, array);
        if (index == null) {
            scope.variables.assign(name, ShellValue.unknown("array " + name + " after unset " + text), false);
        } else {
            scope.variables.assignArray(name, array.without(index), false);
        }
    }

    private static final java.util.regex.Pattern UNSET_ELEMENT =
            java.util.regex.Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\[([^\\[\\]]+)]");

    void assign(TSNode node, Scope scope) {
        Assignment.read(tree, node, scope).applyTo(scope.variables, scope.allExport);
    }

    /** Where a command stands in the script's text: its own range, or the anchor's in a nested text. */
    private TextRange range(TSNode node) {
        return anchor != null ? anchor : tree.range(node);
    }

    /** Where a word stands in the script's text; null in a nested text, whose words are not written there as such. */
    private TextRange wordRange(TSNode node) {
        return anchor != null ? null : tree.range(node);
    }

    private static List<ShellValue> values(List<ShellWord> words) {
        List<ShellValue> values = new ArrayList<>(words.size());
        for (ShellWord word : words) {
            values.add(word.known() ? ShellValue.known(word.text()) : ShellValue.unknown(word.text()));
        }
        return values;
    }
}
