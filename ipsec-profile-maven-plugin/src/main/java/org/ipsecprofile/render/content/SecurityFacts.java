package org.ipsecprofile.render.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.ipsecprofile.check.Finding;
import org.ipsecprofile.check.rules.AlgorithmRules;
import org.ipsecprofile.check.rules.KeyManagementRules;
import org.ipsecprofile.check.rules.ProtectionRules;
import org.ipsecprofile.check.rules.Rule;
import org.ipsecprofile.check.rules.RuleRegistry;
import org.ipsecprofile.check.rules.SuiteRules;
import org.ipsecprofile.model.Profile;

/**
 * What the draft's profiles imply for its Security Considerations: the facts the templates under
 * {@code wording/security/} word (SPEC §5, "The words live in the templates"). Java decides here;
 * the templates decide nothing but the words.
 *
 * @param anchor the anchor of the Security Considerations section
 * @param profiles each profile's facts, in the draft's order
 * @param several true when the draft has more than one profile, so that each answer is led by
 *     the names of the profiles it covers
 * @param consequences true when at least one profile has a reported guidance rule with a
 *     consequence for deployments
 * @param consequenceRules the guidance rules that have a consequence template
 *     ({@code wording/consequence/<rule>.ftlx}), in catalogue order: every guidance rule but
 *     those of {@link #NO_CONSEQUENCE}
 * @param parts which profiles share the wording of each part, by part name ({@code introduction},
 *     each threat by its name, {@code consequences}): see {@link SharedParts}
 * @param additional the paragraphs of every profile's {@code securityConsiderations.additional},
 *     each once, in the draft's order
 */
public record SecurityFacts(
        String anchor,
        List<ProfileSecurityFacts> profiles,
        boolean several,
        boolean consequences,
        List<String> consequenceRules,
        Map<String, List<SharedParts.Group>> parts,
        List<String> additional) {

    /** The anchor of the Security Considerations section. */
    public static final String ANCHOR = "security-considerations";

    /**
     * The guidance rules whose point lives in the profile section (and, for the source address
     * check, in the message modification threat), so they have no consequence template; and the
     * rules of SPEC §4.5 (today's suite and algorithms), which have none yet.
     */
    public static final Set<String> NO_CONSEQUENCE = Set.of(
            ProtectionRules.AH_ESP_COMBINED.id(),
            ProtectionRules.TUNNEL_FOR_HOST_TO_HOST.id(),
            KeyManagementRules.IKE_VERSION_SUITE.id(),
            ProtectionRules.SENDER_ADDRESS_CHECK.id(),
            SuiteRules.IPSEC_V2_OBSOLETE.id(),
            SuiteRules.IKEV1_HISTORIC.id(),
            SuiteRules.ALGORITHMS_UNSPECIFIED.id(),
            AlgorithmRules.ALGORITHM_MUST_NOT.id(),
            AlgorithmRules.ALGORITHM_SHOULD_NOT.id(),
            AlgorithmRules.ALGORITHM_SUNSET.id(),
            AlgorithmRules.ALGORITHM_UNLISTED.id(),
            AlgorithmRules.ENCRYPTION_WITHOUT_INTEGRITY.id(),
            AlgorithmRules.NULL_WITHOUT_INTEGRITY.id(),
            AlgorithmRules.AEAD_WITH_INTEGRITY.id(),
            AlgorithmRules.MANUAL_KEYING_COUNTER_MODE.id(),
            SuiteRules.AH_MANDATORY.id(),
            SuiteRules.GATEWAY_TRANSPORT_MODE.id(),
            AlgorithmRules.CONFIDENTIALITY_WITHOUT_CIPHER.id());

    /** The guidance rules (those a profile may suppress), in catalogue order. */
    public static List<String> guidanceRules() {
        List<String> ids = new ArrayList<>();
        for (Rule rule : RuleRegistry.rules()) {
            if (!rule.requiredItem()) {
                ids.add(rule.id());
            }
        }
        return List.copyOf(ids);
    }

    /** The guidance rules that have a consequence template, in catalogue order. */
    public static List<String> rulesWithConsequence() {
        return guidanceRules().stream()
                .filter(rule -> !NO_CONSEQUENCE.contains(rule))
                .toList();
    }

    /**
     * The facts of a draft.
     *
     * @param profiles the draft's profiles, in file order
     * @param findings the findings of all profiles (suppressed ones are ignored)
     * @param sectionTitle the title of each profile's section as its wording template wrote it,
     *     which the references to it show
     */
    public static SecurityFacts of(
            List<Profile> profiles, List<Finding> findings, Function<Profile, String> sectionTitle) {
        Objects.requireNonNull(profiles, "profiles");
        Objects.requireNonNull(findings, "findings");
        // Each profile's reported rules, gathered once: asking every rule of every profile against
        // all findings took minutes for 10,000 profiles.
        Map<String, Set<String>> reported = new HashMap<>();
        for (Finding finding : findings) {
            if (finding.profile() != null && !finding.suppressed()) {
                reported.computeIfAbsent(finding.profile(), id -> new HashSet<>())
                        .add(finding.rule());
            }
        }
        List<String> guidance = guidanceRules();
        List<String> withConsequence = rulesWithConsequence();
        List<ProfileSecurityFacts> facts = new ArrayList<>(profiles.size());
        boolean consequences = false;
        for (Profile profile : profiles) {
            ProfileSecurityFacts one = ProfileSecurityFacts.of(
                    profile, sectionTitle.apply(profile), reported.getOrDefault(profile.id(), Set.of()), guidance);
            consequences |= one.rules().stream().anyMatch(withConsequence::contains);
            facts.add(one);
        }
        // An author's paragraph that several profiles add is said once.
        Set<String> additional = new LinkedHashSet<>();
        for (ProfileSecurityFacts one : facts) {
            additional.addAll(one.additional());
        }
        List<ProfileSecurityFacts> all = List.copyOf(facts);
        return new SecurityFacts(
                ANCHOR,
                all,
                profiles.size() > 1,
                consequences,
                withConsequence,
                SharedParts.of(all, withConsequence),
                List.copyOf(additional));
    }
}
