package dev.cgoguard.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The questions build files ask about their host, answered as that machine answers them. */
class HostCommandsTest {
    private static final HostCommands LINUX_AMD64 = new HostCommands(Host.DEFAULT);
    private static final HostCommands LINUX_ARM64 = new HostCommands(Host.parse("linux/arm64").orElseThrow());
    private static final HostCommands MAC_ARM64 = new HostCommands(Host.parse("darwin/arm64").orElseThrow());

    @Test
    void unameAndArchAnswerAsCoreutilsDoes() {
        assertEquals(Optional.of("x86_64"), LINUX_AMD64.answer("uname -m"));
        assertEquals(Optional.of("aarch64"), LINUX_ARM64.answer("uname -m"));
        assertEquals(Optional.of("arm64"), MAC_ARM64.answer("uname -m"));
        assertEquals(Optional.of("Linux"), LINUX_AMD64.answer("uname"));
        assertEquals(Optional.of("Darwin"), MAC_ARM64.answer("uname -s"));
        assertEquals(Optional.of("Linux x86_64"), LINUX_AMD64.answer("uname -sm"));
        assertEquals(Optional.of("aarch64"), LINUX_ARM64.answer("arch"));
        assertEquals(Optional.of("arm64"), LINUX_ARM64.answer("dpkg --print-architecture"));
    }

    @Test
    void goEnvAnswersForTheHostWithNothingSet() {
        assertEquals(Optional.of("amd64"), LINUX_AMD64.answer("go env GOARCH"));
        assertEquals(Optional.of("linux"), LINUX_AMD64.answer("env -u GOOS go env GOOS"));
        assertEquals(Optional.of("gcc"), LINUX_AMD64.answer("go env CC"));
        assertEquals(Optional.of("clang"), MAC_ARM64.answer("go env CC"));
        assertEquals(Optional.of("darwin\narm64"), MAC_ARM64.answer("go env GOOS GOARCH"));
        assertEquals(Optional.empty(), LINUX_AMD64.answer("go env GOPATH"), "not a question about the host");
    }

    @Test
    void commonFiltersAreApplied() {
        assertEquals(Optional.of("Linux"), LINUX_AMD64.answer("uname | cut -d- -f1"));
        assertEquals(Optional.of("linux"), LINUX_AMD64.answer("uname -s | tr '[:upper:]' '[:lower:]'"));
        assertEquals(Optional.of("linux"), LINUX_AMD64.answer("uname -s | tr A-Z a-z"));
        assertEquals(Optional.of("amd64"), LINUX_AMD64.answer("uname -m | sed 's/x86_64/amd64/;s/aarch64/arm64/'"));
        assertEquals(Optional.of("arm64"), LINUX_ARM64.answer("uname -m | sed -e 's/x86_64/amd64/' -e 's/aarch64/arm64/'"));
        assertEquals(Optional.of("x86_64"), LINUX_AMD64.answer("uname -m 2>/dev/null"));
    }

    @Test
    void anythingElseStaysUnanswered() {
        for (String command : new String[] {"git describe --tags", "uname -r", "command -v sudo 2> /dev/null",
                "uname -m && echo x", "$(go env GOARCH)", "uname -m | sed 's/\\(x\\)/y/'", "pkg-config --libs x"}) {
            assertTrue(LINUX_AMD64.answer(command).isEmpty(), command);
        }
    }

    @Test
    void aHostSettingNamesGoPlatforms() {
        assertEquals(Optional.of(new Host("linux", "arm64", "glibc")), Host.parse("linux/arm64"));
        assertEquals("musl", Host.parse("linux/amd64/musl").orElseThrow().libc());
        assertTrue(Host.parse("darwin/arm64/musl").isEmpty());
        assertTrue(Host.parse("x86_64").isEmpty());
        assertTrue(Host.parse("linux/x86_64").isEmpty(), "GOARCH names, not uname's");
        assertEquals("Windows_NT", Host.parse("windows/amd64").orElseThrow().environment("OS"));
        assertEquals(null, Host.DEFAULT.environment("OS"));
    }
}
