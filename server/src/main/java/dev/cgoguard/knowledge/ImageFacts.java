package dev.cgoguard.knowledge;

import java.util.Objects;

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

    // as the compiler would write them; written out, they need no linking at start-up (RecordValueMethodsTest)
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ImageFacts that
                && Objects.equals(reference, that.reference)
                && known == that.known
                && Objects.equals(libc, that.libc)
                && Objects.equals(libcVersion, that.libcVersion)
                && Objects.equals(cCompiler, that.cCompiler)
                && Objects.equals(caCertificates, that.caCertificates)
                && Objects.equals(tzdata, that.tzdata)
                && Objects.equals(passwd, that.passwd)
                && Objects.equals(distro, that.distro)
                && Objects.equals(goVersion, that.goVersion)
                && Objects.equals(source, that.source);
    }

    @Override
    public int hashCode() {
        int hash = Objects.hashCode(reference);
        hash = 31 * hash + Boolean.hashCode(known);
        hash = 31 * hash + Objects.hashCode(libc);
        hash = 31 * hash + Objects.hashCode(libcVersion);
        hash = 31 * hash + Objects.hashCode(cCompiler);
        hash = 31 * hash + Objects.hashCode(caCertificates);
        hash = 31 * hash + Objects.hashCode(tzdata);
        hash = 31 * hash + Objects.hashCode(passwd);
        hash = 31 * hash + Objects.hashCode(distro);
        hash = 31 * hash + Objects.hashCode(goVersion);
        hash = 31 * hash + Objects.hashCode(source);
        return hash;
    }
}
