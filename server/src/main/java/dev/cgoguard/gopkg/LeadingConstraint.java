package dev.cgoguard.gopkg;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the build constraint in the text before the package clause: a {@code //go:build} line
 * wins; otherwise the legacy {@code // +build} lines that are followed by a blank line (the go
 * command ignores those in the package's doc comment) are combined with AND.
 */
final class LeadingConstraint {
    private LeadingConstraint() {
    }

    static BuildConstraint read(String leading) {
        if (!leading.contains("go:build") && !leading.contains("+build")) {
            return null; // most files: a licence or doc comment and no constraint, not cut into lines
        }
        String[] lines = leading.split("\n", -1);
        BuildConstraint goBuild = null;
        List<Integer> plusBuildLines = new ArrayList<>();
        int lastBlank = -1;
        boolean inBlock = false;
        for (int i = 0; i < lines.length - 1; i++) { // the last piece is the package line itself
            String line = lines[i].strip();
            if (inBlock) {
                inBlock = !line.contains("*/");
                continue;
            }
            if (line.isEmpty()) {
                lastBlank = i;
            } else if (line.startsWith("/*")) {
                inBlock = !line.substring(2).contains("*/");
            } else if (line.startsWith("//go:build") && goBuild == null
                    && (line.length() == 10 || Character.isWhitespace(line.charAt(10)))) {
                goBuild = BuildConstraint.parseGoBuild(line.substring(10));
            } else if (line.startsWith("//") && line.substring(2).strip().startsWith("+build")) {
                String rest = line.substring(2).strip();
                if (rest.length() == 6 || Character.isWhitespace(rest.charAt(6))) {
                    plusBuildLines.add(i);
                }
            }
        }
        if (goBuild != null) {
            return goBuild;
        }
        List<BuildConstraint> parts = new ArrayList<>();
        for (int index : plusBuildLines) {
            if (index < lastBlank) {
                String rest = lines[index].strip().substring(2).strip().substring(6);
                BuildConstraint part = BuildConstraint.parsePlusBuild(rest);
                if (part != null) {
                    parts.add(part);
                }
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        return parts.size() == 1 ? parts.get(0) : new BuildConstraint.And(parts);
    }
}
