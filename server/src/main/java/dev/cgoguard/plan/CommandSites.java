package dev.cgoguard.plan;

import dev.cgoguard.condition.Condition;
import dev.cgoguard.condition.When;
import dev.cgoguard.gocmd.GoInvocation;
import dev.cgoguard.knowledge.ImageFacts;
import dev.cgoguard.knowledge.ImageTable;
import dev.cgoguard.shell.ContainerRun;
import dev.cgoguard.shell.ShellValue;
import dev.cgoguard.shell.SimpleCommand;
import dev.cgoguard.workspace.SourceLocation;
import java.util.List;

/**
 * The site of a go command a shell evaluation found. A command a script starts with
 * {@code docker run IMAGE …} builds in that image (its libc, C compiler and Go version, its
 * {@code --platform} or linux/amd64), whatever the file says about the script's own host; where its
 * binary then runs is not known.
 */
public final class CommandSites {
    private CommandSites() {
    }

    /**
     * @param host  the platform the script runs on
     * @param build where the script itself runs (null when not known)
     * @param run   where the binary runs (null when not known)
     */
    public static GoCommandSite of(PlanOrigin origin, SimpleCommand command, GoInvocation invocation, List<Condition> conditions,
            String workingDirectory, Platform host, BuildEnvironment build, RunEnvironment run) {
        return of(origin, command, invocation, When.all(conditions), workingDirectory, host, build, run);
    }

    /** As the other {@code of}, for a command that runs when {@code conditions} hold. */
    public static GoCommandSite of(PlanOrigin origin, SimpleCommand command, GoInvocation invocation, When conditions,
            String workingDirectory, Platform host, BuildEnvironment build, RunEnvironment run) {
        ContainerRun container = command.container();
        if (container == null) {
            return new GoCommandSite(origin, conditions, workingDirectory, host, build, run, invocation);
        }
        return new GoCommandSite(origin, conditions, command.workingDirectory(), platform(container),
                environment(container, origin.location()), null, invocation);
    }

    /** The image a {@code docker run} starts, as a build environment placed on the command. */
    public static BuildEnvironment environment(ContainerRun container, SourceLocation where) {
        ShellValue image = container.image();
        ImageFacts facts = image.known() ? ImageTable.builtIn().lookup(image.text()) : ImageFacts.unknown(image.text());
        return new BuildEnvironment("docker run " + (image.known() ? image.text() : image.source()), facts, facts.goVersion(),
                where);
    }

    private static Platform platform(ContainerRun container) {
        ShellValue platform = container.platform();
        if (platform != null && platform.known() && platform.text().contains("/")) {
            String[] parts = platform.text().split("/");
            return Platform.known(parts[0], parts[1]);
        }
        return Platform.known("linux", "amd64");
    }
}
