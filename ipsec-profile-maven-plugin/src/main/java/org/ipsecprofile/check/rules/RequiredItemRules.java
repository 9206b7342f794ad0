package org.ipsecprofile.check.rules;

import static org.ipsecprofile.check.rules.Values.isBlank;

import java.util.ArrayList;
import java.util.List;
import org.ipsecprofile.model.Authentication;
import org.ipsecprofile.model.AuthenticationMethod;
import org.ipsecprofile.model.IdentityType;
import org.ipsecprofile.model.Ike;
import org.ipsecprofile.model.IkeVersion;
import org.ipsecprofile.model.KeyManagementMethod;
import org.ipsecprofile.model.Profile;
import org.ipsecprofile.model.Protection;
import org.ipsecprofile.model.Selectors;
import org.ipsecprofile.model.UserSwitching;

/**
 * The nine items a document relying on IPsec must specify (RFC 5406 Section 8, items a–i).
 * Each is an error that cannot be suppressed or re-severitied. Each missing key is its own
 * violation, at that key's path. A text value of only white space counts as missing.
 */
public final class RequiredItemRules {

    public static final Rule SELECTORS = Rule.requiredItem(
            RequiredItem.SELECTORS,
            "selectors absent, or selectors.initiator or selectors.transport missing, or selectors.ports"
                    + " missing with transport tcp, udp or sctp",
            RequiredItemRules::selectors);

    public static final Rule PROTECTION = Rule.requiredItem(
            RequiredItem.PROTECTION,
            "protection.protocols missing or empty, protection.mode or protection.confidentiality missing,"
                    + " or both esp and ah without protection.mandatoryToImplement",
            RequiredItemRules::protection);

    public static final Rule KEY_MANAGEMENT = Rule.requiredItem(
            RequiredItem.KEY_MANAGEMENT, "keyManagement.method missing", RequiredItemRules::keyManagement);

    public static final Rule IDENTIFICATION = Rule.requiredItem(
            RequiredItem.IDENTIFICATION, "identification.types missing or empty", RequiredItemRules::identification);

    public static final Rule USER_SWITCHING = Rule.requiredItem(
            RequiredItem.USER_SWITCHING,
            "userSwitching.applies missing; or applies with user-fqdn or x500-dn identification and"
                    + " userSwitching.newSaPerUser missing; or newSaPerUser true without userSwitching.when",
            RequiredItemRules::userSwitching);

    public static final Rule AUTHENTICATION = Rule.requiredItem(
            RequiredItem.AUTHENTICATION,
            "authentication.methods missing or empty; several methods without mandatoryToImplement;"
                    + " mandatoryToImplement not among the methods; certificates without certificates.issuance",
            RequiredItemRules::authentication);

    public static final Rule AUTHORIZATION = Rule.requiredItem(
            RequiredItem.AUTHORIZATION, "authorization.policy missing or blank", RequiredItemRules::authorization);

    public static final Rule IKE_VARIANT = Rule.requiredItem(
            RequiredItem.IKE_VARIANT,
            "keyManagement.method ike without ike.version, or ike.version ikev1 without ike.modes",
            RequiredItemRules::ikeVariant);

    public static final Rule AVAILABILITY = Rule.requiredItem(
            RequiredItem.AVAILABILITY,
            "availability.status or availability.assessment missing or blank",
            RequiredItemRules::availability);

    private RequiredItemRules() {}

    /** 8a: who initiates, and what traffic the selectors match. */
    static List<Violation> selectors(Profile profile) {
        Selectors selectors = profile.selectors();
        List<Violation> violations = new ArrayList<>();
        if (isBlank(selectors.initiator())) {
            violations.add(Violation.error(
                    "selectors.initiator",
                    "selectors.initiator is missing: say which peer"
                            + " starts the conversation (the client, in a client-server protocol), since the selectors"
                            + " are written from its side"));
        }
        if (selectors.transport() == null) {
            violations.add(
                    Violation.error(
                            "selectors.transport",
                            "selectors.transport is missing: name the"
                                    + " upper-layer protocol to protect: tcp, udp, sctp, icmp, any, or an IANA protocol number"));
        } else if (selectors.transport().hasPorts() && selectors.ports() == null) {
            violations.add(Violation.error(
                    "selectors.ports",
                    "selectors.ports is missing: with transport "
                            + selectors.transport().display() + " list the responder's ports (numbers or \"N-M\""
                            + " ranges), or write any when every port is to be protected"));
        }
        return violations;
    }

    /** 8b: which protocol, which mode, whether encrypted, and what every implementation supports. */
    static List<Violation> protection(Profile profile) {
        Protection protection = profile.protection();
        List<Violation> violations = new ArrayList<>();
        if (protection.protocols().isEmpty()) {
            violations.add(Violation.error(
                    "protection.protocols",
                    "protection.protocols is missing: list the"
                            + " IPsec protocols implementations may use: [esp], [ah] or [esp, ah]"));
        } else if (Values.distinctCount(protection.protocols()) > 1 && protection.mandatoryToImplement() == null) {
            violations.add(Violation.error(
                    "protection.mandatoryToImplement",
                    "protection.mandatoryToImplement is"
                            + " missing: with both esp and ah allowed, name the one every implementation must support,"
                            + " or two conforming implementations may share no protocol"));
        }
        if (protection.mode() == null) {
            violations.add(Violation.error(
                    "protection.mode",
                    "protection.mode is missing: say transport (IPsec"
                            + " between the communicating peers themselves) or tunnel (a gateway protects traffic on"
                            + " behalf of others)"));
        }
        if (protection.confidentiality() == null) {
            violations.add(Violation.error(
                    "protection.confidentiality",
                    "protection.confidentiality is missing:"
                            + " say whether the traffic must be encrypted: required, optional or none"));
        }
        return violations;
    }

    /** 8c: how keys are set up. */
    static List<Violation> keyManagement(Profile profile) {
        if (profile.keyManagement().method() != null) {
            return List.of();
        }
        return List.of(
                Violation.error(
                        "keyManagement.method",
                        "keyManagement.method is missing: say how keys are"
                                + " established: ike (automated, the usual choice), kink (where Kerberos is deployed) or manual"));
    }

    /** 8d: what identities the peers present. */
    static List<Violation> identification(Profile profile) {
        if (!profile.identification().types().isEmpty()) {
            return List.of();
        }
        return List.of(Violation.error(
                "identification.types",
                "identification.types is missing: list the"
                        + " identities peers present: ip-address, dns-name, user-fqdn (a DNS name with a user name)"
                        + " or x500-dn"));
    }

    /** 8e: servers that switch user IDs, and whether each user gets its own SA. */
    static List<Violation> userSwitching(Profile profile) {
        UserSwitching switching = profile.userSwitching();
        List<IdentityType> types = profile.identification().types();
        boolean userIdentities = types.contains(IdentityType.USER_FQDN) || types.contains(IdentityType.X500_DN);
        List<Violation> violations = new ArrayList<>();
        if (switching.applies() == null) {
            violations.add(Violation.error(
                    "userSwitching.applies",
                    "userSwitching.applies is missing: write true"
                            + " when the server changes to the user's ID after connecting (a login service), false"
                            + " otherwise"));
        } else if (switching.applies() && userIdentities && switching.newSaPerUser() == null) {
            violations.add(Violation.error(
                    "userSwitching.newSaPerUser",
                    "userSwitching.newSaPerUser is missing:"
                            + " the server switches user IDs and peers are identified per user (user-fqdn or x500-dn);"
                            + " say whether a new SA is negotiated with a certificate for the user (true or false)"));
        }
        if (Boolean.TRUE.equals(switching.newSaPerUser()) && isBlank(switching.when())) {
            violations.add(Violation.error(
                    "userSwitching.when",
                    "userSwitching.when is missing:"
                            + " userSwitching.newSaPerUser is true; say at what point the per-user SA is negotiated,"
                            + " e.g. right after the user logs in"));
        }
        return violations;
    }

    /** 8f: how peers authenticate, and which method every implementation supports. */
    static List<Violation> authentication(Profile profile) {
        Authentication authentication = profile.authentication();
        List<AuthenticationMethod> methods = authentication.methods();
        AuthenticationMethod mandatory = authentication.mandatoryToImplement();
        List<Violation> violations = new ArrayList<>();
        if (methods.isEmpty()) {
            violations.add(Violation.error(
                    "authentication.methods",
                    "authentication.methods is missing: list how"
                            + " peers authenticate: certificates, pre-shared-secret, eap or kerberos"));
        } else if (mandatory == null && Values.distinctCount(methods) > 1) {
            violations.add(Violation.error(
                    "authentication.mandatoryToImplement",
                    "authentication"
                            + ".mandatoryToImplement is missing: with several methods " + Values.keywords(methods)
                            + ", name the one every implementation must support"));
        } else if (mandatory != null && !methods.contains(mandatory)) {
            violations.add(Violation.error(
                    "authentication.mandatoryToImplement",
                    "authentication"
                            + ".mandatoryToImplement is " + mandatory.keyword() + ", which authentication.methods "
                            + Values.keywords(methods) + " does not list: name one of the methods, or add "
                            + mandatory.keyword() + " to them"));
        }
        if (methods.contains(AuthenticationMethod.CERTIFICATES)
                && authentication.certificates().issuance() == null) {
            violations.add(Violation.error(
                    "authentication.certificates.issuance",
                    "authentication.certificates"
                            + ".issuance is missing: certificates are a method, so say who issues them: locally-issued"
                            + " (by the operator, the usual case), existing-pki or global-pki"));
        }
        return violations;
    }

    /** 8g: what an authenticated peer may do. */
    static List<Violation> authorization(Profile profile) {
        String policy = profile.authorization().policy();
        if (!isBlank(policy)) {
            return List.of();
        }
        String state = policy == null ? "missing" : "empty";
        return List.of(Violation.error(
                "authorization.policy",
                "authorization.policy is " + state + ": say which"
                        + " peers may do what once authenticated, e.g. accept this protocol only from the configured"
                        + " peer, and whether other services on the same host keep their own policy"));
    }

    /** 8h: which IKE, and with IKEv1 which phase 1 modes. */
    static List<Violation> ikeVariant(Profile profile) {
        Ike ike = profile.ike();
        List<Violation> violations = new ArrayList<>();
        if (profile.keyManagement().method() == KeyManagementMethod.IKE && ike.version() == null) {
            violations.add(Violation.error(
                    "ike.version",
                    "ike.version is missing: keyManagement.method is ike,"
                            + " so say which version implementations must support: ikev1 or ikev2"));
        }
        if (ike.version() == IkeVersion.IKEV1 && ike.modes().isEmpty()) {
            violations.add(Violation.error(
                    "ike.modes",
                    "ike.modes is missing: with IKEv1 the profile must say"
                            + " main mode, aggressive mode, or both: [main], [aggressive] or [main, aggressive]"));
        }
        return violations;
    }

    /** 8i: whether the products that must implement the profile have suitable IPsec. */
    static List<Violation> availability(Profile profile) {
        List<Violation> violations = new ArrayList<>();
        if (profile.availability().status() == null) {
            violations.add(Violation.error(
                    "availability.status",
                    "availability.status is missing: say whether"
                            + " suitable IPsec support exists in the products that would implement this profile:"
                            + " available, partial, unknown or unavailable"));
        }
        String assessment = profile.availability().assessment();
        if (isBlank(assessment)) {
            violations.add(Violation.error(
                    "availability.assessment",
                    "availability.assessment is "
                            + (assessment == null ? "missing" : "empty") + ": give the reasoning behind the status,"
                            + " e.g. which products or platforms were examined and what they support"));
        }
        return violations;
    }
}
