package dev.cgoguard.cli;

import java.util.Map;
import java.util.Stack;
import picocli.CommandLine.IParameterPreprocessor;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Reads {@code --fix} and {@code --fix=RULE:ALTERNATIVE}: a choice is taken only when attached with
 * {@code =}, so that {@code lint --fix PATH} keeps PATH as the path to lint.
 */
final class FixOption implements IParameterPreprocessor {
    @Override
    public boolean preprocess(Stack<String> args, CommandSpec commandSpec, ArgSpec argSpec, Map<String, Object> info) {
        LintCommand command = (LintCommand) commandSpec.userObject();
        command.fix = true;
        // picocli says how the value was given: "=" when attached, a blank when the next argument would be taken
        boolean bare = !"=".equals(info.get("separator"));
        command.fixWithoutChoice |= bare;
        return bare;
    }
}
