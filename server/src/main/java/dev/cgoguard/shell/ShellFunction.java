package dev.cgoguard.shell;

import dev.cgoguard.parse.SyntaxTree;
import dev.cgoguard.workspace.TextRange;
import org.treesitter.TSNode;

/**
 * A function defined in a script: its body node in the tree it was parsed from, and where that
 * tree's commands are reported (null: at their own place; see {@link CommandEvaluator}).
 */
record ShellFunction(String name, SyntaxTree tree, TSNode body, TextRange anchor) {
}
