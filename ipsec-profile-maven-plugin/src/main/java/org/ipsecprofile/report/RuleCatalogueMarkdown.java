package org.ipsecprofile.report;

import org.ipsecprofile.check.rules.CatalogueEntry;
import org.ipsecprofile.check.rules.RuleRegistry;

/** The rule catalogue as a Markdown table, from {@link RuleRegistry}: the site's rules page. */
public final class RuleCatalogueMarkdown {

    private RuleCatalogueMarkdown() {}

    /** One table row per catalogue entry, in catalogue order, with a header row. */
    public static String table() {
        StringBuilder table = new StringBuilder()
                .append("| rule id | severity | source | fires when | suppressible |\n")
                .append("|---|---|---|---|---|\n");
        for (CatalogueEntry entry : RuleRegistry.catalogue()) {
            String citation = entry.citation();
            table.append("| `")
                    .append(entry.id())
                    .append("` | ")
                    .append(entry.severity())
                    .append(" | ")
                    .append(citation.isEmpty() ? "—" : citation)
                    .append(" | ")
                    .append(entry.summary().replace("|", "\\|"))
                    .append(" | ")
                    .append(entry.suppressible() ? "yes" : "no")
                    .append(" |\n");
        }
        return table.toString();
    }
}
