package org.ipsecprofile.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.ipsecprofile.check.Finding;
import org.ipsecprofile.check.rules.RequiredItem;
import org.ipsecprofile.model.Authentication;
import org.ipsecprofile.model.AuthenticationMethod;
import org.ipsecprofile.model.Availability;
import org.ipsecprofile.model.Ike;
import org.ipsecprofile.model.IkeVersion;
import org.ipsecprofile.model.KeyManagementMethod;
import org.ipsecprofile.model.Keyword;
import org.ipsecprofile.model.PortRange;
import org.ipsecprofile.model.Profile;
import org.ipsecprofile.model.Protection;
import org.ipsecprofile.model.Selectors;
import org.ipsecprofile.model.UserSwitching;

/**
 * A profile's answers to the nine items of RFC 5406 Section 8, each as one short line derived
 * from the descriptor, for the site report. The wording is a summary of the descriptor's values,
 * not the generated section's prose.
 */
public final class ProfileItems {

    /** How far a profile answers an item. */
    public enum Status {
        /** Everything the item needs is there. */
        ANSWERED("answered"),
        /** Something is there, but the item's required-item rule reported what is missing. */
        INCOMPLETE("incomplete"),
        /** Nothing of the item is there. */
        MISSING("missing");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One item of RFC 5406 Section 8.
     *
     * @param letter  {@code a} to {@code i}
     * @param title   the item's title in the catalogue ({@link RequiredItem})
     * @param rule    the id of the required-item rule that checks it
     * @param answer  the profile's answer in a line; null when the profile says nothing
     * @param status  answered, incomplete or missing
     */
    public record Item(String letter, String title, String rule, String answer, Status status) {

        /** The answer, or {@code missing}. */
        public String answerText() {
            return answer == null ? "missing" : answer;
        }

        /** {@code Section 8 item a}. */
        public String section() {
            return "Section 8 item " + letter;
        }
    }

    private ProfileItems() {}

    /** Items a to i of {@code profile}; {@code findings} (of any profile) decide which are incomplete. */
    public static List<Item> of(Profile profile, List<Finding> findings) {
        List<Item> items = new ArrayList<>();
        add(items, profile, findings, RequiredItem.SELECTORS, selectors(profile.selectors()));
        add(items, profile, findings, RequiredItem.PROTECTION, protection(profile.protection()));
        add(
                items,
                profile,
                findings,
                RequiredItem.KEY_MANAGEMENT,
                keyManagement(profile.keyManagement().method()));
        add(
                items,
                profile,
                findings,
                RequiredItem.IDENTIFICATION,
                joined(profile.identification().types()));
        add(items, profile, findings, RequiredItem.USER_SWITCHING, userSwitching(profile.userSwitching()));
        add(items, profile, findings, RequiredItem.AUTHENTICATION, authentication(profile.authentication()));
        add(
                items,
                profile,
                findings,
                RequiredItem.AUTHORIZATION,
                blankToNull(profile.authorization().policy()));
        add(
                items,
                profile,
                findings,
                RequiredItem.IKE_VARIANT,
                ike(profile.keyManagement().method(), profile.ike()));
        add(items, profile, findings, RequiredItem.AVAILABILITY, availability(profile.availability()));
        return List.copyOf(items);
    }

    private static void add(
            List<Item> items, Profile profile, List<Finding> findings, RequiredItem item, String answer) {
        boolean reported = findings.stream()
                .anyMatch(f -> item.ruleId().equals(f.rule())
                        && profile.id().equals(f.profile())
                        && profile.file().equals(f.file()));
        Status status = answer == null ? Status.MISSING : reported ? Status.INCOMPLETE : Status.ANSWERED;
        items.add(new Item(item.letter(), item.title(), item.ruleId(), answer, status));
    }

    private static String selectors(Selectors s) {
        List<String> parts = new ArrayList<>();
        if (notBlank(s.initiator())) {
            parts.add("initiator: " + clause(s.initiator()));
        }
        if (notBlank(s.local())) {
            parts.add("local: " + clause(s.local()));
        }
        if (notBlank(s.remote())) {
            parts.add("remote: " + clause(s.remote()));
        }
        if (s.transport() != null) {
            String transport = "transport " + s.transport().display();
            if (s.ports() != null) {
                transport += s.ports().any()
                        ? ", any port"
                        : (s.ports().ranges().size() == 1
                                                && single(s.ports().ranges().get(0))
                                        ? ", port "
                                        : ", ports ")
                                + s.ports().ranges().stream()
                                        .map(PortRange::display)
                                        .collect(Collectors.joining(", "));
            }
            parts.add(transport);
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    /** A text value as a clause of a {@code ;}-separated line: stripped, without its closing full stop. */
    private static String clause(String text) {
        String stripped = text.strip();
        return stripped.endsWith(".") ? stripped.substring(0, stripped.length() - 1) : stripped;
    }

    private static boolean single(PortRange range) {
        return range.first() == range.last();
    }

    private static String protection(Protection p) {
        List<String> parts = new ArrayList<>();
        if (!p.protocols().isEmpty()) {
            String protocols = p.protocols().stream()
                    .map(k -> k.keyword().toUpperCase(Locale.ROOT))
                    .collect(Collectors.joining(p.combined() ? " and " : " or "));
            if (p.combined()) {
                protocols += " combined";
            }
            if (p.mandatoryToImplement() != null) {
                protocols +=
                        " (" + p.mandatoryToImplement().keyword().toUpperCase(Locale.ROOT) + " mandatory to implement)";
            }
            parts.add(protocols);
        }
        if (p.mode() != null) {
            parts.add(p.mode().keyword() + " mode");
        }
        if (p.confidentiality() != null) {
            parts.add("confidentiality " + p.confidentiality().keyword());
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    private static String keyManagement(KeyManagementMethod method) {
        if (method == null) {
            return null;
        }
        return switch (method) {
            case IKE -> "IKE";
            case KINK -> "KINK";
            case MANUAL -> "manual keying";
        };
    }

    private static String userSwitching(UserSwitching u) {
        if (u.applies() == null) {
            return null;
        }
        if (!u.applies()) {
            return "does not apply: the service does not switch user IDs";
        }
        StringBuilder text = new StringBuilder("applies");
        if (u.newSaPerUser() != null) {
            text.append(u.newSaPerUser() ? "; a new SA per user" : "; no new SA per user");
        }
        if (notBlank(u.when())) {
            text.append(", negotiated ").append(u.when().strip());
        }
        return text.toString();
    }

    private static String authentication(Authentication a) {
        if (a.methods().isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder(joined(a.methods()));
        if (a.mandatoryToImplement() != null) {
            text.append(" (").append(a.mandatoryToImplement().keyword()).append(" mandatory to implement)");
        }
        if (a.uses(AuthenticationMethod.CERTIFICATES) && a.certificates().issuance() != null) {
            text.append("; certificates ").append(a.certificates().issuance().keyword());
            if (notBlank(a.certificates().identityBinding())) {
                text.append(", naming ")
                        .append(a.certificates().identityBinding().strip());
            }
        }
        return text.toString();
    }

    private static String ike(KeyManagementMethod method, Ike ike) {
        if (ike.version() == null) {
            return method != null && method != KeyManagementMethod.IKE
                    ? "not applicable: key management is " + keyManagement(method)
                    : null;
        }
        String version = ike.version() == IkeVersion.IKEV1 ? "IKEv1" : "IKEv2";
        return ike.modes().isEmpty()
                ? version
                : version + ", " + ike.modes().stream().map(Keyword::keyword).collect(Collectors.joining(" and "))
                        + (ike.modes().size() == 1 ? " mode" : " modes");
    }

    private static String availability(Availability a) {
        if (a.status() == null && !notBlank(a.assessment())) {
            return null;
        }
        if (a.status() == null) {
            return a.assessment().strip();
        }
        return notBlank(a.assessment())
                ? a.status().keyword() + ": " + a.assessment().strip()
                : a.status().keyword();
    }

    private static String joined(List<? extends Keyword> values) {
        return values.isEmpty() ? null : values.stream().map(Keyword::keyword).collect(Collectors.joining(", "));
    }

    private static String blankToNull(String text) {
        return notBlank(text) ? text.strip() : null;
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }
}
