package org.ipsecprofile.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.ipsecprofile.check.levels.AlgorithmContext;
import org.ipsecprofile.check.levels.AlgorithmLevels;
import org.ipsecprofile.check.levels.LevelRow;
import org.ipsecprofile.check.rules.RuleRegistry;
import org.junit.jupiter.api.Test;

/**
 * The rule table of the site, computed from {@link RuleRegistry}, and the level tables, from
 * {@link AlgorithmLevels}. The site build writes it into
 * the rules page ({@code org.ipsecprofile.site.SitePages}), so the page cannot drift from the code.
 */
class RuleCatalogueMarkdownTest {

    @Test
    void listsEveryCatalogueEntryOnce() {
        String table = RuleCatalogueMarkdown.table();

        RuleRegistry.catalogue().forEach(entry -> assertThat(table).containsOnlyOnce("| `" + entry.id() + "` |"));
        assertThat(table).contains("| `ike-variant` | error | RFC 5406 Section 8 item h |");
        assertThat(table).contains("| `ah-behind-nat` | error/warning | RFC 5406 Section 3.1 |");
    }

    @Test
    void listsTheRulesOfTodaysSuiteWithTheirDocuments() {
        assertThat(RuleCatalogueMarkdown.table())
                .contains("| `ikev1-historic` | warning | RFC 9395 Sections 1 and 3 |")
                .contains("| `algorithm-unlisted` | info | RFC 8221 Section 1.2; RFC 8247 Section 1.3 |");
    }

    @Test
    void theLevelTablesShowEveryRowOfEveryContextWithItsLevelAndSource() {
        String tables = RuleCatalogueMarkdown.levelTables();

        for (AlgorithmContext context : AlgorithmContext.values()) {
            assertThat(tables).containsOnlyOnce("### `algorithms." + context.key() + "`\n");
            for (LevelRow row : AlgorithmLevels.rows(context)) {
                assertThat(tables)
                        .contains("`" + row.algorithm() + "`")
                        .contains(" | " + row.level().label() + " | "
                                + row.source().describe() + " |");
            }
        }
        assertThat(tables)
                .contains("| `ENCR_DES` | MUST NOT | RFC 8221 Section 5 |")
                .contains("| `ENCR_RC5` | DEPRECATED | RFC 9395 Section 7 |")
                .contains("| `PRF_HMAC_SHA2_512` | SHOULD+ | RFC 8247 Section 2.2 |")
                .contains("| `AUTH_HMAC_SHA1_96` | MUST- | RFC 8221 Section 6 |")
                .contains("| `14` (2048-bit MODP Group) | MUST | RFC 8247 Section 2.4 |")
                .contains("A name not in this table defaults to MAY (RFC 8247 Section 1.3)")
                .contains("Held against RFC 8247 when `ike.version` is `ikev2`.");
        int rows = 0;
        for (AlgorithmContext context : AlgorithmContext.values()) {
            rows += AlgorithmLevels.rows(context).size();
        }
        assertThat(tables.lines().filter(line -> line.startsWith("| `"))).hasSize(rows);
    }

    @Test
    void hasOneRowPerEntryBelowTheHeader() {
        assertThat(RuleCatalogueMarkdown.table().lines())
                .hasSize(RuleRegistry.catalogue().size() + 2);
    }
}
