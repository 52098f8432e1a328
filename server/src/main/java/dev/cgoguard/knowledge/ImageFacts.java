package dev.cgoguard.knowledge;

/**
 * What an image (or a CI runner) provides, from the image table or the packages a stage installs.
 * {@code libc} is {@code glibc}, {@code musl}, {@code none}, or null when unknown; each Boolean is
 * null when unknown. {@code source} names where the facts come from (the table's source keys, or
 * {@code "apk add gcc (Dockerfile:5)"}).
 */
public record ImageFacts(String reference, boolean known, String libc, String libcVersion, Boolean cCompiler,
        Boolean caCertificates, Boolean tzdata, Boolean passwd, String distro, String goVersion, String source) {

    /**
     * The libc in the words every front-end and rule uses: {@code glibc 2.36}, {@code musl 1.2.4},
     * {@code no libc}, or {@code an unknown libc} (with why, when the image itself is not known).
     */
    public String libcDescription() {
        if (!known) {
            return "an unknown libc (" + source + ")";
        }
        if (libc == null) {
            return "an unknown libc";
        }
        if (libc.equals("none")) {
            return "no libc";
        }
        return libc + (libcVersion == null ? "" : " " + libcVersion);
    }

    public static ImageFacts unknown(String reference) {
        return new ImageFacts(reference, false, null, null, null, null, null, null, null, null, "not in the image table");
    }
}
