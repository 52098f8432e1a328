package dev.cgoguard.gopkg;

import dev.cgoguard.workspace.SourceLocation;

/**
 * A call in a Go file that needs something from the image at run time, found by
 * {@link CallSiteScanner}: an outbound TLS client ({@code http.Get}, {@code &http.Client{},
 * {@code tls.Dial}, ...: needs CA certificates) or a zone lookup ({@code time.LoadLocation}: needs
 * zone data); or, in a file built only without cgo, a message that says the code fails without it
 * ({@code "Locks are not supported without cgo"}). {@code call} is the text as written
 * ({@code http.Get}, the message).
 */
public record GoCallSite(Kind kind, String call, SourceLocation location) {
    public enum Kind {
        TLS_CLIENT,
        LOAD_LOCATION,
        FAILS_WITHOUT_CGO
    }
}
