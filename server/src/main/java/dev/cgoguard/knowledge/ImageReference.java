package dev.cgoguard.knowledge;

import java.util.Locale;

/**
 * An image reference split into repository (registry prefixes of Docker Hub and {@code library/}
 * removed, lower case), tag (null when only a digest pins it; {@code latest} when neither is given)
 * and digest.
 */
public record ImageReference(String written, String repository, String tag, String digest) {
    private static final String[] HUB_PREFIXES = {"docker.io/", "index.docker.io/", "registry-1.docker.io/",
        "registry.hub.docker.com/"};

    public static ImageReference parse(String reference) {
        String ref = reference.trim();
        String digest = null;
        int at = ref.indexOf('@');
        if (at >= 0) {
            digest = ref.substring(at + 1);
            ref = ref.substring(0, at);
        }
        int slash = ref.lastIndexOf('/');
        int colon = ref.lastIndexOf(':');
        String tag = null;
        String name = ref;
        if (colon > slash) {
            tag = ref.substring(colon + 1);
            name = ref.substring(0, colon);
        }
        name = name.toLowerCase(Locale.ROOT);
        for (String prefix : HUB_PREFIXES) {
            if (name.startsWith(prefix)) {
                name = name.substring(prefix.length());
                break;
            }
        }
        if (name.startsWith("library/")) {
            name = name.substring("library/".length());
        }
        if (tag == null && digest == null) {
            tag = "latest";
        }
        return new ImageReference(reference, name, tag, digest);
    }
}
