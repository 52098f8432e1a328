package dev.cgoguard.make;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes small random Makefiles (seeded, so a failure can be replayed) that cover assignment
 * flavours, functions, conditionals, target-specific variables, define/call/eval and includes.
 * Variables only refer to variables with a lower number, so no file refers to itself.
 */
final class MakefileGenerator {
    static final String[] WORDS = {"foo", "bar", "a.c", "b.o", "x/y.go", "lib/z.o", "-static", "main.go", "v1"};
    private static final String[] VARS = {"V0", "V1", "V2", "V3", "V4"};

    private final Random random;
    final List<String> includeLines = new ArrayList<>();

    MakefileGenerator(long seed) {
        this.random = new Random(seed);
    }

    private String word() {
        return WORDS[random.nextInt(WORDS.length)];
    }

    private String words() {
        int n = 1 + random.nextInt(3);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(word());
        }
        return String.join(" ", out);
    }

    /** An expression that may refer to variables below {@code limit}. */
    String expr(int limit, int depth) {
        int choice = random.nextInt(depth > 2 ? 3 : 26);
        String ref = limit > 0 ? VARS[random.nextInt(limit)] : null;
        if (ref == null && choice >= 2) {
            return words();
        }
        return switch (choice) {
            case 0, 1 -> words();
            case 2 -> "$(" + ref + ")";
            case 3 -> "${" + ref + "} " + word();
            case 4 -> "$(subst .o,.c," + expr(limit, depth + 1) + ")";
            case 5 -> "$(patsubst %.o,%.c," + expr(limit, depth + 1) + ")";
            case 6 -> "$(strip  " + expr(limit, depth + 1) + "  )";
            case 7 -> "$(filter %.o %.go," + expr(limit, depth + 1) + ")";
            case 8 -> "$(filter-out foo," + expr(limit, depth + 1) + ")";
            case 9 -> "$(findstring oo," + expr(limit, depth + 1) + ")";
            case 10 -> "$(word 2," + expr(limit, depth + 1) + ") $(words " + expr(limit, depth + 1) + ")";
            case 11 -> "$(firstword " + expr(limit, depth + 1) + ") $(lastword " + expr(limit, depth + 1) + ")";
            case 12 -> "$(addprefix -I," + expr(limit, depth + 1) + ") $(addsuffix .x," + expr(limit, depth + 1) + ")";
            case 13 -> "$(if $(" + ref + "),yes " + word() + ",no)";
            case 14 -> "$(or $(" + ref + "),dflt) $(and $(" + ref + "),both)";
            case 15 -> "$(foreach w," + expr(limit, depth + 1) + ",<$(w)>)";
            case 16 -> "$(dir " + expr(limit, depth + 1) + ") $(notdir " + expr(limit, depth + 1) + ")";
            case 17 -> "$(basename " + expr(limit, depth + 1) + ") $(suffix " + expr(limit, depth + 1) + ")";
            case 18 -> "$(join a b," + expr(limit, depth + 1) + ") $(sort " + expr(limit, depth + 1) + ")";
            case 19 -> "$(" + ref + ":.o=.c)";
            case 20 -> "$(" + ref + ":%.go=%.s)";
            case 21 -> "$(origin " + ref + ") $(origin NOPE) $(flavor " + ref + ")";
            case 22 -> "$(value " + ref + ")";
            case 23 -> "$(call FN," + word() + "," + expr(limit, depth + 1) + ")";
            case 24 -> "$(wordlist 1,2," + expr(limit, depth + 1) + ")";
            default -> "$(if $(filter foo,$(" + ref + ")),--name $(" + ref + "),)";
        };
    }

    private String op() {
        String[] ops = {"=", ":=", "::=", "?=", "+="};
        return ops[random.nextInt(ops.length)];
    }

    private String assignment(int index) {
        String prefix = switch (random.nextInt(8)) {
            case 0 -> "override ";
            case 1 -> "export ";
            default -> "";
        };
        return prefix + VARS[index] + " " + op() + " " + expr(index, 0);
    }

    private String conditional(int index) {
        String ref = index > 0 ? VARS[random.nextInt(index)] : "CLI";
        String head = switch (random.nextInt(6)) {
            case 0 -> "ifeq ($(" + ref + ")," + word() + ")";
            case 1 -> "ifneq \"$(" + ref + ")\" \"" + word() + "\"";
            case 2 -> "ifdef " + ref;
            case 3 -> "ifndef " + ref;
            case 4 -> "ifeq ($(strip $(CLI)),1)";
            default -> "ifneq ($(filter foo,$(" + ref + ")),)";
        };
        StringBuilder out = new StringBuilder(head).append('\n').append(assignment(index)).append('\n');
        int shape = random.nextInt(3);
        if (shape == 1) {
            out.append("else\n").append(assignment(index)).append('\n');
        } else if (shape == 2) {
            out.append("else ifeq ($(CLI),2)\n").append(assignment(index)).append('\n');
            out.append("else\n").append(VARS[index]).append(" += else").append('\n');
        }
        return out.append("endif\n").toString();
    }

    /** The main Makefile; {@link #includeLines} holds the text of inc.mk it may include. */
    String makefile() {
        StringBuilder out = new StringBuilder();
        out.append("define FN\n$(1)-$(2) $(words $(2))\nendef\n");
        for (int i = 0; i < VARS.length; i++) {
            switch (random.nextInt(7)) {
                case 0 -> out.append(conditional(i));
                case 1 -> {
                    includeLines.add(assignment(i));
                    out.append(random.nextBoolean() ? "include inc.mk\n" : "-include inc.mk\n");
                }
                case 2 -> out.append("$(eval ").append(VARS[i]).append(" := ").append(expr(i, 1)).append(")\n");
                default -> out.append(assignment(i)).append('\n');
            }
        }
        if (random.nextBoolean()) {
            out.append("t1: V").append(random.nextInt(5)).append(random.nextBoolean() ? " += " : " = ")
                    .append(expr(5, 1)).append('\n');
        }
        if (random.nextInt(4) == 0) {
            out.append("%.out: V2 += pat\n");
        }
        out.append("all: t1 t2 x.out t3 sp vars\n");
        out.append("vars: ; @echo [$(V0)] [$(V1)] [$(V2)] [$(V3)] [$(V4)] [$(value V1)] [$(flavor V4)] [$(origin V2)]\n");
        out.append("t1: t2\n\t@echo t1 ").append(expr(5, 0)).append(" $@ $<\n");
        out.append("\t-echo $(V0) \\\n\t  cont $(V1)\n");
        out.append("t2:\n\techo t2 $(V3) ").append(expr(5, 0)).append('\n');
        out.append("ifeq ($(CLI),1)\n\techo t2 cli one $(V4)\nelse\n\t@echo t2 cli other\nendif\n");
        out.append("\t$(CANNED)\n");
        out.append("define CANNED :=\necho canned $(V0)\n@echo second $$@\nendef\n");
        out.append("define RULE\n$(1): $(2)\n\t@echo rule $$@ $$^ $(3)\nendef\n");
        out.append("$(eval $(call RULE,t3,t4 t5,").append(word()).append("))\n");
        out.append("t4 t5:: ; echo dc1 $@\nt4:: ; echo dc2 $@\n");
        out.append("sp: s1.q s2.q\ns1.q s2.q: %.q: %.zz | t4\n\techo static $@ $< $* $|\n%.zz: ; echo r $@\n");
        out.append("%.out: ; @-echo $* $@ $(V2) ").append(expr(5, 0)).append('\n');
        return out.toString();
    }
}
