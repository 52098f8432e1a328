package dev.cgoguard.cli;

import java.io.PrintWriter;
import java.util.List;

/** Writes findings in one output format. */
interface Reporter {
    void report(List<ReportedFinding> findings, ReportContext context, PrintWriter out);
}
