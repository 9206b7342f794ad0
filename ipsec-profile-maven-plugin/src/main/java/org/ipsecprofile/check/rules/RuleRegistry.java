package org.ipsecprofile.check.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.ipsecprofile.check.RuleSource;

/**
 * Every rule of the catalogue (SPEC §4.2, then §4.5), in the catalogue's order: the single source for the
 * checker, configuration checks, the site's rule catalogue and SARIF.
 *
 * <p>{@link #rules()} are evaluated on each profile. {@link #catalogue()} adds the entries of
 * rules reported elsewhere: {@code descriptor} (the parser), {@code suppression} (the checker,
 * about {@code suppress} entries), {@code just-use-ipsec} and {@code bcp14-boilerplate} (the draft scan) and
 * {@code stale-fragment} (committed fragments).
 */
public final class RuleRegistry {

    /** Parse problems of a descriptor (SPEC §7). */
    public static final CatalogueEntry DESCRIPTOR = new CatalogueEntry(
            "descriptor",
            "error",
            List.of(),
            "the descriptor cannot be read: YAML syntax, wrong types, unknown keys or values, duplicate keys or"
                    + " ids, unsafe ids, empty, oversized or non-UTF-8 files",
            false,
            false);

    /** A bad entry of a profile's {@code suppress} list (SPEC §4.2, §4.3). */
    public static final CatalogueEntry SUPPRESSION = new CatalogueEntry(
            "suppression",
            "error",
            List.of(),
            "a suppress entry whose justification is missing or shorter than 20 characters after trimming, or"
                    + " that names an unknown rule or one that cannot be suppressed",
            false,
            false);

    /** A draft that mandates IPsec with no profile behind it (SPEC §4.4). */
    public static final CatalogueEntry JUST_USE_IPSEC = new CatalogueEntry(
            "just-use-ipsec",
            "error",
            List.of(RuleSource.rfc5406("1, 8")),
            "a draft requires or recommends IPsec (or ESP, AH, IKE), but the project has no profile descriptor or"
                    + " the draft includes none of the generated profile fragments; an error for a BCP 14 keyword"
                    + " (MUST, SHOULD, …), a warning for a requirement in plain English, lower case (\"must be used\","
                    + " \"is mandatory\"), which RFC 8174 Section 2 does not give BCP 14 meaning",
            false,
            false);

    /**
     * A draft that includes generated sections using BCP 14 keywords without the BCP 14
     * boilerplate (SPEC §4.4). Fixed at warning, like {@code just-use-ipsec} it concerns a draft,
     * not a profile: no profile's {@code suppress} can reach it, and an {@code ipsec-profile:ignore}
     * marker on the include's line silences it.
     */
    public static final CatalogueEntry BCP14_BOILERPLATE = new CatalogueEntry(
            "bcp14-boilerplate",
            "warning",
            List.of(RuleSource.rfc(8174, "2")),
            "a draft includes a generated section that uses BCP 14 keywords, but has neither the BCP 14"
                    + " boilerplate sentence nor kramdown-rfc's {::boilerplate bcp14...}",
            false,
            false);

    /** A committed generated fragment that differs from what {@code generate} writes now (SPEC §5.1). */
    public static final CatalogueEntry STALE_FRAGMENT = new CatalogueEntry(
            "stale-fragment",
            "error",
            List.of(),
            "a committed generated fragment is missing or differs from what the generate goal would write now",
            false,
            false);

    private static final List<Rule> RULES = List.of(
            RequiredItemRules.SELECTORS,
            RequiredItemRules.PROTECTION,
            RequiredItemRules.KEY_MANAGEMENT,
            RequiredItemRules.IDENTIFICATION,
            RequiredItemRules.USER_SWITCHING,
            RequiredItemRules.AUTHENTICATION,
            RequiredItemRules.AUTHORIZATION,
            RequiredItemRules.IKE_VARIANT,
            RequiredItemRules.AVAILABILITY,
            ProtectionRules.CONFIDENTIALITY_REQUIRES_ESP,
            ProtectionRules.AH_BEHIND_NAT,
            ProtectionRules.NAT_TRAVERSAL,
            ProtectionRules.ESP_WITHOUT_INTEGRITY,
            ProtectionRules.AH_ESP_COMBINED,
            ProtectionRules.TUNNEL_FOR_HOST_TO_HOST,
            KeyManagementRules.MANUAL_KEYING,
            KeyManagementRules.KINK_REQUIRES_KERBEROS,
            KeyManagementRules.SHARED_SECRET_SCALING,
            KeyManagementRules.GLOBAL_PKI,
            KeyManagementRules.EXISTING_PKI,
            KeyManagementRules.PUBLIC_KEY_COST,
            KeyManagementRules.LOW_LEVEL_KEY_MANAGEMENT,
            DeploymentRules.APPLICATION_API,
            DeploymentRules.EMBEDDED_ENDPOINTS,
            DeploymentRules.NESTED_IPSEC,
            DeploymentRules.USER_GRANULARITY,
            DeploymentRules.PORT_SELECTORS,
            DeploymentRules.SCTP_SELECTORS,
            DeploymentRules.TUNNELED_TRAFFIC,
            DeploymentRules.MULTICAST,
            KeyManagementRules.EAP_REQUIRES_IKEV2,
            KeyManagementRules.IKE_VERSION_SUITE,
            ProtectionRules.SENDER_ADDRESS_CHECK,
            DeploymentRules.AVAILABILITY_UNKNOWN,
            DeploymentRules.AVAILABILITY_UNAVAILABLE,
            SuiteRules.IPSEC_V2_OBSOLETE,
            SuiteRules.IKEV1_HISTORIC,
            SuiteRules.ALGORITHMS_UNSPECIFIED,
            AlgorithmRules.ALGORITHM_MUST_NOT,
            AlgorithmRules.ALGORITHM_SHOULD_NOT,
            AlgorithmRules.ALGORITHM_SUNSET,
            AlgorithmRules.ALGORITHM_UNLISTED,
            AlgorithmRules.ENCRYPTION_WITHOUT_INTEGRITY,
            AlgorithmRules.NULL_WITHOUT_INTEGRITY,
            AlgorithmRules.AEAD_WITH_INTEGRITY,
            AlgorithmRules.MANUAL_KEYING_COUNTER_MODE,
            SuiteRules.AH_MANDATORY,
            SuiteRules.GATEWAY_TRANSPORT_MODE,
            AlgorithmRules.CONFIDENTIALITY_WITHOUT_CIPHER);

    private static final Map<String, CatalogueEntry> CATALOGUE = buildCatalogue();

    private RuleRegistry() {}

    /** The rules evaluated on every profile, in catalogue order. */
    public static List<Rule> rules() {
        return RULES;
    }

    /** The rule evaluated on profiles with this id, if there is one. */
    public static Optional<Rule> rule(String id) {
        return RULES.stream().filter(rule -> rule.id().equals(id)).findFirst();
    }

    /** Every catalogue entry, in catalogue order: the profile rules, then {@code suppression}, {@code descriptor},
     *  {@code just-use-ipsec} and {@code stale-fragment}. */
    public static List<CatalogueEntry> catalogue() {
        return List.copyOf(CATALOGUE.values());
    }

    /** The catalogue entry with this id, if there is one. */
    public static Optional<CatalogueEntry> entry(String id) {
        return Optional.ofNullable(id == null ? null : CATALOGUE.get(id));
    }

    /** Every rule id of the catalogue, in catalogue order. */
    public static List<String> ids() {
        return List.copyOf(CATALOGUE.keySet());
    }

    /**
     * The catalogue id closest to {@code unknown} by Levenshtein distance (ties go to catalogue
     * order). Called only for an unknown rule id, so commons-text loads only then.
     */
    public static String nearestId(String unknown) {
        String text = unknown == null ? "" : unknown;
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        return CATALOGUE.keySet().stream()
                .min(Comparator.comparingInt(id -> distance.apply(id, text)))
                .orElseThrow();
    }

    private static Map<String, CatalogueEntry> buildCatalogue() {
        List<CatalogueEntry> entries = new ArrayList<>();
        RULES.forEach(rule -> entries.add(rule.entry()));
        entries.addAll(List.of(SUPPRESSION, DESCRIPTOR, JUST_USE_IPSEC, BCP14_BOILERPLATE, STALE_FRAGMENT));
        Map<String, CatalogueEntry> byId = new LinkedHashMap<>();
        for (CatalogueEntry entry : entries) {
            if (byId.put(entry.id(), entry) != null) {
                throw new IllegalStateException("duplicate rule id " + entry.id());
            }
        }
        return byId;
    }
}
