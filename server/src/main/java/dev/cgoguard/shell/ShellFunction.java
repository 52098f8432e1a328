package dev.cgoguard.shell;

import dev.cgoguard.parse.SyntaxTree;
import org.treesitter.TSNode;

/** A function defined in a script: its body node in the tree it was parsed from. */
record ShellFunction(String name, SyntaxTree tree, TSNode body, boolean rangesValid) {
}
