package dev.cgoguard.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The rules cgoguard knows, by id, in catalog order. */
public final class RuleRegistry {
    private final Map<String, Rule> rules = new LinkedHashMap<>();

    public RuleRegistry(List<Rule> rules) {
        for (Rule rule : rules) {
            if (this.rules.put(rule.info().id(), rule) != null) {
                throw new IllegalArgumentException("duplicate rule id " + rule.info().id());
            }
        }
    }

    public static RuleRegistry builtIn() {
        return new RuleRegistry(List.of(
                new StaticGlibcNssRule(),
                new RuntimeLibcMismatchRule(),
                new GlibcVersionSkewRule(),
                new CgoRequiredButDisabledRule(),
                new CgoWithoutCCompilerRule(),
                new CrossCompileCgoNoCcRule(),
                new LinkFlagConflictRule(),
                new IneffectiveExtldflagsRule(),
                new ScratchMissingPasswdRule(),
                new ScratchMissingCaCertsRule(),
                new ScratchMissingTzdataRule(),
                new GoVersionKnownBugRule(),
                new ObsoleteBuildFlagRule(),
                new RedundantNetgoRule(),
                new MakeRecursiveVariableRule(),
                new InvalidSuppressionRule(),
                new UnusedSuppressionRule(),
                new AnalysisIncompleteRule(),
                new InternalErrorRule()));
    }

    public List<Rule> all() {
        return List.copyOf(rules.values());
    }

    public Optional<Rule> find(String id) {
        return Optional.ofNullable(rules.get(id));
    }
}
