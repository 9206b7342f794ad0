package org.ipsecprofile.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleRegistryTest {

    /** SPEC §4.2 as written: id, severity, RFC 5406 section (null for "—" and the rules it does not cite). */
    private static final List<List<String>> SPEC_TABLE = List.of(
            List.of("selectors", "error", "8a"),
            List.of("protection", "error", "8b"),
            List.of("key-management", "error", "8c"),
            List.of("identification", "error", "8d"),
            List.of("user-switching", "error", "8e"),
            List.of("authentication", "error", "8f"),
            List.of("authorization", "error", "8g"),
            List.of("ike-variant", "error", "8h"),
            List.of("availability", "error", "8i"),
            List.of("confidentiality-requires-esp", "error", "3.1"),
            List.of("ah-behind-nat", "error/warning", "3.1"),
            List.of("nat-traversal", "warning", "3.1"),
            List.of("esp-without-integrity", "warning", "3.1"),
            List.of("ah-esp-combined", "info", "3.1"),
            List.of("tunnel-for-host-to-host", "info", "3.2"),
            List.of("manual-keying", "error/warning", "3.3"),
            List.of("kink-requires-kerberos", "error", "3.3"),
            List.of("shared-secret-scaling", "warning", "3.3"),
            List.of("global-pki", "error", "3.3"),
            List.of("existing-pki", "warning", "3.3"),
            List.of("public-key-cost", "info", "3.3"),
            List.of("low-level-key-management", "warning", "3.3"),
            List.of("application-api", "warning", "3.4"),
            List.of("embedded-endpoints", "warning", "4"),
            List.of("nested-ipsec", "warning", "4"),
            List.of("user-granularity", "warning", "5"),
            List.of("port-selectors", "info", "6"),
            List.of("sctp-selectors", "warning", "6"),
            List.of("tunneled-traffic", "warning", "6"),
            List.of("multicast", "warning", "7"),
            List.of("eap-requires-ikev2", "error", "8f"),
            List.of("ike-version-suite", "warning", "1, 8h"),
            List.of("sender-address-check", "info", "9"),
            List.of("availability-unknown", "warning", "8i, 9"),
            List.of("availability-unavailable", "error", "1, 4"));

    /**
     * SPEC §4.5 as written: id, severity, and the citation of the documents and sections (for the
     * level rules, "the table's document": every document and section a row at that level cites).
     */
    private static final List<List<String>> SPEC_45_TABLE = List.of(
            List.of("ipsec-v2-obsolete", "warning", "RFC 4301; RFC 5406 Section 1"),
            List.of("ikev1-historic", "warning", "RFC 9395 Sections 1 and 3"),
            List.of("algorithms-unspecified", "warning", "RFC 7696 Section 2.2"),
            List.of(
                    "algorithm-must-not",
                    "error",
                    "RFC 8221 Sections 5 and 6; RFC 9395 Section 7; RFC 8247 Sections 2.1, 2.2, 2.3, and 2.4;"
                            + " RFC 7296 Section 5"),
            List.of("algorithm-should-not", "warning", "RFC 8221 Section 5; RFC 8247 Section 2.4"),
            List.of("algorithm-sunset", "info", "RFC 8221 Section 2; RFC 8247 Section 1.1"),
            List.of("algorithm-unlisted", "info", "RFC 8221 Section 1.2; RFC 8247 Section 1.3"),
            List.of("encryption-without-integrity", "error", "RFC 8221 Section 4; RFC 7296 Section 5"),
            List.of("null-without-integrity", "error", "RFC 8221 Section 6"),
            List.of("aead-with-integrity", "warning", "RFC 8221 Section 4; RFC 8247 Section 2.3"),
            List.of("manual-keying-counter-mode", "error", "RFC 8221 Section 3"),
            List.of("ah-mandatory", "warning", "RFC 4301 Section 3.2"),
            List.of("gateway-transport-mode", "warning", "RFC 4301 Section 4.1"),
            List.of("confidentiality-without-cipher", "error", "RFC 8221 Section 5"));

    private static final List<String> REQUIRED_ITEMS = List.of(
            "selectors",
            "protection",
            "key-management",
            "identification",
            "user-switching",
            "authentication",
            "authorization",
            "ike-variant",
            "availability");

    private static final List<String> REPORTED_ELSEWHERE =
            List.of("suppression", "descriptor", "just-use-ipsec", "bcp14-boilerplate", "stale-fragment");

    @Test
    void evaluatedRulesAreExactlyTheSpecTablesInTheirOrderWithTheirSeveritiesAndSources() {
        Map<String, String> expected = new LinkedHashMap<>();
        SPEC_TABLE.forEach(row -> expected.put(row.get(0), row.get(1) + " @ RFC 5406 " + row.get(2)));
        SPEC_45_TABLE.forEach(row -> expected.put(row.get(0), row.get(1) + " @ " + row.get(2)));
        Map<String, String> actual = new LinkedHashMap<>();
        RuleRegistry.rules().forEach(rule -> {
            boolean rfc5406 =
                    rule.sources().size() == 1 && rule.entry().document().equals("RFC 5406");
            actual.put(
                    rule.id(),
                    rule.severity() + " @ "
                            + (rfc5406
                                    ? "RFC 5406 " + rule.entry().section()
                                    : rule.entry().citation()));
        });
        assertThat(actual).containsExactlyEntriesOf(expected);
    }

    @Test
    void catalogueAddsTheRulesReportedElsewhereWithTheirSections() {
        assertThat(RuleRegistry.ids())
                .hasSize(SPEC_TABLE.size() + SPEC_45_TABLE.size() + REPORTED_ELSEWHERE.size())
                .endsWith(REPORTED_ELSEWHERE.toArray(String[]::new));
        assertThat(RuleRegistry.entry("descriptor"))
                .get()
                .extracting(CatalogueEntry::section)
                .isNull();
        assertThat(RuleRegistry.entry("suppression"))
                .get()
                .extracting(CatalogueEntry::section)
                .isNull();
        assertThat(RuleRegistry.entry("stale-fragment"))
                .get()
                .extracting(CatalogueEntry::section)
                .isNull();
        assertThat(RuleRegistry.entry("just-use-ipsec"))
                .get()
                .extracting(CatalogueEntry::section)
                .isEqualTo("1, 8");
        assertThat(RuleRegistry.entry("bcp14-boilerplate"))
                .get()
                .extracting(CatalogueEntry::citation)
                .isEqualTo("RFC 8174 Section 2");
    }

    @Test
    void rulesReportedElsewhereCannotBeSuppressedAndAreNotRunOnProfiles() {
        for (String id : REPORTED_ELSEWHERE) {
            CatalogueEntry entry = RuleRegistry.entry(id).orElseThrow();
            // Errors, but bcp14-boilerplate: a draft that idnits rejects, not one that says too little.
            assertThat(entry.severity()).as(id).isEqualTo(id.equals("bcp14-boilerplate") ? "warning" : "error");
            assertThat(entry.suppressible()).as(id).isFalse();
            assertThat(entry.configurable()).as(id).isFalse();
            assertThat(entry.requiredItem()).as(id).isFalse();
            assertThat(RuleRegistry.rule(id)).as(id).isEmpty();
        }
    }

    @Test
    void theNineRequiredItemsAreErrorsThatCannotBeSuppressed() {
        List<Rule> required =
                RuleRegistry.rules().stream().filter(Rule::requiredItem).toList();
        assertThat(required).extracting(Rule::id).containsExactlyElementsOf(REQUIRED_ITEMS);
        assertThat(required).allSatisfy(rule -> {
            assertThat(rule.severity()).isEqualTo("error");
            assertThat(rule.entry().document()).isEqualTo("RFC 5406");
            assertThat(rule.entry().section()).matches("8[a-i]");
            assertThat(rule.entry().suppressible()).isFalse();
        });
    }

    @Test
    void guidanceRulesCanBeSuppressedAndConfigured() {
        assertThat(RuleRegistry.rules().stream().filter(rule -> !rule.requiredItem()))
                .hasSize(SPEC_TABLE.size() + SPEC_45_TABLE.size() - REQUIRED_ITEMS.size())
                .allSatisfy(rule -> {
                    assertThat(rule.entry().suppressible()).as(rule.id()).isTrue();
                    assertThat(rule.entry().configurable()).as(rule.id()).isTrue();
                });
    }

    @Test
    void everyCatalogueEntryHasAOneLineSummary() {
        assertThat(RuleRegistry.catalogue())
                .allSatisfy(entry ->
                        assertThat(entry.summary()).as(entry.id()).isNotBlank().doesNotContain("\n"));
    }

    @Test
    void triggerDependentSeveritiesDefaultToTheMoreSeriousOne() {
        CatalogueEntry entry = RuleRegistry.entry("ah-behind-nat").orElseThrow();
        assertThat(entry.severities())
                .containsExactly(org.ipsecprofile.check.Severity.ERROR, org.ipsecprofile.check.Severity.WARNING);
        assertThat(entry.defaultSeverity()).isEqualTo(org.ipsecprofile.check.Severity.ERROR);
    }

    @Test
    void nearestIdFindsTheIntendedRuleForATypo() {
        assertThat(RuleRegistry.nearestId("nat-travesal")).isEqualTo("nat-traversal");
        assertThat(RuleRegistry.nearestId("selector")).isEqualTo("selectors");
    }
}
