package org.ipsecprofile.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ipsecprofile.check.RuleSource;
import org.ipsecprofile.check.Severity;

/**
 * One line of the rule catalogue (SPEC §4.2), as the site page, SARIF and configuration
 * checks use it.
 *
 * @param id           the stable rule id
 * @param severity     the catalogue severity text: {@code error}, {@code warning}, {@code info},
 *                     or {@code error/warning} where the trigger decides
 * @param sources      the documents and sections the rule applies, as the catalogue writes
 *                     them (RFC 5406 {@code 8a}, {@code 3.1}, {@code 1, 8h}; RFC 8221 {@code 5});
 *                     empty for the plugin's own checks. A rule whose source depends on the entry
 *                     it reports (the algorithm level rules) lists the documents of its table,
 *                     and each finding names its own.
 * @param summary      one line saying when the rule fires
 * @param requiredItem true for the nine required items of RFC 5406 Section 8
 * @param suppressible true when a profile's {@code suppress} may silence the rule and
 *                     {@code ruleSeverities} may change its severity (the guidance rules)
 */
public record CatalogueEntry(
        String id,
        String severity,
        List<RuleSource> sources,
        String summary,
        boolean requiredItem,
        boolean suppressible) {

    public CatalogueEntry {
        Objects.requireNonNull(id, "id");
        sources = List.copyOf(sources);
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(summary, "summary");
        if (requiredItem && suppressible) {
            throw new IllegalArgumentException(id + ": a required item cannot be suppressible");
        }
        if (parseSeverities(severity).isEmpty()) {
            throw new IllegalArgumentException(id + ": bad severity text " + severity);
        }
    }

    /** The first source's document, e.g. {@code RFC 5406}; null for the plugin's own checks. */
    public String document() {
        return sources.isEmpty() ? null : sources.get(0).document();
    }

    /** The first source's section as the catalogue writes it ({@code 8h}); null when none. */
    public String section() {
        return sources.isEmpty() ? null : sources.get(0).section();
    }

    /** Every source as reports cite it: {@code RFC 5406 Section 6}; empty for none. */
    public String citation() {
        return RuleSource.describe(sources);
    }

    /** True when {@code ruleSeverities} may override or turn off this rule (same set as suppressible). */
    public boolean configurable() {
        return suppressible;
    }

    /** The severities the rule can report with, most serious first ({@code error/warning} gives both). */
    public List<Severity> severities() {
        return parseSeverities(severity);
    }

    /** The most serious severity the rule can report with, e.g. for SARIF's default level. */
    public Severity defaultSeverity() {
        return severities().get(0);
    }

    private static List<Severity> parseSeverities(String text) {
        List<Severity> result = new ArrayList<>();
        for (String part : text.split("/")) {
            Severity parsed = Severity.fromKeyword(part).orElse(null);
            if (parsed == null) {
                return List.of();
            }
            result.add(parsed);
        }
        result.sort(null);
        return List.copyOf(result);
    }
}
