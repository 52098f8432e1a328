package dev.cgoguard.tests.dist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Debian 12 root file system without Java (debootstrap's minbase variant, the base of
 * debian:bookworm-slim), made once into ~/.cache/cgoguard and reused; commands run in it with
 * chroot, in a mount namespace of their own with /proc mounted and host folders bound in, as a
 * container runtime would. It needs root (CI runs as root on this machine); elsewhere it is not
 * available and says why.
 */
final class DebianRoot {
    private static final String MIRROR = "http://deb.debian.org/debian";

    private final Path root;

    private DebianRoot(Path root) {
        this.root = root;
    }

    /** The cached root file system, made now when it is missing; empty (with the reason) where it cannot be made. */
    static Optional<DebianRoot> get(List<String> whyNot) throws IOException, InterruptedException {
        Path cache = Paths.get(System.getProperty("user.home"), ".cache", "cgoguard", "debian-bookworm-minbase");
        if (!"0".equals(Command.inherit(List.of("id", "-u"), Paths.get("/"), Map.of(), 10).out().strip())) {
            whyNot.add("a chroot needs root; run the tests as root to check the archive in a system without Java");
            return Optional.empty();
        }
        if (Files.exists(cache.resolve(".complete"))) {
            return Optional.of(new DebianRoot(cache));
        }
        if (Command.inherit(List.of("sh", "-c", "command -v debootstrap"), Paths.get("/"), Map.of(), 10).exit() != 0) {
            Command install = Command.inherit(List.of("apt-get", "install", "-y", "debootstrap"), Paths.get("/"),
                    Map.of("DEBIAN_FRONTEND", "noninteractive"), 600);
            if (install.exit() != 0) {
                Command.inherit(List.of("apt-get", "update"), Paths.get("/"), Map.of("DEBIAN_FRONTEND", "noninteractive"), 600);
                install = Command.inherit(List.of("apt-get", "install", "-y", "debootstrap"), Paths.get("/"),
                        Map.of("DEBIAN_FRONTEND", "noninteractive"), 600);
            }
            if (install.exit() != 0) {
                whyNot.add("debootstrap is missing and could not be installed (apt-get install -y debootstrap)");
                return Optional.empty();
            }
        }
        Path partial = cache.resolveSibling(cache.getFileName() + ".partial");
        Command.inherit(List.of("rm", "-rf", partial.toString()), Paths.get("/"), Map.of(), 120);
        Files.createDirectories(partial.getParent());
        Command made = Command.inherit(List.of("debootstrap", "--variant=minbase", "bookworm", partial.toString(), MIRROR),
                Paths.get("/"), Map.of(), 1200);
        if (made.exit() != 0) {
            whyNot.add("debootstrap --variant=minbase bookworm failed: " + made.err().strip());
            return Optional.empty();
        }
        Command.inherit(List.of("rm", "-rf", cache.toString()), Paths.get("/"), Map.of(), 120);
        Files.move(partial, cache);
        Files.writeString(cache.resolve(".complete"), "debootstrap --variant=minbase bookworm " + MIRROR + "\n");
        return Optional.of(new DebianRoot(cache));
    }

    /** Whether the root file system has a Java anywhere a program would find it. */
    boolean hasJava() {
        return Files.exists(root.resolve("usr/bin/java")) || Files.exists(root.resolve("usr/lib/jvm"));
    }

    /**
     * Runs {@code command} in the root file system as {@code user} ({@code uid:gid}), in
     * {@code workdir}, with only the environment {@code env}, each host folder of {@code binds}
     * mounted at its path inside.
     */
    Command run(Map<Path, String> binds, String user, String workdir, Map<String, String> env, List<String> command)
            throws IOException, InterruptedException {
        Map<Path, String> mounts = new LinkedHashMap<>(binds);
        Path tmp = Files.createTempDirectory("cgoguard-rootfs-tmp");
        Command.inherit(List.of("chmod", "1777", tmp.toString()), tmp, Map.of(), 10).ok("chmod");
        mounts.put(tmp, "/tmp"); // a /tmp of its own: nothing a run leaves stays in the cached root
        StringBuilder script = new StringBuilder("set -e\n");
        List<String> args = new ArrayList<>(List.of("/usr/bin/unshare", "--mount", "--pid", "--fork",
                "--mount-proc=" + root.resolve("proc"), "sh", "-c"));
        int index = 1;
        List<String> positional = new ArrayList<>();
        for (Map.Entry<Path, String> bind : mounts.entrySet()) {
            Path inside = root.resolve(bind.getValue().substring(1));
            Files.createDirectories(inside);
            script.append("mount --bind \"$").append(index).append("\" \"$").append(index + 1).append("\"\n");
            positional.add(bind.getKey().toString());
            positional.add(inside.toString());
            index += 2;
        }
        script.append("shift ").append(positional.size()).append('\n');
        script.append("exec chroot --userspec=").append(user).append(' ').append(root)
                .append(" /bin/sh -c 'cd \"$0\" && exec \"$@\"' \"$@\"\n");
        args.add(script.toString());
        args.add("rootfs");
        args.addAll(positional);
        args.add(workdir);
        args.addAll(command);
        return Command.run(args, Paths.get("/"), env, 300);
    }
}
