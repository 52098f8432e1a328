package dev.cgoguard.tests.oracle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * A kind of build file a go command can be written in, the way the oracle writes one around a
 * command and, after a fix has edited it, reads back what the real toolchain must run — by the file
 * kind's own rules, not cgoguard's:
 * <ul>
 * <li>a Makefile target, run by the real {@code make};</li>
 * <li>a script, run by {@code sh};</li>
 * <li>a Dockerfile: a golang build stage (Go 1.19 on Debian 12, as Debian's own toolchain here)
 * and a Debian 12 run stage; the build stage's {@code RUN} instructions run with {@code sh -c} in the
 * project, as its {@code WORKDIR} after {@code COPY . .};</li>
 * <li>a GitHub Actions workflow on an Ubuntu runner with {@code actions/setup-go}: its {@code run:}
 * steps run with {@code bash -e}.</li>
 * </ul>
 * Docker and the runner are not here: package installs ({@code apt-get install musl-tools},
 * {@code apk add build-base}) are skipped because the host has the toolchain they install, and an
 * {@code -alpine} build stage is stood in for by {@code CC=musl-gcc}, a gcc that targets musl as
 * Alpine's does. The table names both.
 */
enum BuildFile {
    MAKEFILE("Makefile", "Makefile"),
    SCRIPT("script", "build.sh"),
    DOCKERFILE("Dockerfile", "Dockerfile"),
    WORKFLOW("workflow", ".github/workflows/build.yml");

    /** One shell command the real build runs, with the environment it adds and the shell it runs in. */
    record Step(List<String> argv, Map<String, String> env) {
    }

    private static final Pattern PACKAGE_INSTALL = Pattern.compile("\\b(apt-get|apt|apk)\\s+(\\S+\\s+)*(install|add)\\b");
    private static final Pattern ALPINE_STAGE = Pattern.compile("(?im)^FROM\\s+golang:\\S+-alpine\\S*\\s+AS\\s+build");

    private final String label;
    private final String path;

    BuildFile(String label, String path) {
        this.label = label;
        this.path = path;
    }

    String label() {
        return label;
    }

    String path() {
        return path;
    }

    /** Writes the build file with {@code command} as its go command. */
    void write(Path project, String command) throws IOException {
        String text = switch (this) {
            case MAKEFILE -> "build:\n\t" + command + "\n";
            case SCRIPT -> "#!/bin/sh\nset -e\n" + command + "\n";
            case DOCKERFILE -> "FROM golang:1.19-bookworm AS build\nWORKDIR /src\nCOPY . .\nRUN " + command + "\n\n"
                    + "FROM debian:bookworm-slim\nCOPY --from=build /src/app /app\nENTRYPOINT [\"/app\"]\n";
            case WORKFLOW -> "on: push\njobs:\n  build:\n    runs-on: ubuntu-22.04\n    steps:\n      - uses: actions/checkout@v4\n"
                    + "      - uses: actions/setup-go@v5\n        with:\n          go-version: '1.19'\n      - run: " + command + "\n";
        };
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** What the real build runs, read from the file as it is now. */
    List<Step> steps(Path project) throws IOException {
        String text = Files.readString(project.resolve(path));
        return switch (this) {
            case MAKEFILE -> List.of(new Step(List.of("make", "-s", "build"), Map.of()));
            case SCRIPT -> List.of(new Step(List.of("sh", path), Map.of()));
            case DOCKERFILE -> dockerfileSteps(text);
            case WORKFLOW -> workflowSteps(text);
        };
    }

    /** How the real build stands in for what the host cannot run, in words for the table; empty when nothing is. */
    String standIn(Path project) throws IOException {
        if (this == DOCKERFILE && ALPINE_STAGE.matcher(Files.readString(project.resolve(path))).find()) {
            return "alpine stage built with CC=musl-gcc";
        }
        return "";
    }

    private static List<Step> dockerfileSteps(String text) {
        boolean alpine = ALPINE_STAGE.matcher(text).find();
        List<Step> steps = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        boolean inBuildStage = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.regionMatches(true, 0, "FROM ", 0, 5)) {
                inBuildStage = line.matches("(?i)FROM\\s+\\S+\\s+AS\\s+build\\s*");
                continue;
            }
            if (!inBuildStage || !line.regionMatches(true, 0, "RUN ", 0, 4)) {
                continue;
            }
            StringBuilder body = new StringBuilder(line.substring(4));
            while (body.toString().endsWith("\\") && i + 1 < lines.length) {
                body.setLength(body.length() - 1);
                body.append(' ').append(lines[++i].strip());
            }
            if (PACKAGE_INSTALL.matcher(body).find()) {
                continue;
            }
            Map<String, String> env = new LinkedHashMap<>();
            if (alpine && !body.toString().contains("CC=")) {
                env.put("CC", "musl-gcc");
            }
            steps.add(new Step(List.of("sh", "-c", body.toString()), env));
        }
        return steps;
    }

    @SuppressWarnings("unchecked")
    private static List<Step> workflowSteps(String text) {
        Map<String, Object> workflow = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(text);
        Map<String, Object> jobs = (Map<String, Object>) workflow.get("jobs");
        List<Step> steps = new ArrayList<>();
        for (Object job : jobs.values()) {
            for (Object step : (List<Object>) ((Map<String, Object>) job).get("steps")) {
                Object run = ((Map<String, Object>) step).get("run");
                if (run == null) {
                    continue;
                }
                Matcher install = PACKAGE_INSTALL.matcher(run.toString());
                if (!install.find()) {
                    steps.add(new Step(List.of("bash", "-e", "-c", run.toString()), Map.of()));
                }
            }
        }
        return steps;
    }
}
