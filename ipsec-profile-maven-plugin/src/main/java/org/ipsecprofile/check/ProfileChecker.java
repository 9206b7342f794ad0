package org.ipsecprofile.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ipsecprofile.check.rules.CatalogueEntry;
import org.ipsecprofile.check.rules.Rule;
import org.ipsecprofile.check.rules.RuleRegistry;
import org.ipsecprofile.check.rules.Violation;
import org.ipsecprofile.model.Position;
import org.ipsecprofile.model.Profile;
import org.ipsecprofile.model.Suppression;

/**
 * Checks one profile against the rule catalogue (SPEC §4.2): runs every rule not turned off,
 * applies {@code ruleSeverities}, then the profile's {@code suppress} entries, and reports bad
 * entries as {@code suppression} findings. Holds only its settings; safe to share between threads.
 */
public final class ProfileChecker {

    /** The shortest justification a suppression may carry, counted after trimming. */
    public static final int MINIMUM_JUSTIFICATION = 20;

    private final RuleSettings settings;

    public ProfileChecker(RuleSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Every finding of {@code profile}, suppressed ones included, in {@link Finding#REPORT_ORDER}.
     * When several valid entries of {@code suppress} name the same rule, the first one's
     * justification is the one reported.
     */
    public List<Finding> check(Profile profile) {
        List<Finding> findings = new ArrayList<>();
        Map<String, String> justifications = new LinkedHashMap<>();
        for (Suppression suppression : profile.suppressions()) {
            List<Violation> problems = problemsOf(suppression);
            if (problems.isEmpty()) {
                justifications.putIfAbsent(
                        suppression.rule(), suppression.justification().strip());
            }
            for (Violation problem : problems) {
                findings.add(finding(
                        profile,
                        RuleRegistry.SUPPRESSION.id(),
                        RuleRegistry.SUPPRESSION.sources(),
                        problem.severity(),
                        problem));
            }
        }
        for (Rule rule : RuleRegistry.rules()) {
            if (settings.isOff(rule.id())) {
                continue;
            }
            String justification = justifications.get(rule.id());
            for (Violation violation : rule.check(profile)) {
                Severity severity = rule.requiredItem()
                        ? violation.severity()
                        : settings.effectiveSeverity(rule.id(), violation.severity());
                List<RuleSource> sources = violation.sources().isEmpty() ? rule.sources() : violation.sources();
                Finding finding = finding(profile, rule.id(), sources, severity, violation);
                findings.add(justification == null ? finding : finding.suppress(justification));
            }
        }
        findings.sort(Finding.REPORT_ORDER);
        return List.copyOf(findings);
    }

    /** What is wrong with one {@code suppress} entry; empty when it is valid. */
    private static List<Violation> problemsOf(Suppression entry) {
        List<Violation> problems = new ArrayList<>();
        String rulePath = entry.path() + ".rule";
        String rule = entry.rule() == null ? null : entry.rule().strip();
        if (rule == null || rule.isEmpty()) {
            problems.add(Violation.error(
                    rulePath,
                    rulePath + " is missing: name the guidance rule to silence for"
                            + " this profile, e.g. nat-traversal"));
        } else {
            Optional<CatalogueEntry> target = RuleRegistry.entry(rule);
            if (target.isEmpty()) {
                problems.add(Violation.error(
                        rulePath,
                        rulePath + " names unknown rule '" + rule + "': did you mean '" + RuleRegistry.nearestId(rule)
                                + "'?"));
            } else if (!target.get().suppressible()) {
                problems.add(Violation.error(
                        rulePath,
                        rulePath + " names rule '" + rule + "', which cannot be"
                                + " suppressed: "
                                + (target.get().requiredItem()
                                        ? "it is a required item of RFC 5406 Section 8; answer it in the descriptor instead"
                                        : "fix what it reports instead")));
            }
        }
        String justificationPath = entry.path() + ".justification";
        String justification =
                entry.justification() == null ? "" : entry.justification().strip();
        if (justification.isEmpty()) {
            problems.add(Violation.error(
                    justificationPath,
                    justificationPath + " is missing: say in at least " + MINIMUM_JUSTIFICATION
                            + " characters why the guidance does not apply to this profile"));
        } else if (characters(justification) < MINIMUM_JUSTIFICATION) {
            problems.add(Violation.error(
                    justificationPath,
                    justificationPath + " is too short ("
                            + characters(justification) + " characters): say in at least " + MINIMUM_JUSTIFICATION
                            + " characters why the guidance does not apply to this profile"));
        }
        return problems;
    }

    private static int characters(String text) {
        return text.codePointCount(0, text.length());
    }

    private static Finding finding(
            Profile profile, String rule, List<RuleSource> sources, Severity severity, Violation violation) {
        Position position = profile.positions() == null
                ? Position.START
                : profile.positions().positionOf(violation.path());
        return new Finding(
                rule,
                severity,
                sources,
                profile.id(),
                profile.file(),
                position.line(),
                position.column(),
                violation.message(),
                false,
                null);
    }
}
