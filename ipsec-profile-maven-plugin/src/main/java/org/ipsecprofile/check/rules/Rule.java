package org.ipsecprofile.check.rules;

import java.util.List;
import java.util.Objects;
import org.ipsecprofile.check.RuleSource;
import org.ipsecprofile.model.Profile;

/**
 * One rule evaluated on a profile: its catalogue entry and its check. Rules are stateless and
 * safe to share between threads. The rules themselves live as one method each in
 * {@link RequiredItemRules}, {@link ProtectionRules}, {@link KeyManagementRules},
 * {@link DeploymentRules}, {@link SuiteRules} and {@link AlgorithmRules}; {@link RuleRegistry} lists them in catalogue order.
 */
public final class Rule {

    /** The check of a rule: the violations it finds in a profile, empty when it does not fire. */
    @FunctionalInterface
    public interface Check {
        List<Violation> apply(Profile profile);
    }

    private final CatalogueEntry entry;
    private final Check check;

    private Rule(CatalogueEntry entry, Check check) {
        this.entry = entry;
        this.check = Objects.requireNonNull(check, "check");
    }

    /** The rule of a required item of RFC 5406 Section 8: error, cannot be suppressed or re-severitied. */
    public static Rule requiredItem(RequiredItem item, String summary, Check check) {
        return new Rule(
                new CatalogueEntry(
                        item.ruleId(), "error", List.of(RuleSource.rfc5406(item.section())), summary, true, false),
                check);
    }

    /** A guidance rule of RFC 5406 (SPEC §4.2): its severity can be overridden and it can be suppressed. */
    public static Rule guidance(String id, String severity, String section, String summary, Check check) {
        return guidance(id, severity, List.of(RuleSource.rfc5406(section)), summary, check);
    }

    /** A guidance rule citing other documents too (SPEC §4.5), the first source first. */
    public static Rule guidance(String id, String severity, List<RuleSource> sources, String summary, Check check) {
        return new Rule(new CatalogueEntry(id, severity, sources, summary, false, true), check);
    }

    public String id() {
        return entry.id();
    }

    /** The catalogue severity text: {@code error}, {@code warning}, {@code info} or {@code error/warning}. */
    public String severity() {
        return entry.severity();
    }

    /** The documents and sections the rule applies, the first first. */
    public List<RuleSource> sources() {
        return entry.sources();
    }

    public boolean requiredItem() {
        return entry.requiredItem();
    }

    /** One line saying when the rule fires, for the generated catalogue. */
    public String summary() {
        return entry.summary();
    }

    public CatalogueEntry entry() {
        return entry;
    }

    /** The violations of this rule in {@code profile}; empty when it does not fire. */
    public List<Violation> check(Profile profile) {
        return List.copyOf(check.apply(profile));
    }

    @Override
    public String toString() {
        return "Rule[" + entry.id() + "]";
    }
}
