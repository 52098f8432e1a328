package dev.cgoguard.lsp;

import dev.cgoguard.docker.DockerStage;
import dev.cgoguard.knowledge.ImageFacts;
import dev.cgoguard.knowledge.ImageTable;

/** What the image of a Dockerfile {@code FROM} line provides, as Markdown, from cgoguard's image table. */
final class ImageHover {
    private ImageHover() {
    }

    static String describe(DockerStage stage, ImageTable table) {
        if (stage.baseStage() >= 0) {
            return "**FROM** stage " + stage.baseStage() + " — what that stage has at its end:\n\n" + facts(stage.baseFacts());
        }
        if (!stage.base().known()) {
            return "**FROM `" + stage.baseWritten() + "`** — the image is not known: " + stage.base().source()
                    + " (the `buildArgs` setting can give it a value).";
        }
        ImageFacts facts = table.lookup(stage.base().text());
        String reference = stage.base().text();
        if (!facts.known()) {
            return "**FROM `" + reference + "`** — not in cgoguard's image table (" + facts.source()
                    + "): its libc and contents are not known.";
        }
        return "**FROM `" + reference + "`**" + (facts.distro() == null ? "" : " · " + facts.distro()) + "\n\n" + facts(facts);
    }

    private static String facts(ImageFacts facts) {
        if (!facts.known()) {
            return "not known (" + facts.source() + ")";
        }
        return "- **libc**: " + facts.libcDescription() + '\n'
                + "- **C compiler**: " + yesNo(facts.cCompiler()) + '\n'
                + "- **CA certificates**: " + yesNo(facts.caCertificates()) + '\n'
                + "- **tzdata**: " + yesNo(facts.tzdata()) + '\n'
                + "- **/etc/passwd**: " + yesNo(facts.passwd()) + '\n'
                + "- **distro**: " + (facts.distro() == null ? "none" : facts.distro()) + '\n'
                + "- **Go**: " + (facts.goVersion() == null ? "none" : facts.goVersion()) + '\n'
                + "\nSource: " + facts.source();
    }

    private static String yesNo(Boolean value) {
        return value == null ? "not known" : value ? "yes" : "no";
    }
}
