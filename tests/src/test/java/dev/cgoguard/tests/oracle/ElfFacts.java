package dev.cgoguard.tests.oracle;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What readelf says about a built binary: static (no program interpreter; static-pie counts as
 * static), linked by the host's C linker (its crt1 brings {@code _start}, which calls
 * {@code __libc_start_main}; the Go linker enters at {@code _rt0_amd64_linux}), the libc linked
 * ("glibc", "musl" or "none"), which NSS lookups reached the binary through cgo ("resolver"
 * for getaddrinfo, "user" for the getpw and getgr family), the program interpreter (null for a
 * static binary), and whether any symbol carries a glibc version ({@code getaddrinfo@GLIBC_2.2.5}).
 */
record ElfFacts(boolean isStatic, boolean externallyLinked, String libc, Set<String> cgoLookups, String interpreter,
        boolean glibcSymbolVersions) {
    static final Set<String> USER_FUNCTIONS = Set.of("getpwuid_r", "getpwnam_r", "getgrgid_r", "getgrnam_r", "getgrouplist");

    static ElfFacts read(Path binary, Map<String, String> env) throws IOException, InterruptedException {
        String headers = readelf(binary, env, "-lW");
        String dynamic = readelf(binary, env, "-dW");
        String notes = readelf(binary, env, "-nW");
        String symbols = readelf(binary, env, "-sW");
        String interpreter = interpreter(headers);
        Set<String> names = symbolNames(symbols);
        return new ElfFacts(interpreter == null, names.contains("__libc_start_main"), libc(interpreter, dynamic, notes, names), lookups(names),
                interpreter, symbols.contains("@GLIBC_"));
    }

    private static String readelf(Path binary, Map<String, String> env, String option) throws IOException, InterruptedException {
        ProcessRunner.Result result = ProcessRunner.run(List.of("readelf", option, binary.toString()), binary.getParent(), env, 120);
        if (!result.ok()) {
            throw new IllegalStateException("readelf " + option + " " + binary + " failed: " + result.err());
        }
        return result.out();
    }

    /** "/lib64/ld-linux-x86-64.so.2" from "[Requesting program interpreter: ...]", or null. */
    static String interpreter(String programHeaders) {
        String marker = "Requesting program interpreter: ";
        int at = programHeaders.indexOf(marker);
        if (at < 0) {
            return null;
        }
        int end = programHeaders.indexOf(']', at);
        return programHeaders.substring(at + marker.length(), end < 0 ? programHeaders.length() : end).strip();
    }

    /**
     * Dynamic: the interpreter and NEEDED entries name the libc. Static: libc's start-up code
     * (__libc_start_main) is there or not, and glibc's crt1 carries the .note.ABI-tag that musl's lacks.
     */
    static String libc(String interpreter, String dynamicSection, String notes, Set<String> symbols) {
        if (interpreter != null) {
            if (interpreter.contains("ld-musl") || dynamicSection.contains("[libc.musl")) {
                return "musl";
            }
            if (dynamicSection.contains("[libc.so.6]")) {
                return "glibc";
            }
            if (dynamicSection.contains("[libc.so]")) {
                return "musl";
            }
            return "none";
        }
        if (!symbols.contains("__libc_start_main")) {
            return "none";
        }
        return notes.contains("NT_GNU_ABI_TAG") || notes.contains(".note.ABI-tag") ? "glibc" : "musl";
    }

    /** Symbol names from readelf -sW (both tables), version suffixes removed. */
    static Set<String> symbolNames(String symbolTables) {
        Set<String> names = new TreeSet<>();
        for (String line : symbolTables.split("\n")) {
            String[] cols = line.trim().split("\\s+");
            if (cols.length < 8 || !cols[0].endsWith(":")) {
                continue;
            }
            String name = cols[7];
            int version = name.indexOf('@');
            names.add(version < 0 ? name : name.substring(0, version));
        }
        return names;
    }

    private static Set<String> lookups(Set<String> names) {
        Set<String> lookups = new TreeSet<>();
        if (names.contains("getaddrinfo")) {
            lookups.add("resolver");
        }
        if (names.stream().anyMatch(USER_FUNCTIONS::contains)) {
            lookups.add("user");
        }
        return lookups;
    }
}
