package dev.cgoguard.ci;

import dev.cgoguard.workspace.ScanLimits;
import dev.cgoguard.workspace.SourceText;
import dev.cgoguard.workspace.TextRange;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Composes the YAML of a build file (a workflow, a release or task file) within the limits every
 * YAML reader of cgoguard keeps: at most {@link ScanLimits#YAML_COLLECTION_ALIASES} aliases of
 * collections (an alias bomb's weapon) and no more text than a build file may hold. What cannot be
 * read is a problem with its place: a syntax error where the parser stopped, an alias past the limit
 * at that alias.
 */
public final class YamlLoading {
    /** The document, or what kept it from being read and where. */
    public record Loaded(Optional<Node> root, String problem, TextRange problemAt) {
        public boolean failed() {
            return problem != null;
        }
    }

    private YamlLoading() {
    }

    /** Composes the first document of {@code source}; {@code label} names the file in messages. */
    public static Loaded compose(SourceText source, String label) {
        LoadSettings settings = LoadSettings.builder().setLabel(label).setAllowDuplicateKeys(true)
                .setMaxAliasesForCollections(ScanLimits.YAML_COLLECTION_ALIASES)
                .setCodePointLimit((int) ScanLimits.MAX_FILE_BYTES * 2).build();
        try {
            return new Loaded(new Compose(settings).composeString(source.text()), null, null);
        } catch (MarkedYamlEngineException e) {
            int offset = e.getProblemMark().or(e::getContextMark).map(m -> YamlNodes.offset(source, m)).orElse(0);
            return new Loaded(Optional.empty(), "malformed YAML: " + e.getProblem(), source.range(offset, offset));
        } catch (YamlEngineException | IllegalStateException e) {
            Optional<Integer> alias = aliasPastLimit(source, settings);
            if (alias.isPresent()) {
                return new Loaded(Optional.empty(), "it uses more than " + ScanLimits.YAML_COLLECTION_ALIASES
                        + " aliases of lists and mappings (an alias bomb?); cgoguard stops at this one",
                        source.range(alias.get(), alias.get()));
            }
            return new Loaded(Optional.empty(), "malformed YAML: " + e.getMessage(), source.range(0, 0));
        }
    }

    /** The offset of the first alias of a collection past the limit, found by reading the events again. */
    private static Optional<Integer> aliasPastLimit(SourceText source, LoadSettings settings) {
        Set<Anchor> collections = new HashSet<>();
        int aliases = 0;
        try {
            for (Event event : new Parse(settings).parseString(source.text())) {
                if (event instanceof CollectionStartEvent start) {
                    start.getAnchor().ifPresent(collections::add);
                } else if (event instanceof AliasEvent alias && collections.contains(alias.getAlias())
                        && ++aliases > ScanLimits.YAML_COLLECTION_ALIASES) {
                    return Optional.of(event.getStartMark().map(m -> YamlNodes.offset(source, m)).orElse(0));
                }
            }
        } catch (YamlEngineException | IllegalStateException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
