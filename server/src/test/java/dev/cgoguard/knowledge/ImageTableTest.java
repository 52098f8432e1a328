package dev.cgoguard.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ImageTableTest {
    private final ImageTable table = ImageTable.builtIn();

    /** image, libc, libc version ('' = unknown), C compiler ('' = unknown), CA certs, distro, Go version. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', nullValues = "", value = {
        "golang:1.22;glibc;2.36;true;true;Debian 12;1.22",
        "golang:1.22.5;glibc;2.36;true;true;Debian 12;1.22",
        "golang:1.25;glibc;2.41;true;true;Debian 13;1.25",
        "golang:1.17;glibc;2.31;true;true;Debian 11;1.17",
        "golang:1.14;glibc;2.28;true;true;Debian 10;1.14",
        "golang:1.24;glibc;;true;true;Debian 12 or 13;1.24",
        "golang:1.20;glibc;;true;true;Debian 11 or 12;1.20",
        "golang:1.24-bookworm;glibc;2.36;true;true;Debian 12;1.24",
        "golang:1.23-bullseye;glibc;2.31;true;true;Debian 11;1.23",
        "golang:1.22-alpine;musl;1.2.5;false;true;Alpine 3.21;1.22",
        "golang:1.21-alpine3.18;musl;1.2.4;false;true;Alpine 3.18;1.21",
        "golang:1.26-alpine;musl;1.2.6;false;true;Alpine 3.24;1.26",
        "debian:bookworm-slim;glibc;2.36;false;false;Debian 12;",
        "debian:11;glibc;2.31;false;false;Debian 11;",
        "debian;glibc;2.41;false;false;Debian 13;",
        "ubuntu:22.04;glibc;2.35;false;false;Ubuntu 22.04;",
        "ubuntu:20.04;glibc;2.31;false;false;Ubuntu 20.04;",
        "ubuntu:latest;glibc;2.43;false;;Ubuntu 26.04;",
        "alpine:3.19;musl;1.2.4;false;true;Alpine 3.19;",
        "alpine:3.12;musl;1.1.24;false;true;Alpine 3.12;",
        "alpine;musl;1.2.6;false;true;Alpine 3.24;",
        "alpine:3.16.9;musl;1.2.3;false;true;Alpine 3.16;",
        "gcr.io/distroless/static-debian12:nonroot;none;;false;true;Debian 12;",
        "gcr.io/distroless/base-debian11;glibc;2.31;false;true;Debian 11;",
        "gcr.io/distroless/cc;glibc;2.41;false;true;Debian 13;",
        "cgr.dev/chainguard/static:latest;none;;false;true;Wolfi;",
        "cgr.dev/chainguard/glibc-dynamic;glibc;2.43;false;true;Wolfi;",
        "busybox:musl;none;;false;false;BusyBox;",
        "busybox:glibc;glibc;2.41;false;false;BusyBox + Debian 13 libc;",
        "scratch;none;;false;false;none;",
        "centos:7;glibc;2.17;false;;CentOS 7;",
        "rockylinux:9;glibc;2.34;false;true;EL 9;",
        "almalinux:8;glibc;2.28;false;true;EL 8;",
        "registry.access.redhat.com/ubi8/ubi-minimal:8.9;glibc;2.28;false;true;RHEL 8;",
        "registry.access.redhat.com/ubi9/ubi-micro;glibc;2.34;false;;RHEL 9 (no package manager);",
        "amazonlinux:2;glibc;2.26;false;true;Amazon Linux 2;",
        "amazonlinux:2023;glibc;2.34;false;true;Amazon Linux 2023;",
        "fedora:43;glibc;2.42;false;;Fedora 43;",
        "archlinux:base-devel;glibc;;true;;Arch;",
        "opensuse/leap:15.5;glibc;2.31;false;;openSUSE Leap 15;",
        "quay.io/centos/centos:stream9;glibc;2.34;false;;CentOS Stream 9;"})
    void rowsOfTheFactsFile(String image, String libc, String version, Boolean cc, Boolean ca, String distro,
            String go) {
        ImageFacts facts = table.lookup(image);
        assertTrue(facts.known(), image);
        assertEquals(libc, facts.libc(), image);
        assertEquals(version, facts.libcVersion(), image);
        assertEquals(cc, facts.cCompiler(), image);
        assertEquals(ca, facts.caCertificates(), image);
        assertEquals(distro, facts.distro(), image);
        assertEquals(go, facts.goVersion(), image);
        assertTrue(facts.source().startsWith("image table ("), facts.source());
    }

    @Test
    void ambiguousGolangTagSaysWhy() {
        assertTrue(table.lookup("golang:1.24").source().contains("2025-08-12"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"docker.io/library/golang:1.22", "index.docker.io/golang:1.22", "library/golang:1.22",
        "docker.io/golang:1.22", "golang:1.22@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"})
    void registryPrefixesAndDigestsWithTagsFindTheSameRow(String reference) {
        ImageFacts facts = table.lookup(reference);
        assertEquals("2.36", facts.libcVersion(), reference);
        assertEquals(reference, facts.reference());
    }

    @ParameterizedTest
    @ValueSource(strings = {"golang@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
        "mycompany/base:1.0", "ghcr.io/acme/runtime:latest", "busybox:1.36", "golang:1.22-windowsservercore",
        "debian:sid", "alpine:edge", "golang:${GO}", "", "ubuntu:18.04x", "node:20"})
    void unknownImagesAreUnknown(String reference) {
        ImageFacts facts = table.lookup(reference);
        assertFalse(facts.known(), reference);
        assertNull(facts.libc(), reference);
        assertNull(facts.libcVersion(), reference);
    }

    @Test
    void runners() {
        assertEquals("2.35", table.lookupRunner("ubuntu-22.04").libcVersion());
        assertEquals("2.39", table.lookupRunner("ubuntu-24.04").libcVersion());
        assertEquals("2.31", table.lookupRunner("ubuntu-20.04").libcVersion());
        assertEquals("2.39", table.lookupRunner("ubuntu-latest").libcVersion());
        assertEquals(Boolean.TRUE, table.lookupRunner("ubuntu-latest").cCompiler());
        assertEquals("macOS", table.lookupRunner("macos-14").distro());
        assertFalse(table.lookupRunner("my-runner").known());
    }

    @Test
    void packageInstallsChangeFacts() {
        ImageFacts alpine = table.lookup("golang:1.22-alpine");
        ImageFacts withGcc = PackageInstalls.afterInstall(alpine, List.of("gcc", "musl-dev"), "apk");
        assertEquals(Boolean.TRUE, withGcc.cCompiler());
        assertEquals("musl", withGcc.libc());
        assertTrue(withGcc.source().contains("apk install gcc musl-dev"));

        ImageFacts ubuntu = table.lookup("ubuntu:22.04");
        ImageFacts installed = PackageInstalls.afterInstall(ubuntu,
                List.of("ca-certificates", "tzdata", "golang-go", "build-essential"), "apt-get");
        assertEquals(Boolean.TRUE, installed.caCertificates());
        assertEquals(Boolean.TRUE, installed.tzdata());
        assertEquals(Boolean.TRUE, installed.cCompiler());
        assertEquals("1.18", installed.goVersion());

        ImageFacts fedora = PackageInstalls.afterInstall(table.lookup("fedora:43"), List.of("golang"), "dnf");
        assertNull(fedora.goVersion(), "Fedora's golang version is not in the table");
        assertTrue(fedora.source().contains("not known"));

        ImageFacts musl = PackageInstalls.afterInstall(table.lookup("debian:12"), List.of("musl-tools"), "apt-get");
        assertTrue(musl.source().contains("musl-gcc"));
        assertEquals("gcc", PackageInstalls.packageName("gcc=4:12.2.0-3"));
    }
}
