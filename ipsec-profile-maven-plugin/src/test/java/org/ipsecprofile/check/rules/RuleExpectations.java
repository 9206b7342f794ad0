package org.ipsecprofile.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ipsecprofile.check.ProfileFixtures.ProfileBuilder;
import org.ipsecprofile.check.RuleSource;
import org.ipsecprofile.check.Severity;

/**
 * Assertions for rule tests. Rules are looked up by id in {@link RuleRegistry}, so a test fails
 * when its rule is removed from the registry, and every violation is held to the catalogue: its
 * severity is one the rule declares, and its message names the key path and carries no RFC
 * citation of its own sources (the log adds that).
 */
final class RuleExpectations {

    private RuleExpectations() {}

    /** The violations of rule {@code ruleId} in {@code profile}, each checked against the catalogue. */
    static List<Violation> violations(String ruleId, ProfileBuilder profile) {
        Rule rule = RuleRegistry.rule(ruleId).orElseThrow(() -> new AssertionError("no rule " + ruleId));
        List<Violation> violations = rule.check(profile.build());
        for (Violation violation : violations) {
            assertThat(rule.entry().severities()).as("severities of %s", ruleId).contains(violation.severity());
            assertThat(violation.message())
                    .as("message of %s", ruleId)
                    .contains(violation.path())
                    .doesNotContain("RFC 5406 Section")
                    .doesNotEndWith(".");
            List<RuleSource> sources = violation.sources().isEmpty() ? rule.sources() : violation.sources();
            for (RuleSource source : sources) {
                if (source.section() != null) {
                    assertThat(violation.message()).as("message of %s", ruleId).doesNotContain(source.describe());
                }
            }
        }
        return violations;
    }

    /** The key paths of the rule's violations, in the order the rule reports them. */
    static List<String> paths(String ruleId, ProfileBuilder profile) {
        return violations(ruleId, profile).stream().map(Violation::path).toList();
    }

    /** Asserts that the rule fires exactly once, with this severity at this key path. */
    static Violation firesOnce(String ruleId, ProfileBuilder profile, Severity severity, String path) {
        List<Violation> violations = violations(ruleId, profile);
        assertThat(violations).as("violations of %s", ruleId).hasSize(1);
        Violation violation = violations.get(0);
        assertThat(violation.severity()).as("severity of %s", ruleId).isEqualTo(severity);
        assertThat(violation.path()).as("path of %s", ruleId).isEqualTo(path);
        return violation;
    }

    /** Asserts that a required-item rule reports exactly these missing keys, in this order. */
    static List<Violation> reportsMissing(String ruleId, ProfileBuilder profile, String... paths) {
        List<Violation> violations = violations(ruleId, profile);
        assertThat(violations)
                .extracting(Violation::path)
                .as("paths of %s", ruleId)
                .containsExactly(paths);
        assertThat(violations).extracting(Violation::severity).containsOnly(Severity.ERROR);
        return violations;
    }

    static void staysQuiet(String ruleId, ProfileBuilder profile) {
        assertThat(violations(ruleId, profile)).as("violations of %s", ruleId).isEmpty();
    }
}
