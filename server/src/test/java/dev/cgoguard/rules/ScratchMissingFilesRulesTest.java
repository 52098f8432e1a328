package dev.cgoguard.rules;

import static dev.cgoguard.testing.TestProject.line;
import static dev.cgoguard.testing.TestProject.preferred;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cgoguard.finding.Finding;
import dev.cgoguard.finding.Fix;
import dev.cgoguard.finding.Severity;
import dev.cgoguard.testing.TestProject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** scratch-missing-passwd, scratch-missing-ca-certs and scratch-missing-tzdata. */
class ScratchMissingFilesRulesTest {
    private static final String PASSWD = ScratchMissingPasswdRule.INFO.id();
    private static final String CA = ScratchMissingCaCertsRule.INFO.id();
    private static final String TZ = ScratchMissingTzdataRule.INFO.id();
    private static final String STATIC_BUILD = "CGO_ENABLED=0 go build -o /out/app ./cmd/app";

    @TempDir
    Path dir;

    @Test
    void userLookupInScratchGetsThePasswdOfTheBuildStage() {
        TestProject project = new TestProject(dir).goMod("1.22").main("\t\"fmt\"\n\t\"os/user\"", "\tfmt.Println(user.Lookup(\"nobody\"))")
                .dockerfile("golang:1.22", STATIC_BUILD, "FROM scratch");
        Finding finding = project.only(PASSWD);
        assertEquals(Severity.WARNING, finding.severity());
        assertEquals(3, finding.location().range().start().line());
        assertTrue(finding.message().contains("open /etc/passwd: no such file or directory"), finding.message());
        String fixed = project.apply(preferred(finding), "Dockerfile");
        assertEquals("FROM scratch", line(fixed, 6));
        assertEquals("COPY --from=build /etc/passwd /etc/passwd", line(fixed, 7));
        assertEquals(0, project.findings(PASSWD).size());
    }

    @Test
    void aStaticBinaryInScratchCanMoveToDistrolessStaticWhichHasTheUsers() {
        TestProject project = new TestProject(dir).goMod("1.22").main("\t\"fmt\"\n\t\"os/user\"", "\tfmt.Println(user.Lookup(\"nobody\"))")
                .dockerfile("golang:1.22", STATIC_BUILD, "FROM scratch");
        Finding finding = project.only(PASSWD);
        assertEquals(List.of("copy", "distroless"), finding.fixes().stream().map(Fix::alternative).toList());
        String fixed = project.apply(TestProject.titled(finding, "Run in gcr.io/distroless/static-debian12"), "Dockerfile");
        assertEquals("FROM gcr.io/distroless/static-debian12", line(fixed, 6));
        assertEquals(List.of(), project.findings().stream().filter(f -> f.severity().atLeast(Severity.WARNING)).toList());
    }

    @Test
    void aDebianRunImageCanInstallTheCaBundle() {
        TestProject project = new TestProject(dir).goMod("1.22")
                .main("\t\"fmt\"\n\t\"net/http\"", "\tc := &http.Client{}\n\tfmt.Println(c.Get(\"https://example.com\"))")
                .dockerfile("golang:1.22", STATIC_BUILD, "FROM debian:bookworm-slim");
        Finding finding = project.only(CA);
        assertEquals(List.of("copy", "install"), finding.fixes().stream().map(Fix::alternative).toList());
        String fixed = project.apply(TestProject.titled(finding, "Install ca-certificates"), "Dockerfile");
        assertEquals("RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*",
                line(fixed, 7));
        assertEquals(0, project.findings(CA).size());
    }

    @Test
    void passwdPresentOrOnlyArchiveTarIsFine() {
        TestProject project = new TestProject(dir).goMod("1.22").main("\t\"fmt\"\n\t\"os/user\"", "\tfmt.Println(user.Current())");
        project.dockerfile("golang:1.22", STATIC_BUILD, "FROM gcr.io/distroless/static-debian12");
        assertEquals(0, project.findings(PASSWD).size());
        project.main("\t\"archive/tar\"", "\t_ = tar.TypeReg");
        project.dockerfile("golang:1.22", STATIC_BUILD, "FROM scratch");
        assertEquals(0, project.findings(PASSWD).size(), "archive/tar ignores failed lookups");
    }

    @Test
    void httpsClientInScratchGetsTheCaBundle() {
        TestProject project = new TestProject(dir).goMod("1.22")
                .main("\t\"fmt\"\n\t\"net/http\"", "\tc := &http.Client{}\n\tfmt.Println(c.Get(\"https://example.com\"))")
                .dockerfile("golang:1.22", STATIC_BUILD, "FROM scratch");
        Finding finding = project.only(CA);
        assertTrue(finding.message().contains("http.Client in cmd/app/main.go:9"), finding.message());
        assertEquals(8, finding.related().get(1).location().range().start().line());
        String fixed = project.apply(preferred(finding), "Dockerfile");
        assertEquals("COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/", line(fixed, 7));
        assertEquals(0, project.findings(CA).size());
    }

    @Test
    void serverOnlyOrImageWithCertsIsFine() {
        TestProject project = new TestProject(dir).goMod("1.22").main("\t\"net/http\"", "\thttp.ListenAndServe(\":8443\", nil)")
                .dockerfile("golang:1.22", STATIC_BUILD, "FROM scratch");
        assertEquals(0, project.findings(CA).size());
        project.main("\t\"fmt\"\n\t\"net/http\"", "\tfmt.Println(http.Get(\"https://example.com\"))");
        project.dockerfile("golang:1.22", STATIC_BUILD, "FROM alpine:3.19");
        assertEquals(0, project.findings(CA).size());
        project.dockerfile("golang:1.22", STATIC_BUILD, "FROM debian:bookworm-slim", "RUN apt-get update && apt-get install -y ca-certificates");
        assertEquals(0, project.findings(CA).size());
    }

    @Test
    void loadLocationInScratchEmbedsTheZoneData() {
        TestProject project = new TestProject(dir).goMod("1.22")
                .main("\t\"fmt\"\n\t\"time\"", "\tfmt.Println(time.LoadLocation(\"Europe/Paris\"))")
                .dockerfile("golang:1.22", STATIC_BUILD, "FROM scratch");
        Finding finding = project.only(TZ);
        assertTrue(finding.message().contains("unknown time zone Europe/Paris"), finding.message());
        assertEquals(2, finding.fixes().size());
        String fixed = project.apply(preferred(finding), "Dockerfile");
        assertEquals("RUN CGO_ENABLED=0 go build -tags timetzdata -o /out/app ./cmd/app", line(fixed, 4));
        assertEquals(0, project.findings(TZ).size());
    }

    @Test
    void zoneinfoCopyAlsoRemovesIt() {
        TestProject project = new TestProject(dir).goMod("1.22")
                .main("\t\"fmt\"\n\t\"time\"", "\tfmt.Println(time.LoadLocation(\"Europe/Paris\"))")
                .dockerfile("golang:1.22", STATIC_BUILD, "FROM scratch");
        String fixed = project.apply(project.only(TZ).fixes().get(1), "Dockerfile");
        assertEquals("COPY --from=build /usr/share/zoneinfo /usr/share/zoneinfo", line(fixed, 7));
        assertEquals(0, project.findings(TZ).size());
    }

    @Test
    void timeZoneFromEnvInAlpine() {
        TestProject project = new TestProject(dir).goMod("1.22").main("\t\"fmt\"\n\t\"time\"", "\tfmt.Println(time.Now())")
                .dockerfile("golang:1.22-alpine", "go build -o /out/app ./cmd/app", "FROM alpine:3.19", "ENV TZ=Europe/Paris");
        Finding finding = project.only(TZ);
        assertTrue(finding.message().contains("falls back to UTC"), finding.message());
        assertEquals(1, finding.fixes().size(), "golang:alpine has no zoneinfo to copy");
        project.dockerfile("golang:1.22-alpine", "go build -o /out/app ./cmd/app", "FROM alpine:3.19", "ENV TZ=UTC");
        assertEquals(0, project.findings(TZ).size());
    }

    @Test
    void embeddedZoneDataIsFine() {
        TestProject project = new TestProject(dir).goMod("1.22")
                .main("\t\"fmt\"\n\t\"time\"\n\t_ \"time/tzdata\"", "\tfmt.Println(time.LoadLocation(\"Europe/Paris\"))")
                .dockerfile("golang:1.22", STATIC_BUILD, "FROM scratch");
        assertEquals(0, project.findings(TZ).size());
    }
}
