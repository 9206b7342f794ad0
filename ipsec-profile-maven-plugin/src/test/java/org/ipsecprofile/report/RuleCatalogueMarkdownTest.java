package org.ipsecprofile.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ipsecprofile.check.rules.RuleRegistry;
import org.junit.jupiter.api.Test;

/**
 * The site's rule catalogue page holds the table {@link RuleCatalogueMarkdown} computes from
 * the registry, so the documentation cannot drift from the code. To refresh the page, run
 * this test with {@code -Dipsecprofile.updateDocs=true}.
 */
class RuleCatalogueMarkdownTest {

    private static final Path PAGE = Path.of("../site/src/site/markdown/rules.md");
    private static final String START = "<!-- catalogue:start -->\n";
    private static final String END = "<!-- catalogue:end -->\n";

    @Test
    void listsEveryCatalogueEntryOnce() {
        String table = RuleCatalogueMarkdown.table();

        RuleRegistry.catalogue().forEach(entry ->
                assertThat(table).containsOnlyOnce("| `" + entry.id() + "` |"));
        assertThat(table).contains("| `ike-variant` | error | Section 8 item h |");
        assertThat(table).contains("| `ah-behind-nat` | error/warning | Section 3.1 |");
    }

    @Test
    void theSitePageHoldsTheCurrentCatalogue() throws Exception {
        String page = Files.readString(PAGE, StandardCharsets.UTF_8);
        int start = page.indexOf(START) + START.length();
        int end = page.indexOf(END);
        assertThat(start).as("markers in %s", PAGE).isGreaterThan(START.length() - 1);
        String expected = page.substring(0, start) + RuleCatalogueMarkdown.table() + page.substring(end);
        if (Boolean.getBoolean("ipsecprofile.updateDocs")) {
            Files.writeString(PAGE, expected, StandardCharsets.UTF_8);
        }
        assertThat(page).as("site rules page is stale; rerun with -Dipsecprofile.updateDocs=true").isEqualTo(expected);
    }
}
