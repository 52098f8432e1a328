package dev.cgoguard.gopkg;

import dev.cgoguard.grammars.Grammar;
import dev.cgoguard.parse.Parsers;
import dev.cgoguard.parse.SyntaxTree;
import dev.cgoguard.workspace.SourceLocation;
import dev.cgoguard.workspace.SourceText;
import dev.cgoguard.workspace.TextRange;
import java.util.ArrayList;
import java.util.List;
import org.treesitter.TSNode;
import org.treesitter.TSTreeCursor;

/**
 * Reads a Go file's header: the text is cut after the last import declaration
 * ({@link HeaderBounds}); a plain header is read by {@link ImportReader}, any other (one with
 * {@code import "C"} and its preamble, or an unusual or broken one) from the package clause on with
 * tree-sitter Go; the leading comments give the build constraint. Never throws on bad input: a file without a package clause gets a null name.
 */
final class HeaderParser {
    private HeaderParser() {
    }

    /** A header and the tree of the text it was read from (the package clause to the last import). */
    record Parsed(GoFileHeader header, SyntaxTree tree) {
    }

    static GoFileHeader parse(String path, String text) {
        return parse(path, text, null).header();
    }

    /**
     * Reads the header of a file; {@code previous} is the tree of an earlier version's header (or
     * null), which tree-sitter then reuses where the text did not change.
     */
    static Parsed parse(String path, String text, SyntaxTree previous) {
        return parse(path, text, previous, false);
    }

    /**
     * As {@link #parse(String, String, SyntaxTree)}; a plain header (no {@code import "C"}) is read by
     * {@link ImportReader} unless {@code treeSitterOnly} (which lets a test compare the two readers).
     */
    static Parsed parse(String path, String text, SyntaxTree previous, boolean treeSitterOnly) {
        return parse(path, text, HeaderBounds.of(text), previous, treeSitterOnly);
    }

    /** As {@link #parse(String, String, SyntaxTree, boolean)}, where the header's bounds in the text are known. */
    static Parsed parse(String path, String text, HeaderBounds bounds, SyntaxTree previous, boolean treeSitterOnly) {
        BuildConstraint constraint = bounds.packageStart() < 0 ? null
                : LeadingConstraint.read(text.substring(0, bounds.packageStart()));
        if (bounds.packageStart() < 0) {
            return new Parsed(new GoFileHeader(path, null, List.of(), null, null, List.of(), List.of()), null);
        }
        SourceText cut = new SourceText(text.substring(0, bounds.end()));
        if (!treeSitterOnly) {
            ImportReader.Imports plain = ImportReader.read(path, cut, bounds.packageStart(), bounds.end());
            if (plain != null) {
                return new Parsed(new GoFileHeader(path, plain.packageName(), plain.imports(), null, constraint, List.of(),
                        List.of()), null);
            }
        }
        // Only the text from the package clause on goes to tree-sitter (licence and doc comments
        // before it hold nothing it is needed for); offsets are shifted back into the file.
        SourceText header = new SourceText(text.substring(bounds.packageStart(), bounds.end()));
        SyntaxTree parsed = previous == null ? Parsers.parse(Grammar.GO, header) : Parsers.reparse(previous, header);
        HeaderTree tree = new HeaderTree(parsed, cut, bounds.packageStart());
        // Children are visited with a cursor: indexed child access and sibling links cost time
        // linear in the number of siblings (every // line is one).
        List<TSNode> top = children(parsed.root(), 0);
        String packageName = null;
        List<GoImport> imports = new ArrayList<>();
        SourceLocation importC = null;
        CgoPreamble preamble = new CgoPreamble(path, cut);
        for (int i = 0; i < top.size(); i++) {
            TSNode child = top.get(i);
            String type = child.getType();
            if (type.equals("package_clause") && packageName == null) {
                packageName = packageNameOf(tree, child);
            } else if (type.equals("import_declaration") || isBrokenImport(child)) {
                List<TSNode> parts = children(child, 0);
                for (int j = 0; j < parts.size(); j++) {
                    TSNode part = parts.get(j);
                    if (part.getType().equals("import_spec")) {
                        importC = readSpec(tree, path, part, top, i, preamble, imports, importC);
                    } else if (part.getType().equals("import_spec_list")) {
                        List<TSNode> specs = children(part, 0);
                        for (int k = 0; k < specs.size(); k++) {
                            if (specs.get(k).getType().equals("import_spec")) {
                                importC = readSpec(tree, path, specs.get(k), specs, k, preamble, imports, importC);
                            }
                        }
                    }
                }
            }
        }
        if (packageName == null) {
            packageName = "";
        }
        return new Parsed(new GoFileHeader(path, packageName, List.copyOf(imports), importC, constraint,
                List.copyOf(preamble.directives), List.copyOf(preamble.nssCalls)), parsed);
    }

    /**
     * Reads one import spec; for {@code import "C"} also the preamble: the comments directly before
     * {@code siblings[index]} (the declaration, or the spec inside a group). Returns the import "C" location.
     */
    private static SourceLocation readSpec(HeaderTree tree, String path, TSNode spec, List<TSNode> siblings, int index,
            CgoPreamble preamble, List<GoImport> imports, SourceLocation importC) {
        int start = tree.start(spec);
        int end = tree.end(spec);
        String importPath = pathOf(tree.full().text().substring(start, end));
        if (importPath == null) {
            return importC;
        }
        SourceLocation location = new SourceLocation(path, tree.full().range(start, end));
        if (!importPath.equals("C")) {
            TSNode name = spec.getChildByFieldName("name");
            imports.add(new GoImport(importPath, location, name == null || name.isNull() ? null
                    : tree.full().text().substring(tree.start(name), tree.end(name))));
            return importC;
        }
        readPreamble(tree, siblings.get(index), siblings, index, preamble);
        return importC == null ? location : importC;
    }

    /** The parsed part of a header, with node offsets shifted into the whole header's text. */
    private record HeaderTree(SyntaxTree parsed, SourceText full, int shift) {
        int start(TSNode node) {
            return parsed.startOffset(node) + shift;
        }

        int end(TSNode node) {
            return parsed.endOffset(node) + shift;
        }

        TextRange range(TSNode node) {
            return full.range(start(node), end(node));
        }

        String text(TSNode node) {
            return full.text().substring(start(node), end(node));
        }
    }

    /** The children of a node from the first one that ends after {@code fromByte}, in order. */
    private static List<TSNode> children(TSNode node, int fromByte) {
        List<TSNode> result = new ArrayList<>();
        try (TSTreeCursor cursor = new TSTreeCursor(node)) {
            if (cursor.gotoFirstChildForByte(fromByte) < 0) {
                return result;
            }
            do {
                result.add(cursor.currentNode());
            } while (cursor.gotoNextSibling());
        }
        return result;
    }

    /** A declaration tree-sitter could not finish (a header cut inside an import group) still yields its imports. */
    private static boolean isBrokenImport(TSNode node) {
        return node.isError() && node.getChildCount() > 0 && node.getChild(0).getType().equals("import");
    }

    private static String packageNameOf(HeaderTree tree, TSNode clause) {
        for (int i = 0; i < clause.getNamedChildCount(); i++) {
            TSNode part = clause.getNamedChild(i);
            if (part.getType().equals("package_identifier")) {
                return tree.text(part);
            }
        }
        return "";
    }

    /** The import path of an import spec's text: the string literal it ends with ({@code name "path"}). */
    static String pathOf(String spec) {
        String text = spec.strip();
        if (text.length() < 2) {
            return null;
        }
        char quote = text.charAt(text.length() - 1);
        if (quote != '"' && quote != '`') {
            return null;
        }
        int open = text.lastIndexOf(quote, text.length() - 2);
        if (open < 0 || open == text.length() - 2) {
            return null;
        }
        return text.substring(open + 1, text.length() - 1);
    }

    /** Reads the comments that directly precede {@code siblings[index]} (no blank line between) as the cgo preamble. */
    private static void readPreamble(HeaderTree tree, TSNode node, List<TSNode> siblings, int index, CgoPreamble preamble) {
        List<TSNode> comments = new ArrayList<>();
        int nextLine = tree.range(node).start().line();
        for (int i = index - 1; i >= 0; i--) {
            TSNode previous = siblings.get(i);
            if (!previous.getType().equals("comment")) {
                break;
            }
            var range = tree.range(previous);
            if (range.end().line() < nextLine - 1) {
                break;
            }
            comments.add(0, previous);
            nextLine = range.start().line();
        }
        for (TSNode comment : comments) {
            preamble.addComment(tree.start(comment), tree.end(comment));
        }
    }
}
