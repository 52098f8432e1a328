package dev.cgoguard.lsp;

/** Where each rule's documentation lives on the web. */
final class RuleLinks {
    static final String RULE_PAGE_BASE = "https://cgoguard.dev/rules/";

    private RuleLinks() {
    }

    static String pageOf(String ruleId) {
        return RULE_PAGE_BASE + ruleId;
    }
}
