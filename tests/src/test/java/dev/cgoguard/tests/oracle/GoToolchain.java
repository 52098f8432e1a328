package dev.cgoguard.tests.oracle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real toolchain the oracle compares against: installed by tests/oracle/install-toolchain.sh
 * when missing, then asked for its Go version. {@code env} is the environment every real build
 * runs in: no module downloads, no toolchain switch, a build cache shared by all rows.
 */
record GoToolchain(String goVersion, int major, int minor, Map<String, String> env) {
    private static final Pattern VERSION = Pattern.compile("go(\\d+)\\.(\\d+)");

    /** Installs what is missing and describes the toolchain; throws with the script's one sentence otherwise. */
    static GoToolchain install(Path script, Path work) throws IOException, InterruptedException {
        if (!Files.isRegularFile(script)) {
            throw new IllegalStateException("the toolchain install script is missing: " + script);
        }
        ProcessRunner.Result installed = ProcessRunner.run(List.of("bash", script.toString()), work, Map.of(), 900);
        if (!installed.out().isBlank()) {
            System.out.println(installed.out().strip());
        }
        if (!installed.ok()) {
            throw new IllegalStateException(lastLine(installed.err()).orElse("tests/oracle/install-toolchain.sh failed (exit "
                    + installed.exit() + "): install the Debian packages golang-go, gcc, musl-tools and binutils"));
        }
        Map<String, String> env = buildEnvironment(work);
        ProcessRunner.Result version = ProcessRunner.run(List.of("go", "env", "GOVERSION"), work, env, 60);
        Matcher m = VERSION.matcher(version.out());
        if (!version.ok() || !m.find()) {
            throw new IllegalStateException("go env GOVERSION did not print a Go version: " + version.out() + version.err());
        }
        return new GoToolchain(version.out().strip(), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), env);
    }

    /** The script's one sentence: its last non-blank line on stderr. */
    static java.util.Optional<String> lastLine(String stderr) {
        String[] lines = stderr.strip().split("\n");
        String last = lines[lines.length - 1].strip();
        return last.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(last);
    }

    boolean atLeast(int wantMajor, int wantMinor) {
        return major != wantMajor ? major > wantMajor : minor >= wantMinor;
    }

    /** "1.19", as a go.mod go directive. */
    String languageVersion() {
        return major + "." + minor;
    }

    private static Map<String, String> buildEnvironment(Path work) throws IOException {
        Map<String, String> env = new HashMap<>();
        for (String inherited : List.of("CGO_ENABLED", "CC", "CXX", "CGO_CFLAGS", "CGO_LDFLAGS", "GOOS", "GOARCH",
                "GOFLAGS", "GO111MODULE", "GOENV", "GOROOT")) {
            env.put(inherited, null);
        }
        env.put("GOFLAGS", "-mod=mod");
        env.put("GOPROXY", "off");
        env.put("GOTOOLCHAIN", "local");
        env.put("GOENV", "off");
        env.put("GOCACHE", Files.createDirectories(work.resolve("gocache")).toString());
        env.put("GOPATH", Files.createDirectories(work.resolve("gopath")).toString());
        env.put("LC_ALL", "C");
        return env;
    }
}
