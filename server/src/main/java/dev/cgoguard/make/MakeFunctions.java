package dev.cgoguard.make;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * GNU Make's built-in functions over text. {@code $(shell)} is never run: its value is unknown.
 * A function whose input is unknown gives an unknown result, except the ones that only move words
 * around (they keep the unknown parts where they are).
 */
final class MakeFunctions {
    private static final Map<String, Integer> ARITY = new HashMap<>();

    static {
        for (String f : List.of("strip", "words", "firstword", "lastword", "dir", "notdir", "suffix", "basename",
                "sort", "wildcard", "realpath", "abspath", "origin", "flavor", "value", "eval", "error", "warning",
                "info", "shell")) {
            ARITY.put(f, 1);
        }
        for (String f : List.of("findstring", "filter", "filter-out", "word", "addsuffix", "addprefix", "join", "or",
                "and", "file")) {
            ARITY.put(f, f.equals("or") || f.equals("and") ? Integer.MAX_VALUE : 2);
        }
        for (String f : List.of("subst", "patsubst", "wordlist", "if", "foreach")) {
            ARITY.put(f, 3);
        }
        ARITY.put("call", Integer.MAX_VALUE);
    }

    /** The work an {@code $(eval)} is charged: a reading set up, then one unit per character of the text it reads. */
    static final int EVAL_WORK = 32;
    /** The work a {@code $(wildcard)} pattern is charged: compiled and matched against the folder's names. */
    static final int WILDCARD_WORK = 16_384;

    private final MakeExpander expander;
    private final ExpansionHost host;
    private int callArgs;

    MakeFunctions(MakeExpander expander, ExpansionHost host) {
        this.expander = expander;
        this.host = host;
    }

    boolean known(String name) {
        return ARITY.containsKey(name);
    }

    /**
     * The value of the function reference {@code $(content)} whose name ends before {@code argStart}.
     * Its text as written is made only when the value is unknown: a reference that holds megabytes is
     * not copied once more for each level it is nested in.
     */
    String call(String name, String content, int argStart, char open, char close, VariableScope scope) {
        List<String> raw = arguments(content, argStart, ARITY.get(name), open, close);
        Source source = new Source(open, content, close);
        switch (name) {
            case "if":
                return ifFunction(raw, scope, source);
            case "or":
            case "and":
                return orAnd(name.equals("or"), raw, scope, source);
            case "foreach":
                return foreach(raw, scope);
            case "call":
                return callFunction(raw, scope);
            case "value": {
                MakeVariable v = scope.lookup(expander.expand(raw.get(0), scope));
                return v == null ? "" : v.value();
            }
            default:
                break;
        }
        List<String> args = new ArrayList<>(raw.size());
        for (String a : raw) {
            args.add(expander.expand(a, scope));
        }
        return apply(name, args, scope, source);
    }

    private String apply(String name, List<String> a, VariableScope scope, Source source) {
        String first = a.isEmpty() ? "" : a.get(0);
        switch (name) {
            case "eval":
                // the text read again as Makefile lines
                if (expander.charge(EVAL_WORK + (long) first.length())) {
                    host.eval(first);
                }
                return "";
            case "error":
            case "warning":
            case "info":
            case "file":
                return "";
            case "shell":
                return host.hostAnswer(first.trim())
                        .orElseGet(() -> MakeUnknown.of("$(shell " + MakeUnknown.render(first).trim() + ")"));
            case "origin":
                return origin(first.trim(), scope);
            case "flavor": {
                MakeVariable v = scope.lookup(first.trim());
                return v == null ? (host.environment(first.trim()) != null ? "recursive" : "undefined")
                        : v.recursive() ? "recursive" : "simple";
            }
            case "strip":
                return MakeWords.join(MakeWords.split(first));
            case "addprefix":
            case "addsuffix": {
                List<String> out = new ArrayList<>();
                for (String w : MakeWords.split(arg(a, 1))) {
                    out.add(name.equals("addprefix") ? first + w : w + first);
                }
                return MakeWords.join(out);
            }
            case "subst":
                return subst(first, arg(a, 1), arg(a, 2));
            case "patsubst": {
                List<String> out = new ArrayList<>();
                for (String w : MakeWords.split(arg(a, 2))) {
                    out.add(MakeUnknown.contains(w) ? w : MakeWords.patsubst(first.trim(), arg(a, 1).trim(), w));
                }
                return MakeWords.join(out);
            }
            default:
                break;
        }
        for (String arg : a) {
            if (MakeUnknown.contains(arg)) {
                return source.unknown();
            }
        }
        return known(name, a, first);
    }

    private String known(String name, List<String> a, String first) {
        List<String> words = MakeWords.split(first);
        switch (name) {
            case "findstring":
                return arg(a, 1).contains(first) ? first : "";
            case "filter":
            case "filter-out": {
                List<String> patterns = words;
                List<String> out = new ArrayList<>();
                for (String w : MakeWords.split(arg(a, 1))) {
                    boolean hit = patterns.stream().anyMatch(p -> MakeWords.matches(p, w));
                    if (hit == name.equals("filter")) {
                        out.add(w);
                    }
                }
                return MakeWords.join(out);
            }
            case "sort":
                return MakeWords.join(new ArrayList<>(new TreeSet<>(words)));
            case "words":
                return Integer.toString(words.size());
            case "firstword":
                return words.isEmpty() ? "" : words.get(0);
            case "lastword":
                return words.isEmpty() ? "" : words.get(words.size() - 1);
            case "word": {
                int n = number(first);
                List<String> list = MakeWords.split(arg(a, 1));
                return n >= 1 && n <= list.size() ? list.get(n - 1) : "";
            }
            case "wordlist": {
                int s = number(first);
                int e = number(arg(a, 1));
                List<String> list = MakeWords.split(arg(a, 2));
                if (s < 1 || s > list.size() || e < s) {
                    return "";
                }
                return MakeWords.join(list.subList(s - 1, Math.min(e, list.size())));
            }
            case "join": {
                List<String> other = MakeWords.split(arg(a, 1));
                List<String> out = new ArrayList<>();
                for (int i = 0; i < Math.max(words.size(), other.size()); i++) {
                    out.add((i < words.size() ? words.get(i) : "") + (i < other.size() ? other.get(i) : ""));
                }
                return MakeWords.join(out);
            }
            case "wildcard": {
                Set<String> out = new LinkedHashSet<>();
                for (String w : words) {
                    if (!expander.charge(WILDCARD_WORK)) {
                        return MakeUnknown.of("expansion budget spent");
                    }
                    out.addAll(host.wildcard(w));
                }
                return MakeWords.join(new ArrayList<>(out));
            }
            default:
                return perWord(name, words);
        }
    }

    private String perWord(String name, List<String> words) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            int dot = MakeWords.suffixDot(w);
            switch (name) {
                case "dir" -> out.add(MakeWords.dir(w));
                case "notdir" -> out.add(MakeWords.notdir(w));
                case "suffix" -> {
                    if (dot >= 0) {
                        out.add(w.substring(dot));
                    }
                }
                case "basename" -> out.add(dot >= 0 ? w.substring(0, dot) : w);
                case "abspath", "realpath" -> out.add(absolute(w));
                default -> out.add(w);
            }
        }
        return MakeWords.join(out);
    }

    private String absolute(String path) {
        String full = path.startsWith("/") ? path : host.curdir() + "/" + path;
        List<String> parts = new ArrayList<>();
        for (String p : full.split("/")) {
            if (p.isEmpty() || p.equals(".")) {
                continue;
            }
            if (p.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else {
                parts.add(p);
            }
        }
        return "/" + String.join("/", parts);
    }

    private String ifFunction(List<String> raw, VariableScope scope, Source source) {
        String condition = expander.expand(raw.get(0).strip(), scope);
        if (MakeUnknown.contains(condition)) {
            return source.unknown();
        }
        if (!condition.isEmpty()) {
            return raw.size() > 1 ? expander.expand(raw.get(1), scope) : "";
        }
        return raw.size() > 2 ? expander.expand(raw.get(2), scope) : "";
    }

    private String orAnd(boolean or, List<String> raw, VariableScope scope, Source source) {
        String last = "";
        for (String r : raw) {
            String value = expander.expand(r.strip(), scope);
            if (MakeUnknown.contains(value)) {
                return source.unknown();
            }
            if (or && !value.isEmpty()) {
                return value;
            }
            if (!or && value.isEmpty()) {
                return "";
            }
            last = value;
        }
        return or ? "" : last;
    }

    private String foreach(List<String> raw, VariableScope scope) {
        String var = expander.expand(raw.get(0), scope).trim();
        String list = expander.expand(arg(raw, 1), scope);
        String body = arg(raw, 2);
        List<String> out = new ArrayList<>();
        for (String w : MakeWords.split(list)) {
            Map<String, MakeVariable> bound = Map.of(var, MakeVariable.simple(var, w, MakeVariable.Origin.AUTOMATIC));
            out.add(expander.expand(body, scope.with(bound)));
        }
        return String.join(" ", out);
    }

    private String callFunction(List<String> raw, VariableScope scope) {
        List<String> args = new ArrayList<>();
        for (String r : raw) {
            args.add(expander.expand(r, scope));
        }
        String name = args.get(0).trim();
        Map<String, MakeVariable> bound = new HashMap<>();
        int previous = callArgs;
        int count = Math.max(args.size() - 1, previous);
        bound.put("0", MakeVariable.simple("0", name, MakeVariable.Origin.AUTOMATIC));
        for (int i = 1; i <= count; i++) {
            String value = i < args.size() ? args.get(i) : "";
            bound.put(Integer.toString(i), MakeVariable.simple(Integer.toString(i), value, MakeVariable.Origin.AUTOMATIC));
        }
        callArgs = count;
        try {
            return expander.called(name, scope.with(bound));
        } finally {
            callArgs = previous;
        }
    }

    private String origin(String name, VariableScope scope) {
        MakeVariable v = scope.lookup(name);
        if (v != null) {
            return v.origin().text;
        }
        if (host.environment(name) != null) {
            return "environment";
        }
        return host.environmentUnknown(name) ? MakeUnknown.of("$(origin " + name + ")") : "undefined";
    }

    private static String subst(String from, String to, String text) {
        if (from.isEmpty()) {
            return text + to;
        }
        return text.replace(from, to);
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String arg(List<String> args, int i) {
        return i < args.size() ? args.get(i) : "";
    }

    /** Splits a function's argument text at top-level commas into at most {@code max} arguments. */
    /** A function reference as written, {@code $(content)} or <code>${content}</code>. */
    private record Source(char open, String content, char close) {
        /** The reference's value when one of its arguments is unknown: the whole reference, unknown. */
        String unknown() {
            String text = new StringBuilder(content.length() + 3).append('$').append(open).append(content).append(close).toString();
            return MakeUnknown.of(MakeUnknown.render(text));
        }
    }

    /** The arguments of a function, split at its top-level commas, from {@code from} on. */
    static List<String> arguments(String text, int from, int max, char open, char close) {
        List<String> out = new ArrayList<>();
        int count = 0;
        int start = from;
        for (int i = from; i < text.length() && out.size() < max - 1; i++) {
            char c = text.charAt(i);
            if (c == open) {
                count++;
            } else if (c == close) {
                count--;
            } else if (c == ',' && count <= 0) {
                out.add(text.substring(start, i));
                start = i + 1;
            }
        }
        out.add(text.substring(start));
        return out;
    }
}
