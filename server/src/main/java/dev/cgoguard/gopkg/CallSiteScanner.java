package dev.cgoguard.gopkg;

import dev.cgoguard.parse.GoTextScanner;
import dev.cgoguard.workspace.GoFileRead;
import dev.cgoguard.workspace.SourceLocation;
import dev.cgoguard.workspace.TextPosition;
import dev.cgoguard.workspace.TextRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

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
 * Only files importing {@code net/http}, {@code crypto/tls} or {@code time} are scanned, under the
 * name the file imports them by ({@code http}, or {@code h} for {@code import h "net/http"}); dot
 * imports are not followed (a miss, never a false alarm). Comments, string and rune literals are
 * skipped. Work is linear in the file's length.
 */
final class CallSiteScanner {
    private static final Map<String, String> DEFAULT_NAMES = Map.of("net/http", "http", "crypto/tls", "tls", "time", "time");
    /** A message that says the code needs cgo: "requires cgo", "not supported without cgo", "CGO_ENABLED=0 ... stub". */
    private static final Pattern FAILS_WITHOUT_CGO = Pattern.compile(
            "(?i)(requires? cgo|cgo (is )?required|needs? cgo|(not |un)(supported|implemented|available)[^.]{0,40}\\b(without|no)"
                    + " cgo|without cgo[^.]{0,40}(not |un)(supported|implemented|available)|compiled with .?CGO_ENABLED=0)");

    private CallSiteScanner() {
    }

    /** The beginnings of the selectors that {@link #kindOf} accepts, by package: a file without any has no call site. */
    private static final Map<String, List<String>> SELECTOR_PREFIXES = Map.of(
            "http", List.of("Get", "Head", "Post", "NewRequest", "DefaultClient", "Client"),
            "tls", List.of("Dial"),
            "time", List.of("LoadLocation"));

    /** True when a file with these imports can hold a call site (it imports one of the packages looked for). */
    static boolean mayFind(List<GoImport> imports) {
        return !packageNames(imports).isEmpty();
    }

    static List<GoCallSite> scan(String path, String text, List<GoImport> imports) {
        return scan(path, text, imports, false);
    }

    /**
     * As {@link #scan(String, String, List)}; {@code withoutCgo}: the file is built only with cgo off
     * (its constraint says {@code !cgo}), so its string literals that say the code fails without cgo
     * are reported too ("... not supported without cgo", "... requires cgo ...").
     */
    static List<GoCallSite> scan(String path, String text, List<GoImport> imports, boolean withoutCgo) {
        Map<String, String> packageNames = packageNames(imports);
        if (text == null || packageNames.isEmpty() && !withoutCgo
                || !withoutCgo && !mentionsSelector(text, packageNames)) {
            return List.of();
        }
        List<GoCallSite> sites = new ArrayList<>();
        int n = text.length();
        GoTextScanner.scan(text, new GoTextScanner.Visitor() {
            @Override
            public void stringLiteral(int line, int lineStart, int start, int end) {
                if (withoutCgo && end - start < 300) {
                    String literal = text.substring(start + 1, Math.max(start + 1, end - 1));
                    if (FAILS_WITHOUT_CGO.matcher(literal).find()) {
                        TextRange range = new TextRange(new TextPosition(line, start - lineStart), new TextPosition(line, end - lineStart));
                        sites.add(new GoCallSite(GoCallSite.Kind.FAILS_WITHOUT_CGO, literal, new SourceLocation(path, range)));
                    }
                }
            }

            @Override
            public int identifier(int line, int lineStart, int start, int end) {
                // most identifiers are not followed by a dot: only a qualifier is looked up
                if (end + 1 >= n || text.charAt(end) != '.' || start > 0 && text.charAt(start - 1) == '.') {
                    return end;
                }
                String word = text.substring(start, end);
                String pkg = packageNames.get(word);
                if (pkg == null) {
                    return end;
                }
                int nameStart = end + 1;
                int nameEnd = nameStart;
                while (nameEnd < n && Character.isJavaIdentifierPart(text.charAt(nameEnd))) {
                    nameEnd++;
                }
                String name = text.substring(nameStart, nameEnd);
                GoCallSite.Kind kind = kindOf(pkg, name, text, nameEnd);
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

    /**
     * True when a file's bytes hold
     * {@code name.Selector} for a name and a selector looked for: lets a file kept on disk be decoded
     * only when it may hold a call site.
     */
    static boolean mentionsSelector(GoFileRead read, List<GoImport> imports) {
        for (Map.Entry<String, String> name : packageNames(imports).entrySet()) {
            String qualifier = name.getKey() + ".";
            if (read.holdsAny(qualifier, SELECTOR_PREFIXES.get(name.getValue()).stream().map(s -> qualifier + s).toList())) {
                return true;
            }
        }
        return false;
    }

    /** True when the text holds {@code name.Selector} for a name and a selector looked for: a plain search before the token scan. */
    private static boolean mentionsSelector(String text, Map<String, String> packageNames) {
        for (Map.Entry<String, String> name : packageNames.entrySet()) {
            if (mentions(text, name.getKey() + ".", SELECTOR_PREFIXES.get(name.getValue()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the text holds the qualifier ({@code http.}) directly followed by one of the
     * selectors: one search for the qualifier, the selectors compared where it stands, instead of
     * one search of the whole text per selector.
     */
    private static boolean mentions(String text, String qualifier, List<String> selectors) {
        for (int at = text.indexOf(qualifier); at >= 0; at = text.indexOf(qualifier, at + 1)) {
            int after = at + qualifier.length();
            for (String selector : selectors) {
                if (text.startsWith(selector, after)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The names the file refers to the scanned packages by, each with the package's default name
     * ({@code http}, {@code tls}, {@code time}): the default itself, or the name the import gives.
     * Blank and dot imports give none.
     */
    private static Map<String, String> packageNames(List<GoImport> imports) {
        Map<String, String> names = new HashMap<>();
        for (GoImport goImport : imports) {
            String defaultName = DEFAULT_NAMES.get(goImport.path());
            String name = goImport.name() == null ? defaultName : goImport.name();
            if (defaultName != null && !name.equals("_") && !name.equals(".")) {
                names.put(name, defaultName);
            }
        }
        return names;
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
