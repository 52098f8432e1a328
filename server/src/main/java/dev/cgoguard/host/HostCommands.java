package dev.cgoguard.host;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers the commands build files run to learn about their host ({@code uname -m},
 * {@code go env GOARCH}, {@code env -u GOOS go env GOOS}, {@code dpkg --print-architecture},
 * {@code uname -s | tr '[:upper:]' '[:lower:]'}, {@code uname -m | sed 's/x86_64/amd64/'}) from the
 * {@link Host} model, with what they print there (trailing newlines removed). Nothing is run: a
 * command or filter not understood is not answered.
 */
public final class HostCommands {
    private static final Pattern REDIRECT = Pattern.compile("^[0-9]?>>?&?\\S*$");
    private static final Pattern SED_SUBSTITUTE = Pattern.compile("s(.)(.*?)\\1(.*?)\\1(g?)");
    private static final Pattern AWK_PRINT = Pattern.compile("\\{\\s*print\\s+\\$([0-9]+)\\s*}");

    private final Host host;

    public HostCommands(Host host) {
        this.host = host;
    }

    /** What the command prints on the host, when it is one of the questions about the host. */
    public Optional<String> answer(String command) {
        if (command == null || command.length() > 400) {
            return Optional.empty();
        }
        List<String> stages = pipeline(command);
        if (stages.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> out = source(words(stages.get(0)));
        for (int i = 1; i < stages.size() && out.isPresent(); i++) {
            String input = out.get();
            out = filter(words(stages.get(i)), input);
        }
        return out.map(String::strip);
    }

    /** The commands of a pipeline, split at unquoted {@code |}; empty for anything but a plain pipeline. */
    private static List<String> pipeline(String command) {
        List<String> stages = new ArrayList<>();
        char quote = 0;
        int start = 0;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == ';' || c == '&' || c == '`' || c == '(' || c == ')' || c == '$' || c == '\n') {
                if (c == '&' && i > 0 && command.charAt(i - 1) == '>') {
                    continue; // 2>&1
                }
                return List.of();
            } else if (c == '|') {
                if (i + 1 < command.length() && command.charAt(i + 1) == '|') {
                    return List.of();
                }
                stages.add(command.substring(start, i));
                start = i + 1;
            }
        }
        if (quote != 0) {
            return List.of();
        }
        stages.add(command.substring(start));
        return stages;
    }

    private Optional<String> source(List<String> words) {
        List<String> w = new ArrayList<>(words);
        if (!w.isEmpty() && w.get(0).equals("command")) {
            w.remove(0);
        }
        while (!w.isEmpty() && w.get(0).equals("env")) {
            w.remove(0);
            while (!w.isEmpty() && (w.get(0).equals("-u") || w.get(0).startsWith("-u") || w.get(0).contains("="))) {
                if (w.get(0).equals("-u") && w.size() > 1) {
                    w.remove(0);
                }
                w.remove(0);
            }
        }
        if (w.isEmpty()) {
            return Optional.empty();
        }
        String program = w.get(0);
        List<String> args = w.subList(1, w.size());
        if (program.equals("uname")) {
            return uname(args);
        }
        if (program.equals("arch") && args.isEmpty()) {
            return Optional.ofNullable(host.machine());
        }
        if ((program.equals("go") || program.endsWith("/go")) && args.size() >= 2 && args.get(0).equals("env")) {
            List<String> values = new ArrayList<>();
            for (String name : args.subList(1, args.size())) {
                String value = host.goEnv(name);
                if (value == null) {
                    return Optional.empty();
                }
                values.add(value);
            }
            return Optional.of(String.join("\n", values));
        }
        if (program.equals("dpkg") && args.equals(List.of("--print-architecture"))) {
            return Optional.ofNullable(host.debianArchitecture());
        }
        if (program.equals("getconf") && args.equals(List.of("LONG_BIT"))) {
            return Optional.of(List.of("386", "arm", "mips", "mipsle").contains(host.goarch()) ? "32" : "64");
        }
        return Optional.empty();
    }

    private Optional<String> uname(List<String> args) {
        List<String> out = new ArrayList<>();
        if (args.isEmpty()) {
            return Optional.ofNullable(host.kernelName());
        }
        for (String arg : args) {
            if (!arg.startsWith("-") || arg.length() < 2) {
                return Optional.empty();
            }
            String flags = arg.startsWith("--") ? longFlag(arg) : arg.substring(1);
            if (flags == null) {
                return Optional.empty();
            }
            for (char c : flags.toCharArray()) {
                switch (c) {
                    case 's' -> out.add(host.kernelName());
                    case 'm' -> out.add(host.machine());
                    case 'p' -> out.add("darwin".equals(host.goos()) ? ("arm64".equals(host.goarch()) ? "arm" : "i386")
                            : host.machine());
                    case 'o' -> out.add("linux".equals(host.goos()) ? "GNU/Linux" : host.kernelName());
                    default -> {
                        return Optional.empty();
                    }
                }
            }
        }
        return out.contains(null) ? Optional.empty() : Optional.of(String.join(" ", out));
    }

    private static String longFlag(String arg) {
        return switch (arg) {
            case "--kernel-name" -> "s";
            case "--machine" -> "m";
            case "--processor" -> "p";
            case "--operating-system" -> "o";
            default -> null;
        };
    }

    private Optional<String> filter(List<String> words, String input) {
        if (words.isEmpty()) {
            return Optional.empty();
        }
        String program = words.get(0);
        List<String> args = words.subList(1, words.size());
        return switch (program) {
            case "tr" -> translate(args, input);
            case "cut" -> cut(args, input);
            case "sed" -> sed(args, input);
            case "head" -> args.isEmpty() || args.equals(List.of("-1")) || args.equals(List.of("-n1"))
                    || args.equals(List.of("-n", "1")) ? Optional.of(input.lines().findFirst().orElse("")) : Optional.empty();
            case "awk" -> awk(args, input);
            case "xargs" -> args.isEmpty() ? Optional.of(String.join(" ", input.strip().split("\\s+"))) : Optional.empty();
            default -> Optional.empty();
        };
    }

    private static Optional<String> translate(List<String> args, String input) {
        if (args.size() != 2) {
            return Optional.empty();
        }
        String from = args.get(0).replace("[", "").replace("]", "");
        String to = args.get(1).replace("[", "").replace("]", "");
        if ((from.equals(":upper:") || from.equals("A-Z")) && (to.equals(":lower:") || to.equals("a-z"))) {
            return Optional.of(input.toLowerCase(Locale.ROOT));
        }
        if ((from.equals(":lower:") || from.equals("a-z")) && (to.equals(":upper:") || to.equals("A-Z"))) {
            return Optional.of(input.toUpperCase(Locale.ROOT));
        }
        return Optional.empty();
    }

    private static Optional<String> cut(List<String> args, String input) {
        String delimiter = "\t";
        Integer field = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("-d") && i + 1 < args.size()) {
                delimiter = args.get(++i);
            } else if (arg.startsWith("-d") && arg.length() > 2) {
                delimiter = arg.substring(2);
            } else if (arg.equals("-f") && i + 1 < args.size()) {
                field = number(args.get(++i));
            } else if (arg.startsWith("-f") && arg.length() > 2) {
                field = number(arg.substring(2));
            } else {
                return Optional.empty();
            }
        }
        if (field == null || field < 1 || delimiter.length() != 1) {
            return Optional.empty();
        }
        String[] parts = input.split(Pattern.quote(delimiter), -1);
        return Optional.of(field <= parts.length ? parts[field - 1] : parts.length == 1 ? input : "");
    }

    private static Optional<String> sed(List<String> args, String input) {
        List<String> scripts = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("-e") && i + 1 < args.size()) {
                scripts.add(args.get(++i));
            } else if (!args.get(i).startsWith("-")) {
                scripts.add(args.get(i));
            } else {
                return Optional.empty();
            }
        }
        String text = input;
        for (String script : scripts) {
            for (String part : script.split(";")) {
                Matcher m = SED_SUBSTITUTE.matcher(part.strip());
                if (!m.matches() || m.group(2).matches(".*[+?(){}|\\\\].*") || m.group(3).matches(".*[&\\\\].*")) {
                    return Optional.empty();
                }
                Pattern pattern = Pattern.compile(m.group(2));
                text = m.group(4).isEmpty() ? pattern.matcher(text).replaceFirst(Matcher.quoteReplacement(m.group(3)))
                        : pattern.matcher(text).replaceAll(Matcher.quoteReplacement(m.group(3)));
            }
        }
        return Optional.of(text);
    }

    private static Optional<String> awk(List<String> args, String input) {
        if (args.size() != 1) {
            return Optional.empty();
        }
        Matcher m = AWK_PRINT.matcher(args.get(0).strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int field = Integer.parseInt(m.group(1));
        List<String> lines = new ArrayList<>();
        for (String line : input.lines().toList()) {
            String[] fields = line.strip().split("\\s+");
            lines.add(field == 0 ? line : field <= fields.length ? fields[field - 1] : "");
        }
        return Optional.of(String.join("\n", lines));
    }

    /** The words of one command: quotes removed, redirections left out. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        words.removeIf(w -> REDIRECT.matcher(w).matches() || w.equals("/dev/null"));
        return words;
    }

    private static Integer number(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
