package dev.cgoguard.docker;

import dev.cgoguard.knowledge.ImageFacts;
import dev.cgoguard.shell.ShellValue;
import dev.cgoguard.workspace.SourceLocation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A stage while its instructions are evaluated; becomes a {@link DockerStage} at its end. */
final class StageState {
    static final List<String> DEFAULT_SHELL = List.of("/bin/sh", "-c");

    final int index;
    final String name;
    final String baseWritten;
    final ShellValue base;
    final int baseStage;
    final ImageFacts baseFacts;
    final SourceLocation fromLocation;
    final DockerPlatform platform;
    final Map<String, ShellValue> args = new LinkedHashMap<>();
    final Map<String, ShellValue> env = new LinkedHashMap<>();
    final List<DockerRun> runs = new ArrayList<>();
    final List<DockerCopy> copies = new ArrayList<>();
    /** Directories the stage's WORKDIRs created (a COPY to one of them lands inside it). */
    final Set<String> directories = new HashSet<>();
    ImageFacts facts;
    String workdir = "/";
    String user;
    List<String> shell = DEFAULT_SHELL;

    StageState(int index, String name, String baseWritten, ShellValue base, DockerStage baseStage, ImageFacts imageFacts,
            SourceLocation fromLocation, DockerPlatform platform) {
        this.index = index;
        this.name = name;
        this.baseWritten = baseWritten;
        this.base = base;
        this.baseStage = baseStage == null ? -1 : baseStage.index();
        this.fromLocation = fromLocation;
        this.platform = platform;
        if (baseStage != null) {
            this.baseFacts = baseStage.facts();
            env.putAll(baseStage.env());
            workdir = baseStage.workdir();
            if (workdir != null) {
                directories.add(workdir);
            }
            user = baseStage.user();
            shell = baseStage.shell();
        } else {
            this.baseFacts = imageFacts;
        }
        this.facts = baseFacts;
    }

    /** The value of a variable in the stage (ENV before ARG), or null when it is not defined. */
    ShellValue lookup(String variable) {
        ShellValue value = env.get(variable);
        return value != null ? value : args.get(variable);
    }

    /** The variables a {@code RUN} sees now. */
    Map<String, ShellValue> environment() {
        Map<String, ShellValue> all = new LinkedHashMap<>(args);
        all.putAll(env);
        return Collections.unmodifiableMap(all);
    }

    DockerStage toStage() {
        return new DockerStage(index, name, baseWritten, base, baseStage, baseFacts, facts, fromLocation, platform,
                Collections.unmodifiableMap(new LinkedHashMap<>(args)), Collections.unmodifiableMap(new LinkedHashMap<>(env)),
                workdir, user, shell, List.copyOf(runs), List.copyOf(copies));
    }
}
