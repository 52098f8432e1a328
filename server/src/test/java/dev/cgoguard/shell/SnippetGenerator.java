package dev.cgoguard.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates small bash snippets that define every variable they use and end in
 * {@code printf '%s\0' …}, covering quoting, expansions with defaults, field splitting, prefix
 * assignments, export, subshells, groups and nested {@code bash -c}.
 */
final class SnippetGenerator {
    private static final String[] VALUE_LITERALS = {
        "''", "a", "'a b'", "\"  lead and trail  \"", "'x  y\tz'", "\"q'uote\"", "'d\"q'", "'*.go'",
        "'-ldflags=-X a=b'", "'back\\slash'", "$'new\\nline'", "'$dollar'", "\"mixed $'\"x",
        "abc/def/ghi.tar.gz", "\"-linkmode external -extldflags '-static'\"", "1", "'  '", "v1.2.3", "'a:b::c:'", "':x : y ,z'", "' , a,,b : '",
    };
    private static final String[] EXPRESSIONS = {
        "$A", "\"$A\"", "${A}", "\"${A}\"", "${A:-def}", "\"${A:-d e}\"", "${U:-$A}", "${U:-\"$A\"}",
        "${A:+alt}", "\"${A:+a l t}\"", "${U-x y}", "${A-x}", "${#A}", "${A#a}", "${A%z}", "${A##*/}",
        "${A%%.*}", "${A%.*}", "pre$A", "\"pre${A}post\"", "'$A'", "\\$A", "$'a\\tb'", "\"a\"'b'c",
        "${U:=z w}", "$((1+2))", "$(( 2 * (3 + 4) ))", "$B$A", "\"$B\"$A", "x${A}y${B}z", "${U:-'q r'}",
        "\"${U:-'q r'}\"", "${U:-a  b}", "\"${U:-\"a  b\"}\"", "${A/a/X}", "${A//a/X}", "${A^^}", "${A:1:2}",
        "\"\"", "''", "$U", "\"$U\"", "a\\ b", "\"a\\\"b\\$c\\\\d\\e\"", "${B:-$U}", "--flag=$A",
        "-X=\"$A\"", "$A\"$B\"", "\"$A\"\"$B\"", "${U:+$A}", "${A:+\"$B\"}",
        "$'x\\'y'", "$'\\x41\\101\\u00e9'", "\"\\a\\$A\"", "'a'\\''b'", "\"${A:-\\}}\"", "${U:-\\}}",
        "\"$(( ${#A} + 1 ))\"", "${A:0:1}${B: -1}", "\"${A%%[ab]*}\"", "${A#*[-/]}", "${B//[aeiou]/_}",
        "\"${B/#a/A}\"", "${B/%z/Z}", "${A,,}", "${B^}", "${U=d}$U", "${C-c unset}", "$A$U$B",
        "\"$A\"$U\"$B\"", "\"\"$U", "${A:+x}${U:+y}", "'\"'\"'\"", "\"a b\"c' d'",
    };

    private final Random random;

    SnippetGenerator(long seed) {
        this.random = new Random(seed);
    }

    String next() {
        StringBuilder script = new StringBuilder("unset U C; A=" + pick(VALUE_LITERALS) + "; B=" + pick(VALUE_LITERALS) + "; ");
        int shape = random.nextInt(14);
        String args = arguments();
        switch (shape) {
            case 0 -> script.append("( A=changed; B=x ); ");
            case 1 -> script.append("{ A=grouped; }; ");
            case 2 -> script.append("A=" + pick(VALUE_LITERALS) + " true; ");
            case 3 -> script.append("export A; ");
            case 4 -> script.append("C=").append(pick(VALUE_LITERALS)).append("; A=$C; ");
            case 5 -> {
                script.append("export A; B=unexported; bash -c 'printf \"%s\\0\" ")
                        .append(args.replace("'", "'\\''")).append("'");
                return script.toString();
            }
            case 6 -> {
                script.append("A=$A B=\"$B\" bash -c 'printf \"%s\\0\" ").append(args.replace("'", "'\\''")).append("'");
                return script.toString();
            }
            case 7 -> {
                script.append("bash -c 'printf \"%s\\0\" \"$@\"' arg0 ").append(args);
                return script.toString();
            }
            case 8 -> script.append("A=a; A+=").append(pick(VALUE_LITERALS)).append("; ");
            case 9 -> {
                script.append("f() { printf '%s\\0' \"$@\" \"$#\" \"$1\"; }; f ").append(args);
                return script.toString();
            }
            case 10 -> {
                script.append("export A B; bash <<'END'\nprintf '%s\\0' ").append(args).append("\nEND");
                return script.toString();
            }
            case 12 -> script.append(random.nextBoolean() ? "IFS=:; " : "IFS=' :,'; ");
            case 11 -> {
                script.append("set -- ").append(args).append("; printf '%s\\0' \"$@\" $# $*");
                return script.toString();
            }
            default -> {
            }
        }
        script.append("printf '%s\\0' ").append(args);
        return script.toString();
    }

    private String arguments() {
        List<String> args = new ArrayList<>();
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            args.add(pick(EXPRESSIONS));
        }
        return String.join(" ", args);
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }
}
