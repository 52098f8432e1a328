package dev.cgoguard.gopkg;

import dev.cgoguard.workspace.SourceLocation;

/**
 * A call in a Go file that needs something from the image at run time, found by
 * {@link CallSiteScanner}: an outbound TLS client ({@code http.Get}, {@code &http.Client{},
 * {@code tls.Dial}, ...: needs CA certificates) or a zone lookup ({@code time.LoadLocation}: needs
 * zone data). {@code call} is the text as written ({@code http.Get}).
 */
public record GoCallSite(Kind kind, String call, SourceLocation location) {
    public enum Kind {
        TLS_CLIENT,
        LOAD_LOCATION
    }
}
