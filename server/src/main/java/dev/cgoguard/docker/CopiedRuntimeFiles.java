package dev.cgoguard.docker;

import dev.cgoguard.knowledge.ImageFacts;
import java.util.List;
import java.util.Objects;

/**
 * How a {@code COPY}/{@code ADD} changes what a stage provides at run time: a copy that lands on
 * {@code /etc/passwd} gives it a passwd file, one into {@code /etc/ssl/certs} (or another place
 * crypto/x509 reads, knowledge/go-cgo-facts.md §10) gives it a CA bundle, one into
 * {@code /usr/share/zoneinfo} gives it zone data. A copy whose destination is not known changes nothing.
 */
final class CopiedRuntimeFiles {
    private static final List<String> CA_PLACES = List.of("/etc/ssl/certs", "/etc/ssl/certs/ca-certificates.crt",
            "/etc/pki/tls/certs", "/etc/pki/tls/certs/ca-bundle.crt", "/etc/ssl/ca-bundle.pem", "/etc/pki/tls/cacert.pem",
            "/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem", "/etc/ssl/cert.pem");
    private static final List<String> ZONE_PLACES = List.of("/usr/share/zoneinfo", "/usr/share/lib/zoneinfo",
            "/usr/lib/locale/TZ", "/etc/zoneinfo");

    private CopiedRuntimeFiles() {
    }

    static ImageFacts afterCopy(ImageFacts facts, DockerCopy copy) {
        if (facts == null || copy.destination() == null) {
            return facts;
        }
        Boolean passwd = facts.passwd();
        Boolean ca = facts.caCertificates();
        Boolean tzdata = facts.tzdata();
        for (String source : copy.sources()) {
            if (source.equals("?")) {
                continue;
            }
            String landed = landed(copy, source);
            if (landed.equals("/etc/passwd") || landed.equals("/etc")) {
                passwd = Boolean.TRUE;
            }
            if (within(landed, CA_PLACES) || landed.equals("/etc") || landed.equals("/etc/ssl")) {
                ca = Boolean.TRUE;
            }
            if (within(landed, ZONE_PLACES) || landed.equals("/usr/share")) {
                tzdata = Boolean.TRUE;
            }
        }
        if (Objects.equals(passwd, facts.passwd()) && Objects.equals(ca, facts.caCertificates())
                && Objects.equals(tzdata, facts.tzdata())) {
            return facts;
        }
        String source = (facts.source() == null ? "" : facts.source() + "; ") + "copied in at " + copy.location().path()
                + ":" + (copy.location().range().start().line() + 1);
        return new ImageFacts(facts.reference(), facts.known(), facts.libc(), facts.libcVersion(), facts.cCompiler(), ca,
                tzdata, passwd, facts.distro(), facts.goVersion(), source);
    }

    /** Where a source lands: the destination itself, or inside it when it is a directory. */
    private static String landed(DockerCopy copy, String source) {
        if (!copy.destinationIsDirectory()) {
            return DockerPaths.normalize(copy.destination());
        }
        String name = DockerPaths.baseName(source);
        String inside = DockerPaths.resolve(copy.destination() + "/", name);
        // A directory copied to a directory puts its contents there: "COPY --from=b /usr/share/zoneinfo /usr/share/zoneinfo/".
        return isDirectoryLike(source) ? DockerPaths.normalize(copy.destination()) : inside;
    }

    private static boolean isDirectoryLike(String source) {
        String normalized = DockerPaths.normalize(source);
        return source.endsWith("/") || within(normalized, ZONE_PLACES) && !normalized.contains(".")
                || normalized.equals("/etc/ssl/certs") || normalized.equals("/etc/pki/tls/certs");
    }

    private static boolean within(String path, List<String> places) {
        for (String place : places) {
            if (path.startsWith(place) && (path.length() == place.length() || path.charAt(place.length()) == '/')) {
                return true;
            }
        }
        return false;
    }
}
