package dev.cgoguard.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cgoguard.knowledge.ImageFacts;
import org.junit.jupiter.api.Test;

class CopiedRuntimeFilesTest {
    private static ImageFacts runFacts(String... runStage) {
        String[] lines = new String[runStage.length + 2];
        lines[0] = "FROM golang:1.22 AS build";
        lines[1] = "RUN go build -o /out/app .";
        System.arraycopy(runStage, 0, lines, 2, runStage.length);
        DockerEvaluation evaluation = Dockerfiles.evaluate(lines);
        return evaluation.stages().get(evaluation.stages().size() - 1).facts();
    }

    @Test
    void scratchHasNothingUntilFilesAreCopiedIn() {
        ImageFacts bare = runFacts("FROM scratch", "COPY --from=build /out/app /app");
        assertEquals(Boolean.FALSE, bare.passwd());
        assertEquals(Boolean.FALSE, bare.caCertificates());
        assertEquals(Boolean.FALSE, bare.tzdata());
    }

    @Test
    void passwdCopiedToTheFileOrIntoEtc() {
        assertEquals(Boolean.TRUE, runFacts("FROM scratch", "COPY --from=build /etc/passwd /etc/passwd").passwd());
        assertEquals(Boolean.TRUE, runFacts("FROM scratch", "COPY --from=build /etc/passwd /etc/").passwd());
        assertEquals(Boolean.FALSE, runFacts("FROM scratch", "COPY --from=build /etc/passwd /tmp/passwd").passwd());
    }

    @Test
    void caBundleCopiedIntoSslCerts() {
        ImageFacts facts = runFacts("FROM scratch",
                "COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/");
        assertEquals(Boolean.TRUE, facts.caCertificates());
        assertEquals(Boolean.FALSE, facts.tzdata());
        assertTrue(facts.source().contains("copied in at Dockerfile:4"), facts.source());
        assertEquals(Boolean.TRUE, runFacts("FROM scratch", "COPY --from=build /etc/ssl/certs /etc/ssl/certs").caCertificates());
    }

    @Test
    void zoneinfoDirectoryCopied() {
        assertEquals(Boolean.TRUE, runFacts("FROM scratch", "COPY --from=build /usr/share/zoneinfo /usr/share/zoneinfo").tzdata());
        assertEquals(Boolean.TRUE, runFacts("FROM scratch", "COPY --from=build /usr/share/zoneinfo/ /usr/share/zoneinfo/").tzdata());
    }

    @Test
    void copyToAnUnknownDestinationChangesNothing() {
        assertEquals(Boolean.FALSE, runFacts("FROM scratch", "ARG DEST", "COPY --from=build /etc/passwd $DEST").passwd());
    }
}
