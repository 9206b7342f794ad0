package org.ipsecprofile.render.content;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.ipsecprofile.check.rules.DeploymentRules;
import org.ipsecprofile.check.rules.KeyManagementRules;
import org.ipsecprofile.check.rules.ProtectionRules;
import org.ipsecprofile.model.AuthenticationMethod;
import org.ipsecprofile.model.CertificateIssuance;
import org.ipsecprofile.model.KeyManagementMethod;
import org.ipsecprofile.render.content.ProfileSecurityFacts.Level;
import org.ipsecprofile.render.content.ProfileSecurityFacts.Met;
import org.ipsecprofile.render.content.ProfileSecurityFacts.UpperLayer;

/**
 * Which profiles share the wording of each part of the Security Considerations (SPEC §5, "Several
 * profiles in one draft"): what profiles share is said once, naming the profiles it covers, and
 * per profile only what differs. A part (the introduction, a threat, the consequences) is made of
 * pieces, each a sentence or two that the templates word from a few facts; profiles whose facts for
 * a piece are equal share it. The facts are compared as small keys, never as rendered text, so
 * 10,000 profiles cost a few lists of bits.
 *
 * <p>The pieces of a threat that cover the same profiles are said in one paragraph, led by the names
 * of those profiles; a single profile's pieces thus make one paragraph, as they did before there
 * were several. Each consequence is a list item of its own.
 */
public final class SharedParts {

    /** The key of a piece that says the same for every profile that has it. */
    private static final Object SAME = Boolean.TRUE;

    private SharedParts() {}

    /**
     * One paragraph (or list item) of a part: the profiles it covers and what it says for them.
     *
     * @param profiles the profiles it covers, in the draft's order
     * @param all true when it covers every profile of the draft
     * @param pieces what it says, in order
     */
    public record Group(List<ProfileSecurityFacts> profiles, boolean all, List<Piece> pieces) {}

    /**
     * One piece of a paragraph.
     *
     * @param name which piece, as the part's template knows it (for a consequence, the rule id)
     * @param profile the first profile it covers, whose facts the template words; every profile
     *     it covers has the same facts for it
     * @param opens true when the piece opens its paragraph in a draft of several profiles, so it
     *     cannot lean on a sentence before it
     */
    public record Piece(String name, ProfileSecurityFacts profile, boolean opens) {}

    /** A piece and the facts its wording depends on: null when it says nothing for a profile. */
    private record Kind(String name, Function<ProfileSecurityFacts, Object> key) {}

    /** The groups of each part, by part name, for {@code profiles}. */
    static Map<String, List<Group>> of(List<ProfileSecurityFacts> profiles, List<String> consequenceRules) {
        Map<String, List<Group>> parts = new LinkedHashMap<>();
        parts.put("introduction", paragraphs(profiles, List.of(new Kind("services", ProfileSecurityFacts::services))));
        parts.put("eavesdropping", paragraphs(profiles, eavesdropping()));
        parts.put("replay", paragraphs(profiles, replay()));
        parts.put(
                "messageInsertion",
                paragraphs(
                        profiles, List.of(new Kind("content", p -> p.threats().messageInsertion()))));
        parts.put("messageDeletion", paragraphs(profiles, messageDeletion()));
        parts.put("messageModification", paragraphs(profiles, messageModification()));
        parts.put("manInTheMiddle", paragraphs(profiles, manInTheMiddle(profiles)));
        parts.put("denialOfService", paragraphs(profiles, denialOfService()));
        parts.put("algorithmAgility", paragraphs(profiles, algorithmAgility()));
        parts.put("consequences", items(profiles, consequences(consequenceRules)));
        return parts;
    }

    private static List<Kind> eavesdropping() {
        return List.of(
                new Kind("content", p -> switch (p.threats().eavesdropping()) {
                    case NOT -> List.of(Met.NOT, p.esp());
                    default -> p.threats().eavesdropping();
                }),
                new Kind("seen", p -> p.threats().eavesdropping() == Met.FULLY ? p.tunnelMode() : null),
                new Kind("aggressive", p -> p.ikev1Aggressive() ? SAME : null));
    }

    private static List<Kind> replay() {
        return List.of(
                new Kind("content", p -> switch (p.threats().replay()) {
                    case NOT ->
                        p.keyManagement() == KeyManagementMethod.MANUAL
                                ? "manual"
                                : p.replayDisabled() ? "disabled" : "no-integrity";
                    default -> p.threats().replay();
                }),
                new Kind(
                        "keys",
                        p -> p.threats().replay() == Met.FULLY ? p.keyManagement() == KeyManagementMethod.KINK : null),
                new Kind(
                        "upperLayer",
                        p -> p.threats().replay() == Met.PARTLY || p.threats().replay() == Met.NOT
                                ? upperLayer(p)
                                : null));
    }

    /** Who else rejects replayed or notices deleted messages: the transport, or the protocol by name. */
    private static Object upperLayer(ProfileSecurityFacts p) {
        return p.transport() == UpperLayer.OTHER ? List.of(UpperLayer.OTHER, p.name()) : p.transport();
    }

    private static List<Kind> messageDeletion() {
        return List.of(new Kind("general", p -> SAME), new Kind("transport", SharedParts::upperLayer));
    }

    private static List<Kind> messageModification() {
        return List.of(
                new Kind("content", p -> p.threats().messageModification()),
                new Kind("ah", p -> p.threats().messageModification() == Met.FULLY && p.ah() ? SAME : null),
                new Kind(
                        "senderAddress",
                        p -> p.threats().messageModification() == Met.FULLY && p.senderAddressCheck() ? SAME : null));
    }

    /**
     * The man-in-the-middle pieces: one per authentication method, in the order the methods first
     * appear among the profiles (a single profile's own order).
     */
    private static List<Kind> manInTheMiddle(List<ProfileSecurityFacts> profiles) {
        List<Kind> kinds = new ArrayList<>();
        kinds.add(new Kind("unknown", p -> p.threats().manInTheMiddle() == Met.UNKNOWN ? SAME : null));
        kinds.add(new Kind("manual", p -> known(p) && p.keyManagement() == KeyManagementMethod.MANUAL ? SAME : null));
        Collection<AuthenticationMethod> methods = new LinkedHashSet<>();
        for (ProfileSecurityFacts profile : profiles) {
            if (known(profile)) {
                methods.addAll(profile.authentication());
            }
        }
        if (profiles.size() == 1) {
            // A single profile's section says each method as its descriptor lists it, as it always did.
            methods = profiles.get(0).authentication();
        }
        for (AuthenticationMethod method : methods) {
            switch (method) {
                case CERTIFICATES ->
                    kinds.add(new Kind(
                            "certificates",
                            p -> known(p) && p.certificates() ? issuance(p.certificateIssuance()) : null));
                case PRE_SHARED_SECRET -> {
                    kinds.add(new Kind("pre-shared-secret", p -> uses(p, method) ? SAME : null));
                    kinds.add(new Kind(
                            "pre-shared-secret-aggressive", p -> uses(p, method) && p.ikev1Aggressive() ? SAME : null));
                }
                default -> kinds.add(new Kind(method.keyword(), p -> uses(p, method) ? SAME : null));
            }
        }
        return kinds;
    }

    private static boolean known(ProfileSecurityFacts p) {
        return p.threats().manInTheMiddle() != Met.UNKNOWN;
    }

    private static boolean uses(ProfileSecurityFacts p, AuthenticationMethod method) {
        return known(p) && p.authentication().contains(method);
    }

    private static Object issuance(CertificateIssuance issuance) {
        return issuance == null ? "open" : issuance;
    }

    private static List<Kind> denialOfService() {
        return List.of(
                new Kind(
                        "costs",
                        p -> List.of(
                                p.services().confidentiality() == Level.ALWAYS
                                        || p.services().confidentiality() == Level.SOMETIMES,
                                p.keyManagement() == KeyManagementMethod.IKE
                                                || p.keyManagement() == KeyManagementMethod.KINK
                                        ? p.keyManagement()
                                        : "other",
                                p.keyManagement() == KeyManagementMethod.IKE && p.certificates())),
                new Kind("cookie", p -> p.keyManagement() == KeyManagementMethod.IKE && p.ikev2() ? SAME : null),
                new Kind(
                        "publicKeyCost",
                        p -> p.certificates() && (p.constrainedDevices() || p.concentrators())
                                ? List.of(p.constrainedDevices(), p.concentrators())
                                : null),
                new Kind("dropping", p -> SAME));
    }

    /**
     * How each profile keeps its algorithms current: by the companion documents it follows, and by
     * revising the algorithms it lists itself. A profile that says nothing of algorithms has no piece.
     */
    private static List<Kind> algorithmAgility() {
        return List.of(
                new Kind(
                        "companion",
                        p -> p.companionEspAh() || p.companionIke()
                                ? List.of(p.companionEspAh(), p.companionIke())
                                : null),
                new Kind("lists", p -> p.algorithmsListed() ? p.companionEspAh() || p.companionIke() : null));
    }

    /** One piece per guidance rule with a consequence, keyed by the facts its template reads. */
    private static List<Kind> consequences(List<String> consequenceRules) {
        List<Kind> kinds = new ArrayList<>();
        for (String rule : consequenceRules) {
            Function<ProfileSecurityFacts, Object> facts = consequenceFacts(rule);
            kinds.add(new Kind(rule, p -> p.rules().contains(rule) ? facts.apply(p) : null));
        }
        return kinds;
    }

    /**
     * The facts a consequence template reads (see its opening comment); the others read none.
     * nat-traversal reads natTraversal only to tell whether RFC 3948 is normative, which does not
     * change its words: the template asks whether any profile of the group uses it.
     */
    private static Function<ProfileSecurityFacts, Object> consequenceFacts(String rule) {
        return CONSEQUENCE_FACTS.getOrDefault(rule, p -> SAME);
    }

    private static final Map<String, Function<ProfileSecurityFacts, Object>> CONSEQUENCE_FACTS = Map.of(
            ProtectionRules.AH_BEHIND_NAT.id(), ProfileSecurityFacts::ahOnly,
            DeploymentRules.AVAILABILITY_UNKNOWN.id(), ProfileSecurityFacts::partialAvailability,
            DeploymentRules.EMBEDDED_ENDPOINTS.id(), p -> List.of(p.embeddedEndpoints(), p.natDeviceEndpoints()),
            KeyManagementRules.PUBLIC_KEY_COST.id(), p -> List.of(p.constrainedDevices(), p.concentrators()),
            DeploymentRules.TUNNELED_TRAFFIC.id(), ProfileSecurityFacts::l2tp);

    /** Pieces covering the same profiles make one paragraph, in the order the paragraphs first appear. */
    private static List<Group> paragraphs(List<ProfileSecurityFacts> profiles, List<Kind> kinds) {
        Map<BitSet, List<Piece>> paragraphs = new LinkedHashMap<>();
        for (Kind kind : kinds) {
            for (BitSet covered : grouped(profiles, kind).values()) {
                List<Piece> pieces = paragraphs.computeIfAbsent(covered, set -> new ArrayList<>());
                pieces.add(new Piece(
                        kind.name(), profiles.get(covered.nextSetBit(0)), pieces.isEmpty() && profiles.size() > 1));
            }
        }
        List<Group> groups = new ArrayList<>(paragraphs.size());
        paragraphs.forEach((covered, pieces) -> groups.add(group(profiles, covered, pieces)));
        return List.copyOf(groups);
    }

    /** Each piece and group its own list item, piece by piece. */
    private static List<Group> items(List<ProfileSecurityFacts> profiles, List<Kind> kinds) {
        List<Group> groups = new ArrayList<>();
        for (Kind kind : kinds) {
            for (BitSet covered : grouped(profiles, kind).values()) {
                Piece piece = new Piece(kind.name(), profiles.get(covered.nextSetBit(0)), profiles.size() > 1);
                groups.add(group(profiles, covered, List.of(piece)));
            }
        }
        return List.copyOf(groups);
    }

    /** The profiles a piece says something for, grouped by its key, in the order of their first profile. */
    private static Map<Object, BitSet> grouped(List<ProfileSecurityFacts> profiles, Kind kind) {
        Map<Object, BitSet> groups = new LinkedHashMap<>();
        for (int i = 0; i < profiles.size(); i++) {
            Object key = kind.key().apply(profiles.get(i));
            if (key != null) {
                groups.computeIfAbsent(key, k -> new BitSet()).set(i);
            }
        }
        return groups;
    }

    private static Group group(List<ProfileSecurityFacts> profiles, BitSet covered, List<Piece> pieces) {
        int count = covered.cardinality();
        List<ProfileSecurityFacts> members;
        if (count == profiles.size()) {
            members = profiles;
        } else {
            List<ProfileSecurityFacts> some = new ArrayList<>(count);
            covered.stream().forEach(i -> some.add(profiles.get(i)));
            members = List.copyOf(some);
        }
        return new Group(members, count == profiles.size(), List.copyOf(pieces));
    }
}
