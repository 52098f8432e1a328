package dev.cgoguard.shell;

import java.util.List;
import java.util.Set;

/**
 * Reads {@code docker run [OPTIONS] IMAGE [COMMAND [ARG…]]} (also {@code docker container run} and
 * {@code podman run}) far enough to find the command it runs inside the image: the environment
 * given with {@code -e}, the working directory of {@code -w}, the bind mount of the script's own
 * directory ({@code -v "$PWD":/src}, {@code --mount type=bind,source=$(pwd),target=/src}) and the
 * {@code --platform}. An option it does not know leaves the command unread (nothing is guessed).
 */
final class DockerRunWrapper {
    private static final Set<String> ENGINES = Set.of("docker", "podman");
    private static final Set<String> VALUE_OPTIONS = Set.of("-a", "--attach", "--add-host", "--annotation", "--blkio-weight",
            "-c", "--cpu-shares", "--cidfile", "--cpus", "--cpuset-cpus", "--cpuset-mems", "--cap-add", "--cap-drop",
            "--cgroup-parent", "--cgroupns", "--device", "--dns", "--dns-option", "--dns-search", "-e", "--env", "--env-file",
            "--entrypoint", "--expose", "--gpus", "--group-add", "-h", "--hostname", "--health-cmd", "--health-interval",
            "--health-retries", "--health-start-period", "--health-timeout", "--ip", "--ip6", "--ipc", "--isolation",
            "-l", "--label", "--label-file", "--link", "--log-driver", "--log-opt", "-m", "--memory", "--memory-swap",
            "--memory-reservation", "--mount", "--name", "--network", "--net", "--network-alias", "--pid", "--platform",
            "-p", "--publish", "--pull", "--restart", "--runtime", "--security-opt", "--shm-size", "--stop-signal",
            "--stop-timeout", "--storage-opt", "--sysctl", "--tmpfs", "-u", "--user", "--ulimit", "--userns", "--uts",
            "-v", "--volume", "--volumes-from", "-w", "--workdir", "--detach-keys", "--oom-score-adj", "--pids-limit");
    private static final Set<String> FLAGS = Set.of("-d", "--detach", "-i", "--interactive", "-t", "--tty", "--rm", "--init",
            "--privileged", "--read-only", "-P", "--publish-all", "--sig-proxy", "--no-healthcheck", "--oom-kill-disable",
            "-q", "--quiet", "--use-api-socket");

    /** The command a {@code docker run} starts: its index in argv, environment, directory and container. */
    record Started(int command, List<String[]> env, boolean envFile, String workdir, String mountSource, String mountTarget,
            ContainerRun container) {
    }

    private DockerRunWrapper() {
    }

    static boolean isDockerRun(List<ShellWord> argv) {
        if (argv.size() < 3 || !argv.get(0).known() || !ENGINES.contains(argv.get(0).text())) {
            return false;
        }
        String verb = argv.get(1).text();
        return verb.equals("run") || verb.equals("container") && argv.get(2).text().equals("run");
    }

    /** The command started, or null when the options cannot be read or no command follows the image. */
    static Started read(List<ShellWord> argv) {
        int i = argv.get(1).text().equals("container") ? 3 : 2;
        List<String[]> env = new java.util.ArrayList<>();
        boolean envFile = false;
        String workdir = null;
        String mountSource = null;
        String mountTarget = null;
        ShellValue platform = null;
        for (; i < argv.size(); i++) {
            ShellWord word = argv.get(i);
            String text = word.text();
            if (!text.startsWith("-") || text.equals("-")) {
                break;
            }
            if (text.equals("--")) {
                i++;
                break;
            }
            int eq = text.indexOf('=');
            String name = text.startsWith("--") && eq > 0 ? text.substring(0, eq) : text;
            String value;
            boolean known;
            if (FLAGS.contains(name) || text.matches("-[dit]+") || text.startsWith("--") && eq > 0 && FLAGS.contains(name)) {
                continue;
            }
            if (!text.startsWith("--") && text.length() > 2 && VALUE_OPTIONS.contains(text.substring(0, 2))) {
                name = text.substring(0, 2);
                value = text.substring(2);
                known = word.isKnown(2, text.length());
            } else if (VALUE_OPTIONS.contains(name) && eq > 0 && text.startsWith("--")) {
                value = text.substring(eq + 1);
                known = word.isKnown(eq + 1, text.length());
            } else if (VALUE_OPTIONS.contains(name) && i + 1 < argv.size()) {
                ShellWord next = argv.get(++i);
                value = next.text();
                known = next.known();
            } else {
                return null;
            }
            switch (name) {
                case "-e", "--env" -> env.add(new String[] {value, known ? "known" : "unknown"});
                case "--env-file" -> envFile = true;
                case "-w", "--workdir" -> workdir = known ? value : null;
                case "-v", "--volume" -> {
                    String[] parts = value.split(":");
                    if (parts.length >= 2 && isOwnDirectory(parts[0], known)) {
                        mountSource = ".";
                        mountTarget = parts[1];
                    }
                }
                case "--mount" -> {
                    String source = null;
                    String target = null;
                    for (String part : value.split(",")) {
                        int at = part.indexOf('=');
                        String key = at < 0 ? part : part.substring(0, at);
                        String v = at < 0 ? "" : part.substring(at + 1);
                        if (key.equals("source") || key.equals("src")) {
                            source = v;
                        } else if (key.equals("target") || key.equals("dst") || key.equals("destination")) {
                            target = v;
                        }
                    }
                    if (source != null && target != null && isOwnDirectory(source, known)) {
                        mountSource = ".";
                        mountTarget = target;
                    }
                }
                case "--platform" -> platform = known ? ShellValue.known(value) : ShellValue.unknown(value);
                default -> {
                    // options that do not change what the command builds
                }
            }
        }
        if (i + 1 >= argv.size()) {
            return null;
        }
        ShellWord image = argv.get(i);
        ContainerRun container = new ContainerRun(image.known() ? ShellValue.known(image.text()) : ShellValue.unknown(image.text()),
                platform);
        return new Started(i + 1, env, envFile, workdir, mountSource, mountTarget, container);
    }

    private static final java.util.regex.Pattern OWN_DIRECTORY = java.util.regex.Pattern.compile(
            "(\\$\\{?PWD\\}?|\\$\\(pwd\\)|`pwd`|\\$\\(CURDIR\\)|\\$\\{CURDIR\\}|\\$\\(shell pwd\\)|<CURDIR>|\\.)/?");

    /** {@code $PWD}, {@code $(pwd)}, {@code $(CURDIR)}, {@code .}: the directory the script runs in. */
    private static boolean isOwnDirectory(String source, boolean known) {
        String s = source.replace("\"", "").replace("'", "");
        return OWN_DIRECTORY.matcher(s).matches();
    }
}
