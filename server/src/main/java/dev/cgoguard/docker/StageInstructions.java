package dev.cgoguard.docker;

import dev.cgoguard.knowledge.ImageTable;
import dev.cgoguard.knowledge.PackageInstalls;
import dev.cgoguard.shell.ShellValue;
import dev.cgoguard.workspace.MappedText;
import dev.cgoguard.workspace.SourceLocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Applies the instructions inside a stage ({@code ENV}, {@code WORKDIR}, {@code RUN}, {@code COPY}, ...). */
final class StageInstructions {
    /** Directories every Linux base image has: a file copied to one of them lands inside it. */
    private static final Set<String> STANDARD_DIRECTORIES = Set.of("/", "/bin", "/sbin", "/usr/bin",
            "/usr/sbin", "/usr/local/bin", "/usr/local/sbin", "/etc", "/tmp", "/root", "/opt", "/usr/local", "/home",
            "/var", "/srv", "/usr/lib", "/lib");

    private final String path;
    private final char escape;
    private final ImageTable images;
    private final List<DockerStage> stages;
    private final List<DockerProblem> problems;

    StageInstructions(String path, char escape, ImageTable images, List<DockerStage> stages, List<DockerProblem> problems) {
        this.path = path;
        this.escape = escape;
        this.images = images;
        this.stages = stages;
        this.problems = problems;
    }

    void apply(StageState stage, DockerInstruction instruction) {
        switch (instruction.keyword()) {
            case "ENV" -> env(stage, instruction);
            case "WORKDIR" -> workdir(stage, instruction);
            case "USER" -> stage.user = expand(stage, instruction.rest().text()).orElse(null);
            case "SHELL" -> shell(stage, instruction);
            case "RUN" -> run(stage, instruction);
            case "COPY", "ADD" -> copy(stage, instruction);
            default -> {
                // CMD, ENTRYPOINT, EXPOSE, LABEL, ... do not change how the build runs
            }
        }
    }

    private void env(StageState stage, DockerInstruction instruction) {
        List<DockerArgument> args = instruction.arguments();
        if (args.isEmpty()) {
            problems.add(new DockerProblem("ENV without a variable", instruction.range()));
            return;
        }
        Map<String, ShellValue> assigned = new LinkedHashMap<>();
        String first = args.get(0).text();
        int firstEq = first.indexOf('=');
        if (firstEq > 0) {
            for (DockerArgument arg : args) {
                int eq = arg.text().indexOf('=');
                if (eq <= 0) {
                    problems.add(new DockerProblem("ENV expects name=value here: " + arg.text(), arg.range()));
                    continue;
                }
                assigned.put(arg.text().substring(0, eq), expand(stage, arg.text().substring(eq + 1)));
            }
        } else {
            // legacy form: ENV NAME the rest of the line
            String rest = instruction.rest().text();
            String value = rest.substring(Math.min(rest.length(), first.length())).strip();
            assigned.put(first, expand(stage, value));
        }
        stage.env.putAll(assigned); // every value sees the environment from before the instruction
    }

    private void workdir(StageState stage, DockerInstruction instruction) {
        ShellValue dir = expand(stage, instruction.rest().text());
        if (!dir.known()) {
            stage.workdir = null; // not known from the text: later relative paths are not known either
            return;
        }
        if (stage.workdir == null && !dir.text().startsWith("/")) {
            return;
        }
        stage.workdir = DockerPaths.resolve(stage.workdir == null ? "/" : stage.workdir, dir.text());
        stage.directories.add(stage.workdir);
    }

    private void shell(StageState stage, DockerInstruction instruction) {
        if (instruction.execForm() == null || instruction.execForm().isEmpty()) {
            problems.add(new DockerProblem("SHELL needs the JSON form, like [\"/bin/bash\", \"-c\"]", instruction.range()));
            return;
        }
        stage.shell = List.copyOf(instruction.execForm());
    }

    private void run(StageState stage, DockerInstruction instruction) {
        MappedText script = instruction.isExecForm() ? null : RunScript.of(instruction);
        List<PackageInstall> installs = script == null ? List.of() : PackageInstallScanner.scan(script.text());
        SourceLocation location = new SourceLocation(path, instruction.range());
        for (PackageInstall install : installs) {
            stage.facts = PackageInstalls.afterInstall(stage.facts, install.packages(), install.manager(),
                    path + ":" + (instruction.line() + 1));
        }
        stage.runs.add(new DockerRun(stage.index, location, script, instruction.execForm(), stage.environment(),
                stage.workdir, stage.shell, instruction.flags(), installs));
    }

    private void copy(StageState stage, DockerInstruction instruction) {
        List<String> words = new ArrayList<>();
        if (instruction.isExecForm()) {
            words.addAll(instruction.execForm());
        } else {
            instruction.arguments().forEach(a -> words.add(a.text()));
        }
        if (words.size() < 2) {
            problems.add(new DockerProblem(instruction.keyword() + " needs a source and a destination", instruction.range()));
            return;
        }
        List<String> expanded = new ArrayList<>();
        for (String word : words) {
            ShellValue value = expand(stage, word);
            expanded.add(value.known() ? value.text() : null);
        }
        String destination = expanded.get(expanded.size() - 1);
        List<String> sources = expanded.subList(0, expanded.size() - 1).stream()
                .map(s -> s == null ? "?" : s).toList();
        String absolute = null;
        if (destination != null && (destination.startsWith("/") || stage.workdir != null)) {
            absolute = DockerPaths.resolve(stage.workdir == null ? "/" : stage.workdir, destination);
        }
        boolean toDirectory = destination != null && (destination.endsWith("/") || sources.size() > 1
                || absolute != null && (STANDARD_DIRECTORIES.contains(absolute) || stage.directories.contains(absolute)));
        CopyOrigin origin = origin(stage, instruction);
        DockerCopy copy = new DockerCopy(stage.index, instruction.keyword(), origin, sources, absolute, toDirectory,
                new SourceLocation(path, instruction.range()), instruction.flags());
        stage.copies.add(copy);
        stage.facts = CopiedRuntimeFiles.afterCopy(stage.facts, copy);
    }

    private CopyOrigin origin(StageState stage, DockerInstruction instruction) {
        Optional<DockerFlag> from = instruction.flag("from");
        if (from.isEmpty() || from.get().value() == null) {
            return CopyOrigin.context();
        }
        String written = from.get().value();
        ShellValue value = expand(stage, written);
        if (!value.known()) {
            return new CopyOrigin(CopyOrigin.Kind.UNKNOWN, written, -1, null, null);
        }
        String name = value.text();
        for (DockerStage earlier : stages) {
            if (name.equalsIgnoreCase(earlier.name())) {
                return new CopyOrigin(CopyOrigin.Kind.STAGE, written, earlier.index(), null, null);
            }
        }
        if (name.chars().allMatch(Character::isDigit) && !name.isEmpty()) {
            int index = Integer.parseInt(name.length() > 6 ? "999999" : name);
            if (index < stages.size()) {
                return new CopyOrigin(CopyOrigin.Kind.STAGE, written, index, null, null);
            }
            problems.add(new DockerProblem("--from=" + name + " names no earlier stage", from.get().range()));
            return new CopyOrigin(CopyOrigin.Kind.UNKNOWN, written, -1, null, null);
        }
        return new CopyOrigin(CopyOrigin.Kind.IMAGE, written, -1, name, images.lookup(name));
    }

    private ShellValue expand(StageState stage, String word) {
        return DockerWordExpander.expand(word, escape, stage::lookup);
    }
}
