package org.ipsecprofile.render.content;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.ipsecprofile.check.ProfileFixtures;
import org.ipsecprofile.check.ProfileFixtures.ProfileBuilder;
import org.ipsecprofile.model.AuthenticationMethod;
import org.ipsecprofile.model.AvailabilityStatus;
import org.ipsecprofile.model.CertificateIssuance;
import org.ipsecprofile.model.EndpointKind;
import org.ipsecprofile.model.IdentityType;
import org.ipsecprofile.model.IkeMode;
import org.ipsecprofile.model.IkeVersion;
import org.ipsecprofile.model.Integrity;
import org.ipsecprofile.model.KeyManagementMethod;
import org.ipsecprofile.model.Mode;
import org.ipsecprofile.model.NatTraversal;
import org.ipsecprofile.model.Need;
import org.ipsecprofile.model.Profile;
import org.ipsecprofile.model.SecurityProtocol;
import org.ipsecprofile.model.TunneledIn;

/**
 * Profiles that between them reach every branch of the Security Considerations wording: the BGP
 * fixture changed one way each (ids {@code v0}, {@code v1}, ...), then five valid test
 * descriptors.
 */
final class SecurityVariants {

    private SecurityVariants() {}

    /** Every variant, in a fixed order. */
    static List<Profile> all() {
        List<UnaryOperator<ProfileBuilder>> changes = List.of(
                b -> b,
                b -> b.confidentiality(Need.REQUIRED),
                b -> b.confidentiality(Need.OPTIONAL).mode(Mode.TUNNEL),
                b -> b.confidentiality(Need.REQUIRED).mode(Mode.TUNNEL),
                b -> b.protocols(SecurityProtocol.AH),
                b -> b.protocols(SecurityProtocol.ESP, SecurityProtocol.AH).integrity(Integrity.NONE),
                b -> b.protocols(SecurityProtocol.ESP, SecurityProtocol.AH)
                        .integrity(Integrity.NONE)
                        .combined(true),
                b -> b.protocols(SecurityProtocol.ESP).integrity(Integrity.NONE).confidentiality(Need.REQUIRED),
                b -> b.protocols(),
                b -> b.confidentiality(null),
                b -> b.replayProtection(Need.NONE),
                b -> b.replayProtection(Need.OPTIONAL),
                b -> b.keyManagementMethod(KeyManagementMethod.MANUAL),
                b -> b.keyManagementMethod(KeyManagementMethod.MANUAL)
                        .authenticationMethods()
                        .authenticationMandatoryToImplement(null),
                b -> b.keyManagementMethod(KeyManagementMethod.KINK)
                        .authenticationMethods(AuthenticationMethod.KERBEROS)
                        .authenticationMandatoryToImplement(null),
                b -> b.keyManagementMethod(null),
                b -> b.authenticationMethods().authenticationMandatoryToImplement(null),
                b -> b.authenticationMethods(AuthenticationMethod.EAP).authenticationMandatoryToImplement(null),
                b -> b.authenticationMethods(AuthenticationMethod.EAP, AuthenticationMethod.CERTIFICATES)
                        .authenticationMandatoryToImplement(null)
                        .ikeVersion(IkeVersion.IKEV2),
                b -> b.authenticationMethods(AuthenticationMethod.PRE_SHARED_SECRET)
                        .authenticationMandatoryToImplement(null)
                        .ikeModes(IkeMode.AGGRESSIVE)
                        .ikeVersion(IkeVersion.IKEV1),
                b -> b.certificateIssuance(null),
                b -> b.certificateIssuance(CertificateIssuance.GLOBAL_PKI),
                b -> b.certificateIssuance(CertificateIssuance.EXISTING_PKI),
                b -> b.ikeVersion(IkeVersion.IKEV2),
                b -> b.ikeVersion(IkeVersion.IKEV1).ikeModes(IkeMode.MAIN, IkeMode.AGGRESSIVE),
                b -> b.transport("udp"),
                b -> b.transport("sctp"),
                b -> b.transportNumber(50),
                b -> b.constrainedDevices(true),
                b -> b.concentrators(true),
                b -> b.constrainedDevices(true).concentrators(true),
                b -> b.natLikely(true),
                b -> b.natLikely(true).protocols(SecurityProtocol.AH),
                b -> b.natLikely(true).natTraversal(NatTraversal.REQUIRED),
                b -> b.natLikely(true).suppress("nat-traversal", "The peers are always on the same routed backbone."),
                b -> b.multicast(true),
                b -> b.tunneledIn(TunneledIn.L2TP),
                b -> b.tunneledIn(TunneledIn.OTHER),
                b -> b.nestedIpsec(true).lowLevelProtocol(true).applicationNeedsPeerIdentity(true),
                b -> b.endpoints(EndpointKind.EMBEDDED, EndpointKind.NAT_DEVICES),
                b -> b.endpoints(EndpointKind.NAT_DEVICES),
                b -> b.multiUserHosts(true).identificationTypes(IdentityType.USER_FQDN),
                b -> b.availabilityStatus(AvailabilityStatus.PARTIAL),
                b -> b.availabilityStatus(AvailabilityStatus.UNAVAILABLE),
                b -> b.availabilityStatus(AvailabilityStatus.AVAILABLE).anyPort(),
                b -> b.protocols(SecurityProtocol.AH).confidentiality(Need.REQUIRED),
                b -> b.natLikely(true).natTraversal(NatTraversal.OPTIONAL),
                b -> b.transport("sctp").replayProtection(Need.OPTIONAL),
                b -> b.protocols(SecurityProtocol.ESP)
                        .integrity(Integrity.NONE)
                        .confidentiality(Need.NONE)
                        .authenticationMethods()
                        .authenticationMandatoryToImplement(null),
                b -> b.suppress("sender-address-check", "The routers verify addresses by other means already."));
        List<Profile> profiles = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            profiles.add(changes.get(i).apply(ProfileFixtures.bgp().id("v" + i)).build());
        }
        for (String name : List.of(
                "bgp.yaml", "full.yaml", "missing-items.yaml", "quoted-and-block.yaml", "nulls-are-absent.yaml")) {
            profiles.add(RenderFixtures.valid(name));
        }
        return profiles;
    }
}
