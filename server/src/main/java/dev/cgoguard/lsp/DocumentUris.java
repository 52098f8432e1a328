package dev.cgoguard.lsp;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/** Conversions between the {@code file:} URIs of LSP and paths, with one spelling per file. */
final class DocumentUris {
    private DocumentUris() {
    }

    /** The path of a {@code file:} URI, or empty for other schemes and malformed URIs. */
    static Optional<Path> toPath(String uri) {
        if (uri == null) {
            return Optional.empty();
        }
        try {
            URI parsed = URI.create(uri);
            if (!"file".equalsIgnoreCase(parsed.getScheme())) {
                return Optional.empty();
            }
            return Optional.of(Path.of(parsed).toAbsolutePath().normalize());
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return Optional.empty();
        }
    }

    static String fromPath(Path path) {
        return path.toAbsolutePath().normalize().toUri().toString();
    }

    /** One spelling for a URI, so that {@code file:/a} and {@code file:///a} name the same document. */
    static String normalize(String uri) {
        return toPath(uri).map(DocumentUris::fromPath).orElse(uri);
    }
}
