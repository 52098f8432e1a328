package dev.cgoguard.gopkg;

import dev.cgoguard.parse.GoTextScanner;
import dev.cgoguard.workspace.SourceLocation;
import dev.cgoguard.workspace.TextPosition;
import dev.cgoguard.workspace.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A cheap token scan of a whole Go file (not a parse) for the calls that need CA certificates or
 * zone data at run time. Import headers cannot tell an HTTP client from a server; these calls can:
 * <ul>
 * <li>TLS clients: {@code http.Get}, {@code http.Head}, {@code http.Post}, {@code http.PostForm},
 * {@code http.NewRequest} (and {@code NewRequestWithContext}), {@code http.DefaultClient},
 * {@code http.Client{} (with or without {@code &}), {@code tls.Dial}, {@code tls.DialWithDialer},
 * {@code tls.Dialer{};</li>
 * <li>zone lookups: {@code time.LoadLocation}.</li>
 * </ul>
 * Only files importing {@code net/http}, {@code crypto/tls} or {@code time} are scanned, and only
 * under the package's default name ({@code http}, {@code tls}, {@code time}): a renamed import is
 * not followed (a miss, never a false alarm). Comments, string and rune literals are skipped.
 * Work is linear in the file's length.
 */
final class CallSiteScanner {
    private static final Map<String, String> PACKAGE_OF = Map.of("http", "net/http", "tls", "crypto/tls", "time", "time");

    private CallSiteScanner() {
    }

    static List<GoCallSite> scan(String path, String text, List<GoImport> imports) {
        boolean http = imports.stream().anyMatch(i -> i.path().equals("net/http"));
        boolean tls = imports.stream().anyMatch(i -> i.path().equals("crypto/tls"));
        boolean time = imports.stream().anyMatch(i -> i.path().equals("time"));
        if (!http && !tls && !time || text == null) {
            return List.of();
        }
        List<GoCallSite> sites = new ArrayList<>();
        int n = text.length();
        GoTextScanner.scan(text, new GoTextScanner.Visitor() {
            @Override
            public int identifier(int line, int lineStart, int start, int end) {
                String word = text.substring(start, end);
                boolean standalone = start == 0 || text.charAt(start - 1) != '.';
                String pkg = PACKAGE_OF.get(word);
                if (!standalone || pkg == null || end + 1 >= n || text.charAt(end) != '.'
                        || !(pkg.equals("net/http") && http || pkg.equals("crypto/tls") && tls || pkg.equals("time") && time)) {
                    return end;
                }
                int nameStart = end + 1;
                int nameEnd = nameStart;
                while (nameEnd < n && Character.isJavaIdentifierPart(text.charAt(nameEnd))) {
                    nameEnd++;
                }
                String name = text.substring(nameStart, nameEnd);
                GoCallSite.Kind kind = kindOf(word, name, text, nameEnd);
                if (kind != null) {
                    TextRange range = new TextRange(new TextPosition(line, start - lineStart),
                            new TextPosition(line, nameEnd - lineStart));
                    sites.add(new GoCallSite(kind, word + "." + name, new SourceLocation(path, range)));
                }
                return nameEnd;
            }
        });
        return List.copyOf(sites);
    }

    private static GoCallSite.Kind kindOf(String pkg, String name, String text, int after) {
        switch (pkg) {
            case "http" -> {
                if (List.of("Get", "Head", "Post", "PostForm", "NewRequest", "NewRequestWithContext", "DefaultClient")
                        .contains(name) || name.equals("Client") && followedByBrace(text, after)) {
                    return GoCallSite.Kind.TLS_CLIENT;
                }
            }
            case "tls" -> {
                if (name.equals("Dial") || name.equals("DialWithDialer") || name.equals("Dialer") && followedByBrace(text, after)) {
                    return GoCallSite.Kind.TLS_CLIENT;
                }
            }
            default -> {
                if (name.equals("LoadLocation")) {
                    return GoCallSite.Kind.LOAD_LOCATION;
                }
            }
        }
        return null;
    }

    private static boolean followedByBrace(String text, int at) {
        int i = at;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i < text.length() && text.charAt(i) == '{';
    }
}
