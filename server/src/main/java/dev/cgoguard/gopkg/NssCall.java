package dev.cgoguard.gopkg;

import dev.cgoguard.workspace.SourceLocation;

/** A call of a glibc function that needs NSS or dlopen at run time (getpwuid_r, getaddrinfo, dlopen, …) in a cgo preamble. */
public record NssCall(String function, SourceLocation location) {
}
