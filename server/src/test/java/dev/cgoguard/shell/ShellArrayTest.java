package dev.cgoguard.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Indexed bash arrays as build scripts use them to hold go flags. */
class ShellArrayTest {
    private static SimpleCommand go(String script) {
        List<SimpleCommand> found = ShellEvaluator.evaluate(script).stream().filter(c -> c.name().equals("go")).toList();
        assertEquals(1, found.size(), () -> "go commands in " + script);
        return found.get(0);
    }

    private static List<String> words(String script) {
        return go(script).argv().stream().skip(1).map(ShellWord::text).collect(Collectors.toList());
    }

    private static List<Boolean> known(String script) {
        return go(script).argv().stream().skip(2).map(ShellWord::known).collect(Collectors.toList());
    }

    @Test
    void quotedAllElementsGiveOneWordEach() {
        assertEquals(List.of("build", "-tags", "netgo osusergo", "-o", "bin/app"),
                words("F=( -tags \"netgo osusergo\" -o 'bin/app' )\ngo build \"${F[@]}\""));
        assertEquals(List.of("build", "a b", "", "c"), words("v='a b'\nF=( \"$v\" \"\" c )\ngo build \"${F[@]}\""));
    }

    @Test
    void emptyArrayGivesNoWordQuotedOrNot() {
        assertEquals(List.of("build", "."), words("F=()\ngo build \"${F[@]}\" ."));
        assertEquals(List.of("build", "."), words("F=()\ngo build ${F[@]} ."));
        assertEquals(List.of("build", "."), words("local_flags() { local -a F; go build \"${F[@]}\" .; }\nlocal_flags"));
    }

    @Test
    void starJoinsWithSpaceInQuotesAndUnquotedSplits() {
        assertEquals(List.of("build", "-tags", "a b c"), words("T=( a b )\ngo build -tags \"${T[*]} c\""));
        assertEquals(List.of("build", "-tags", "a,b"), words("T=( a b )\nIFS=,\ngo build -tags \"${T[*]}\""));
        assertEquals(List.of("build", "a", "b", "c"), words("T=( a \"b c\" )\ngo build ${T[*]}"));
        assertEquals(List.of("build", "a", "b", "c"), words("T=( a \"b c\" )\ngo build ${T[@]}"));
    }

    @Test
    void appendIndexCountAndFirstElement() {
        String script = "F=( -tags netgo )\nF+=( -ldflags \"-s -w\" )\nF[1]=\"${F[1]},osusergo\"\n";
        assertEquals(List.of("build", "-tags", "netgo,osusergo", "-ldflags", "-s -w"), words(script + "go build \"${F[@]}\""));
        assertEquals(List.of("build", "4", "netgo,osusergo", "-s -w", "-tags"),
                words(script + "go build ${#F[@]} \"${F[1]}\" \"${F[-1]}\" $F"));
        assertEquals(List.of("build", "-tags"), words(script + "go build \"${F[0]}\""));
        assertEquals(List.of("build", "14"), words(script + "go build ${#F[1]}"));
        assertEquals(List.of("build", "-tagsx", "x"), words("F=( -tags )\nF+=x\nF[1]=x\nF[0]+=\"\"\ngo build \"${F[@]}\""));
    }

    @Test
    void arraysCopyIntoArraysAndSparseIndexesKeepOrder() {
        assertEquals(List.of("build", "-v", "-tags", "a b", "-trimpath"),
                words("O=( -tags \"a b\" )\nB=( -v \"${O[@]}\" )\nB[7]=-trimpath\ngo build \"${B[@]}\""));
        assertEquals(List.of("build", "2"), words("B=( x y z )\nunset 'B[1]'\ngo build ${#B[@]}"));
        assertEquals(List.of("build", "."), words("B=( x y )\nunset B\ngo build \"${B[@]}\" ."));
        assertEquals(List.of("build", "-a", "x"), words("declare -a B=( -a x )\ngo build \"${B[@]}\""));
    }

    @Test
    void anUnknownElementStaysUnknownAndTheOthersStayKnown() {
        String script = "F=( -tags \"netgo $EXTRA\" -o bin/app )\ngo build \"${F[@]}\"";
        assertEquals(List.of("build", "-tags", "netgo $EXTRA", "-o", "bin/app"), words(script));
        assertEquals(List.of(true, false, true, true), known(script));
        ShellWord tags = go(script).argv().get(3);
        assertTrue(tags.isKnown(0, 6), "netgo is known");
        assertFalse(tags.isKnown(6, 12), "$EXTRA is not");
    }

    @Test
    void anUnquotedUnknownMakesTheCountAndLaterIndexesUnknown() {
        String script = "F=( $FLAGS -tags netgo )\n";
        assertEquals(List.of("build", "$FLAGS", "-tags", "netgo"), words(script + "go build \"${F[@]}\""));
        assertEquals(List.of(false, true, true), known(script + "go build \"${F[@]}\""));
        assertEquals(List.of(false), known(script + "go build ${#F[@]}"));
        assertEquals(List.of(false), known(script + "go build \"${F[2]}\""));
        assertEquals(List.of(false, true, true, true), known(script + "G=( \"${F[@]}\" x )\ngo build \"${G[@]}\""));
        assertEquals(List.of(false), known(script + "G=( \"${F[@]}\" x )\ngo build ${#G[@]}"));
        assertEquals(List.of(false), known("F=( a b )\nG=( \"${F[@]/a/c}\" )\ngo build ${#G[@]}"),
                "an operator on all elements is not modelled and may give several words");
    }

    @Test
    void anArrayNeverAssignedOrDifferentOnTwoPathsIsUnknown() {
        assertEquals(List.of(false, true), known("go build \"${F[@]}\" ."));
        assertEquals(List.of(false), known("if [ \"$X\" ]; then F=( a ); else F=( b c ); fi\ngo build \"${F[@]}\""));
        String appendedInBranch = "F=( -tags netgo -trimpath )\nif [ \"$X\" ]; then F+=( -buildmode=pie ); fi\n";
        assertEquals(List.of("build", "-tags", "netgo", "-trimpath", "${F[@]} set in an if statement"),
                words(appendedInBranch + "go build \"${F[@]}\""), "the elements both paths share stay known");
        assertEquals(List.of(true, true, true, false), known(appendedInBranch + "go build \"${F[@]}\""));
        assertEquals(List.of(false), known(appendedInBranch + "go build ${#F[@]}"));
        assertEquals(List.of(false, true), known("F+=( x )\ngo build \"${F[@]}\""), "F from outside may hold a value");
        assertEquals(List.of(false), known("F=( a )\nF[$I]=b\ngo build \"${F[@]}\""));
        assertEquals(List.of(false), known("declare -A M=( [k]=v )\ngo build \"${M[k]}\""));
    }

    @Test
    void anArrayIsNotExported() {
        assertFalse(go("export F\nF=( a b )\ngo build").env().containsKey("F"));
    }
}
