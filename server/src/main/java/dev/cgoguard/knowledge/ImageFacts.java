package dev.cgoguard.knowledge;

/**
 * What an image (or a CI runner) provides, from the image table or the packages a stage installs.
 * {@code libc} is {@code glibc}, {@code musl}, {@code none}, or null when unknown; each Boolean is
 * null when unknown. {@code source} names where the facts come from (the table's source keys, or
 * {@code "apk add gcc (Dockerfile:5)"}).
 */
public record ImageFacts(String reference, boolean known, String libc, String libcVersion, Boolean cCompiler,
        Boolean caCertificates, Boolean tzdata, Boolean passwd, String distro, String goVersion, String source) {

    public static ImageFacts unknown(String reference) {
        return new ImageFacts(reference, false, null, null, null, null, null, null, null, null, "not in the image table");
    }
}
