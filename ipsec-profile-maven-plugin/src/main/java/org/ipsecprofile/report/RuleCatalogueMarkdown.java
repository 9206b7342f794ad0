package org.ipsecprofile.report;

import org.ipsecprofile.check.levels.AlgorithmContext;
import org.ipsecprofile.check.levels.AlgorithmLevels;
import org.ipsecprofile.check.levels.LevelRow;
import org.ipsecprofile.check.rules.CatalogueEntry;
import org.ipsecprofile.check.rules.RuleRegistry;

/**
 * The rule catalogue as Markdown, from {@link RuleRegistry} and {@link AlgorithmLevels}: the
 * site's rules page.
 */
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
                    .append(escape(entry.summary()))
                    .append(" | ")
                    .append(entry.suppressible() ? "yes" : "no")
                    .append(" |\n");
        }
        return table.toString();
    }

    /**
     * The level tables of SPEC §4.5, one per context in descriptor order: a heading naming the
     * list, what a name the table does not list defaults to, then one row per algorithm with its
     * level and the RFC and section of its row.
     */
    public static String levelTables() {
        StringBuilder tables = new StringBuilder();
        for (AlgorithmContext context : AlgorithmContext.values()) {
            if (tables.length() > 0) {
                tables.append('\n');
            }
            tables.append("### `algorithms.")
                    .append(context.key())
                    .append("`\n\n")
                    .append("Held against ")
                    .append(context.document())
                    .append(context.ike() ? " when `ike.version` is `ikev2`" : "")
                    .append(". A name not in this table defaults to MAY (")
                    .append(context.defaultSource().describe())
                    .append("): `algorithm-unlisted`.\n\n")
                    .append("| algorithm | level | source |\n")
                    .append("|---|---|---|\n");
            for (LevelRow row : AlgorithmLevels.rows(context)) {
                tables.append("| ")
                        .append(
                                row.description() == null
                                        ? "`" + row.algorithm() + "`"
                                        : "`" + row.algorithm() + "` (" + escape(row.description()) + ")")
                        .append(" | ")
                        .append(row.level().label())
                        .append(" | ")
                        .append(row.source().describe())
                        .append(" |\n");
            }
        }
        return tables.toString();
    }

    private static String escape(String text) {
        return text.replace("|", "\\|");
    }
}
