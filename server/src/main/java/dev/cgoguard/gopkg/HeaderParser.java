package dev.cgoguard.gopkg;

import dev.cgoguard.grammars.Grammar;
import dev.cgoguard.parse.Parsers;
import dev.cgoguard.parse.SyntaxTree;
import dev.cgoguard.workspace.SourceLocation;
import dev.cgoguard.workspace.SourceText;
import java.util.ArrayList;
import java.util.List;
import org.treesitter.TSNode;

/**
 * Reads a Go file's header: the text is cut after the last import declaration
 * ({@link HeaderBounds}), the cut is parsed with tree-sitter Go, and the leading comments give the
 * build constraint. Never throws on bad input: a file without a package clause gets a null name.
 */
final class HeaderParser {
    private HeaderParser() {
    }

    static GoFileHeader parse(String path, String text) {
        HeaderBounds bounds = HeaderBounds.of(text);
        BuildConstraint constraint = bounds.packageStart() < 0 ? null
                : LeadingConstraint.read(text.substring(0, bounds.packageStart()));
        if (bounds.packageStart() < 0) {
            return new GoFileHeader(path, null, List.of(), null, null, List.of(), List.of());
        }
        SourceText cut = new SourceText(text.substring(0, bounds.end()));
        SyntaxTree tree = Parsers.parse(Grammar.GO, cut);
        TSNode root = tree.root();
        String packageName = null;
        List<GoImport> imports = new ArrayList<>();
        SourceLocation importC = null;
        CgoPreamble preamble = new CgoPreamble(path, cut);
        int count = root.getNamedChildCount();
        for (int i = 0; i < count; i++) {
            TSNode child = root.getNamedChild(i);
            String type = child.getType();
            if (type.equals("package_clause") && packageName == null) {
                packageName = packageNameOf(tree, child);
            } else if (type.equals("import_declaration") || isBrokenImport(child)) {
                for (TSNode spec : specsOf(child)) {
                    String importPath = pathOf(tree, spec);
                    if (importPath == null) {
                        continue;
                    }
                    SourceLocation location = new SourceLocation(path, tree.range(spec));
                    if (importPath.equals("C")) {
                        importC = importC == null ? location : importC;
                        TSNode documented = spec.getParent().getType().equals("import_declaration") ? child : spec;
                        readPreamble(tree, documented, preamble);
                    } else {
                        imports.add(new GoImport(importPath, location));
                    }
                }
            }
        }
        if (packageName == null) {
            packageName = "";
        }
        return new GoFileHeader(path, packageName, List.copyOf(imports), importC, constraint,
                List.copyOf(preamble.directives), List.copyOf(preamble.nssCalls));
    }

    /** A declaration tree-sitter could not finish (a header cut inside an import group) still yields its imports. */
    private static boolean isBrokenImport(TSNode node) {
        return node.isError() && node.getChildCount() > 0 && node.getChild(0).getType().equals("import");
    }

    private static String packageNameOf(SyntaxTree tree, TSNode clause) {
        for (int i = 0; i < clause.getNamedChildCount(); i++) {
            TSNode part = clause.getNamedChild(i);
            if (part.getType().equals("package_identifier")) {
                return tree.text(part);
            }
        }
        return "";
    }

    private static List<TSNode> specsOf(TSNode declaration) {
        List<TSNode> specs = new ArrayList<>();
        for (int i = 0; i < declaration.getNamedChildCount(); i++) {
            TSNode part = declaration.getNamedChild(i);
            if (part.getType().equals("import_spec")) {
                specs.add(part);
            } else if (part.getType().equals("import_spec_list")) {
                for (int j = 0; j < part.getNamedChildCount(); j++) {
                    TSNode spec = part.getNamedChild(j);
                    if (spec.getType().equals("import_spec")) {
                        specs.add(spec);
                    }
                }
            }
        }
        return specs;
    }

    private static String pathOf(SyntaxTree tree, TSNode spec) {
        TSNode pathNode = spec.getChildByFieldName("path");
        if (pathNode == null || pathNode.isNull() || pathNode.isMissing()) {
            return null;
        }
        String literal = tree.text(pathNode);
        if (literal.length() < 2) {
            return null;
        }
        char quote = literal.charAt(0);
        if ((quote != '"' && quote != '`') || literal.charAt(literal.length() - 1) != quote) {
            return null;
        }
        String value = literal.substring(1, literal.length() - 1);
        return value.isEmpty() ? null : value;
    }

    /** Reads the comments that directly precede {@code node} (no blank line between) as the cgo preamble. */
    private static void readPreamble(SyntaxTree tree, TSNode node, CgoPreamble preamble) {
        List<TSNode> comments = new ArrayList<>();
        int nextLine = tree.range(node).start().line();
        TSNode previous = node.getPrevSibling();
        while (previous != null && !previous.isNull() && previous.getType().equals("comment")) {
            var range = tree.range(previous);
            if (range.end().line() < nextLine - 1) {
                break;
            }
            comments.add(0, previous);
            nextLine = range.start().line();
            previous = previous.getPrevSibling();
        }
        for (TSNode comment : comments) {
            preamble.addComment(tree.startOffset(comment), tree.endOffset(comment));
        }
    }
}
