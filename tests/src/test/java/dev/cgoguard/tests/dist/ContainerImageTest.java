package dev.cgoguard.tests.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Linux archive on a system without Java, and the container image the root Dockerfile
 * defines. No image registry or Docker engine is reachable here, so the image is checked as it is
 * made of: the Dockerfile is linted clean by cgoguard itself, and its instructions are carried out
 * by hand on a Debian 12 root file system without Java (the base of debian:bookworm-slim) — the
 * archive unpacked where ADD puts it, the user, the PATH, the working directory and the entry
 * point it names — as {@code docker run --rm -v "$PWD":/src -w /src IMAGE lint} would run it.
 */
class ContainerImageTest {
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{(\\w+)}|\\$(\\w+)");

    @TempDir
    Path scratch;

    @Test
    void theLinuxArchiveLintsTheExampleOnASystemWithoutJava() throws Exception {
        DebianRoot root = debianRoot();
        assertFalse(root.hasJava(), "the root file system has no Java");
        Path home = Distribution.unpackPlatform(scratch);
        Path work = Files.createDirectories(scratch.resolve("work"));
        Distribution.exampleProject(Files.createDirectories(work.resolve("tests")));
        String installed = "/opt/cgoguard-" + Distribution.version();
        Map<Path, String> binds = new LinkedHashMap<>();
        binds.put(home, installed);
        binds.put(work, "/work");
        Map<String, String> env = Map.of("PATH", "/usr/sbin:/usr/bin:/sbin:/bin");

        assertNotEquals(0, root.run(binds, "65532:65532", "/work", env, List.of("sh", "-c", "command -v java")).exit(),
                "no java inside");
        Command lint = root.run(binds, "65532:65532", "/work", env, List.of(installed + "/bin/cgoguard", "lint", "tests/example-project"));
        assertEquals(1, lint.exit(), lint.out() + lint.err());
        assertEquals(List.of("tests/example-project/Makefile:12:2: info", "tests/example-project/Makefile:16:2: error"),
                ArchivesTest.findingLines(lint.out()), lint.out());
        assertEquals("", lint.err());
    }

    @Test
    void theDockerfileIsCleanUnderCgoguard() throws Exception {
        Path dockerfile = Distribution.repository().resolve("Dockerfile");
        Command lint = Command.inherit(List.of(java(), "-jar", Distribution.serverTarget().resolve("cgoguard.jar").toString(),
                "lint", "--format", "json", "--fail-on", "hint", dockerfile.toString()), scratch, Map.of(), 60);
        assertEquals(0, lint.exit(), lint.out() + lint.err());
        assertEquals(0, JsonParser.parseString(lint.out()).getAsJsonObject().getAsJsonArray("findings").size(), lint.out());
    }

    @Test
    void theImageRunsLintAsTheDockerfileSays() throws Exception {
        Image image = Image.read(Distribution.repository().resolve("Dockerfile"));
        assertEquals("debian:bookworm-slim", image.from(), "the base the Debian 12 root file system stands for");
        assertEquals(Optional.of("server/target/cgoguard-" + Distribution.version() + "-linux-" + Distribution.arch() + ".tar.gz"),
                image.addSource(), "ADD copies the archive mvn package makes, with the version of this build");
        assertNotEquals("0", image.user().split(":")[0], "the image runs as a user other than root");
        assertNotEquals("root", image.user().split(":")[0]);
        assertEquals(List.of("lint"), image.cmd());

        DebianRoot root = debianRoot();
        Path unpacked = Files.createDirectories(scratch.resolve("unpacked"));
        Command.inherit(List.of("tar", "-xzf", Distribution.repository().resolve(image.addSource().orElseThrow()).toString(),
                "-C", unpacked.toString()), unpacked, Map.of(), 120).ok("tar");
        Path project = Distribution.exampleProject(scratch);
        Map<Path, String> binds = new LinkedHashMap<>();
        binds.put(unpacked.resolve("cgoguard-" + Distribution.version()), image.addDestination() + "cgoguard-" + Distribution.version());
        binds.put(project, "/src");
        List<String> command = new ArrayList<>(image.entrypoint());
        command.addAll(image.cmd());
        // docker run ... IMAGE lint: the entry point with the arguments given after the image
        Command run = root.run(binds, image.user(), image.workdir(), image.env(), command);
        assertEquals(1, run.exit(), run.out() + run.err());
        assertEquals(List.of("Makefile:12:2: info", "Makefile:16:2: error"), ArchivesTest.findingLines(run.out()), run.out());
        assertEquals("", run.err());
    }

    private static DebianRoot debianRoot() throws Exception {
        List<String> whyNot = new ArrayList<>();
        Optional<DebianRoot> root = DebianRoot.get(whyNot);
        Assumptions.assumeTrue(root.isPresent(), () -> String.join("; ", whyNot));
        return root.get();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The instructions of the Dockerfile this test carries out, with ARG and ENV values substituted. */
    record Image(String from, Optional<String> addSource, String addDestination, Map<String, String> env, String user,
            String workdir, List<String> entrypoint, List<String> cmd) {
        static Image read(Path dockerfile) throws Exception {
            Map<String, String> vars = new LinkedHashMap<>();
            Map<String, String> env = new LinkedHashMap<>();
            String from = null;
            String addSource = null;
            String addDestination = null;
            String user = "0";
            String workdir = "/";
            List<String> entrypoint = List.of();
            List<String> cmd = List.of();
            for (String raw : Files.readAllLines(dockerfile)) {
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String instruction = line.split("\\s+", 2)[0].toUpperCase();
                String rest = line.substring(instruction.length()).strip();
                switch (instruction) {
                    case "FROM" -> from = rest;
                    case "ARG" -> {
                        String[] kv = rest.split("=", 2);
                        vars.put(kv[0], kv.length > 1 ? kv[1] : "");
                    }
                    case "ENV" -> {
                        String[] kv = rest.split("=", 2);
                        String value = expand(kv[1], vars, "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
                        env.put(kv[0], value);
                        vars.put(kv[0], value);
                    }
                    case "ADD", "COPY" -> {
                        String[] words = rest.split("\\s+");
                        addSource = expand(words[0], vars, "");
                        addDestination = expand(words[1], vars, "");
                    }
                    case "USER" -> user = expand(rest, vars, "");
                    case "WORKDIR" -> workdir = expand(rest, vars, "");
                    case "ENTRYPOINT" -> entrypoint = jsonArray(rest);
                    case "CMD" -> cmd = jsonArray(rest);
                    default -> throw new AssertionError("an instruction this test does not carry out: " + line);
                }
            }
            if (!env.containsKey("PATH")) {
                env.put("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
            }
            return new Image(from, Optional.ofNullable(addSource), addDestination, env, user, workdir, entrypoint, cmd);
        }

        private static String expand(String text, Map<String, String> vars, String pathDefault) {
            Matcher m = VARIABLE.matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String name = m.group(1) != null ? m.group(1) : m.group(2);
                String value = vars.getOrDefault(name, name.equals("PATH") ? pathDefault : "");
                m.appendReplacement(out, Matcher.quoteReplacement(value));
            }
            return m.appendTail(out).toString();
        }

        private static List<String> jsonArray(String text) {
            List<String> words = new ArrayList<>();
            JsonParser.parseString(text).getAsJsonArray().forEach(e -> words.add(e.getAsString()));
            return words;
        }
    }
}
