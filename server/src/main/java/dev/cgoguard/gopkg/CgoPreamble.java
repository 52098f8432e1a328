package dev.cgoguard.gopkg;

import dev.cgoguard.parse.QuotedWords;
import dev.cgoguard.workspace.SourceLocation;
import dev.cgoguard.workspace.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the cgo preamble (the comment directly before {@code import "C"}): its {@code #cgo} lines
 * and the calls in its C code of glibc functions that need NSS or dlopen at run time.
 */
final class CgoPreamble {
    /** getpw*, getgr*, getgrouplist, initgroups, getaddrinfo, gethostby*, getservby*, dlopen. */
    private static final Pattern NSS_CALL = Pattern.compile(
            "\\b(getpw[a-z_]*|getgr[a-z_]*|initgroups|getaddrinfo|gethostby[a-z0-9_]*|getservby[a-z_]*|dlopen)\\s*\\(");
    private static final Pattern CGO_LINE = Pattern.compile("^\\s*#cgo\\s+([^:]*):(.*)$");

    private final String path;
    private final SourceText source;
    final List<CgoDirective> directives = new ArrayList<>();
    final List<NssCall> nssCalls = new ArrayList<>();

    CgoPreamble(String path, SourceText source) {
        this.path = path;
        this.source = source;
    }

    /** Reads one comment of the preamble, given by its character range in the file. */
    void addComment(int start, int end) {
        String raw = source.text().substring(start, end);
        int bodyStart = start + 2;
        int bodyEnd = raw.startsWith("/*") && raw.endsWith("*/") && raw.length() >= 4 ? end - 2 : end;
        String text = source.text();
        int lineStart = bodyStart;
        while (lineStart <= bodyEnd) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 || nl > bodyEnd ? bodyEnd : nl;
            readLine(text.substring(lineStart, lineEnd), lineStart);
            lineStart = lineEnd + 1;
        }
    }

    private void readLine(String line, int offset) {
        Matcher cgo = CGO_LINE.matcher(line);
        if (cgo.matches()) {
            String[] fields = cgo.group(1).trim().split("\\s+");
            String variable = fields[fields.length - 1];
            BuildConstraint condition = null;
            if (fields.length > 1) {
                condition = BuildConstraint.parsePlusBuild(String.join(" ", java.util.Arrays.copyOf(fields, fields.length - 1)));
            }
            int from = offset + line.indexOf("#cgo");
            SourceLocation location = new SourceLocation(path, source.range(from, offset + line.stripTrailing().length()));
            directives.add(new CgoDirective(condition, variable, QuotedWords.split(cgo.group(2)), location));
            return;
        }
        Matcher call = NSS_CALL.matcher(line);
        while (call.find()) {
            int from = offset + call.start(1);
            nssCalls.add(new NssCall(call.group(1), new SourceLocation(path, source.range(from, offset + call.end(1)))));
        }
    }

}
