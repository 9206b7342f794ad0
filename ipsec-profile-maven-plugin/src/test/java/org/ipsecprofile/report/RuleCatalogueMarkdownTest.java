package org.ipsecprofile.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.ipsecprofile.check.rules.RuleRegistry;
import org.junit.jupiter.api.Test;

/**
 * The rule table of the site, computed from {@link RuleRegistry}. The site build writes it into
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
    void hasOneRowPerEntryBelowTheHeader() {
        assertThat(RuleCatalogueMarkdown.table().lines())
                .hasSize(RuleRegistry.catalogue().size() + 2);
    }
}
