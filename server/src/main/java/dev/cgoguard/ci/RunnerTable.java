package dev.cgoguard.ci;

import dev.cgoguard.knowledge.ImageFacts;
import dev.cgoguard.knowledge.ImageTable;
import dev.cgoguard.workspace.SourceLocation;
import dev.cgoguard.workspace.SourceText;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** Turns a job's {@code runs-on} into a {@link RunnerInfo} with the runner table's facts. */
final class RunnerTable {
    private RunnerTable() {
    }

    static RunnerInfo runner(ImageTable table, Node runsOn, SourceText source, String path) {
        SourceLocation location = runsOn == null ? null : new SourceLocation(path, YamlNodes.range(source, runsOn));
        List<String> labels;
        if (runsOn instanceof ScalarNode scalar) {
            labels = List.of(scalar.getValue());
        } else if (runsOn instanceof MappingNode) {
            Node labelNode = YamlNodes.get(runsOn, "labels");
            labels = labelNode instanceof ScalarNode s ? List.of(s.getValue())
                    : YamlNodes.items(labelNode).stream().map(YamlNodes::scalar).filter(l -> l != null).toList();
            if (labels.isEmpty()) {
                return unknown(null, "a runner group: which machine is not known", location);
            }
        } else {
            labels = YamlNodes.items(runsOn).stream().map(YamlNodes::scalar).filter(l -> l != null).toList();
        }
        if (labels.isEmpty()) {
            return unknown(null, "no runs-on", location);
        }
        String label = labels.get(0);
        if (labels.stream().anyMatch(l -> l.equalsIgnoreCase("self-hosted"))) {
            return unknown(String.join(", ", labels), "self-hosted runner: its libc and tools are not known", location);
        }
        if (label.contains("${{")) {
            return unknown(label, "runner chosen by an expression (matrix): not known", location);
        }
        ImageFacts facts = table.lookupRunner(label);
        if (!facts.known()) {
            return unknown(label, "runner label not in the runner table", location);
        }
        String distro = facts.distro() == null ? "" : facts.distro();
        if (distro.startsWith("macOS") || distro.startsWith("Windows")) {
            String note = distro + " runner: not a Linux build host";
            return new RunnerInfo(label, Boolean.FALSE, new ImageFacts(label, false, null, null, null, null, null, null,
                    distro, null, note), note, location);
        }
        return new RunnerInfo(label, Boolean.TRUE, facts, facts.source(), location);
    }

    private static RunnerInfo unknown(String label, String note, SourceLocation location) {
        return new RunnerInfo(label, null, new ImageFacts(label, false, null, null, null, null, null, null, null, null,
                note), note, location);
    }
}
