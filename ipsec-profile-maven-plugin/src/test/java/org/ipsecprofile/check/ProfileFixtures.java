package org.ipsecprofile.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ipsecprofile.model.Algorithms;
import org.ipsecprofile.model.Authentication;
import org.ipsecprofile.model.AuthenticationMethod;
import org.ipsecprofile.model.Authorization;
import org.ipsecprofile.model.Availability;
import org.ipsecprofile.model.AvailabilityStatus;
import org.ipsecprofile.model.CertificateIssuance;
import org.ipsecprofile.model.Certificates;
import org.ipsecprofile.model.Context;
import org.ipsecprofile.model.EndpointKind;
import org.ipsecprofile.model.Identification;
import org.ipsecprofile.model.IdentityType;
import org.ipsecprofile.model.Ike;
import org.ipsecprofile.model.IkeMode;
import org.ipsecprofile.model.IkeVersion;
import org.ipsecprofile.model.Integrity;
import org.ipsecprofile.model.KeyManagement;
import org.ipsecprofile.model.KeyManagementMethod;
import org.ipsecprofile.model.KeyPositions;
import org.ipsecprofile.model.Mode;
import org.ipsecprofile.model.NatTraversal;
import org.ipsecprofile.model.Need;
import org.ipsecprofile.model.PortRange;
import org.ipsecprofile.model.Ports;
import org.ipsecprofile.model.Position;
import org.ipsecprofile.model.Profile;
import org.ipsecprofile.model.Protection;
import org.ipsecprofile.model.ProtocolInfo;
import org.ipsecprofile.model.Scale;
import org.ipsecprofile.model.SecurityProtocol;
import org.ipsecprofile.model.Selectors;
import org.ipsecprofile.model.Suppression;
import org.ipsecprofile.model.Transport;
import org.ipsecprofile.model.TunneledIn;
import org.ipsecprofile.model.UserSwitching;

/**
 * Profiles for tests, built from the model records. {@link #bgp()} is SPEC §3's BGP example
 * (RFC 5406 Section 9), with the key positions a parser would record for that YAML; each setter
 * changes one key, named as in the descriptor, and passing null (or no values for a list) makes
 * the key absent.
 */
public final class ProfileFixtures {

    private ProfileFixtures() {}

    /** The BGP example of SPEC §3, ready to vary. */
    public static ProfileBuilder bgp() {
        return new ProfileBuilder();
    }

    /** Mutable stand-in for a descriptor; {@link #build()} makes the immutable {@link Profile}. */
    public static final class ProfileBuilder {

        private String file = "src/main/ipsec/bgp.yaml";
        private String protocolName = "BGP-4";
        private String title;
        private String id = "bgp";
        private int ipsecVersion = 2;

        private boolean natLikely;
        private boolean multicast;
        private List<EndpointKind> endpoints = List.of(EndpointKind.ROUTERS);
        private Scale scale = Scale.MANY_TO_MANY;
        private boolean multiUserHosts;
        private boolean lowLevelProtocol;
        private TunneledIn tunneledIn = TunneledIn.NONE;
        private boolean nestedIpsec;
        private boolean applicationNeedsPeerIdentity;
        private boolean constrainedDevices;
        private boolean concentrators;

        private String initiator = "Either speaker of a manually configured BGP peer pair.";
        private Transport transport = Transport.ofKeyword("tcp");
        private Ports ports = Ports.of(List.of(PortRange.single(179)));

        private List<SecurityProtocol> protocols = List.of(SecurityProtocol.ESP, SecurityProtocol.AH);
        private SecurityProtocol protectionMandatoryToImplement = SecurityProtocol.ESP;
        private boolean combined;
        private Mode mode = Mode.TRANSPORT;
        private Need confidentiality = Need.NONE;
        private Integrity integrity = Integrity.REQUIRED;
        private Need replayProtection = Need.REQUIRED;
        private NatTraversal natTraversal = NatTraversal.NOT_NEEDED;

        private KeyManagementMethod keyManagementMethod = KeyManagementMethod.IKE;
        private Boolean kerberosInfrastructure;

        private List<IdentityType> identificationTypes = List.of(IdentityType.IP_ADDRESS);

        private Boolean userSwitchingApplies = false;
        private Boolean newSaPerUser;
        private String userSwitchingWhen;

        private List<AuthenticationMethod> authenticationMethods =
                List.of(AuthenticationMethod.CERTIFICATES, AuthenticationMethod.PRE_SHARED_SECRET);
        private AuthenticationMethod authenticationMandatoryToImplement = AuthenticationMethod.CERTIFICATES;
        private CertificateIssuance certificateIssuance = CertificateIssuance.LOCALLY_ISSUED;

        private String authorizationPolicy = "Accept connections only from the designated peer; every other"
                + " service on the router keeps its own policy.";

        private IkeVersion ikeVersion = IkeVersion.IKEV1;
        private List<IkeMode> ikeModes = List.of(IkeMode.MAIN);

        private AvailabilityStatus availabilityStatus = AvailabilityStatus.UNKNOWN;
        private String availabilityAssessment = "Whether backbone and access routers support this profile, and"
                + " whether its cryptographic cost opens new denial-of-service attacks, must be settled by the"
                + " working group before publication.";

        private Algorithms algorithms = Algorithms.absent();

        private final List<Suppression> suppressions = new ArrayList<>();
        private final Map<String, Position> positions = new HashMap<>(bgpPositions());

        private ProfileBuilder() {}

        public ProfileBuilder id(String value) {
            id = value;
            return this;
        }

        public ProfileBuilder protocolName(String value) {
            protocolName = value;
            return this;
        }

        public ProfileBuilder title(String value) {
            title = value;
            return this;
        }

        public ProfileBuilder ipsecVersion(int value) {
            ipsecVersion = value;
            return this;
        }

        public ProfileBuilder natLikely(boolean value) {
            natLikely = value;
            return this;
        }

        public ProfileBuilder multicast(boolean value) {
            multicast = value;
            return this;
        }

        public ProfileBuilder endpoints(EndpointKind... values) {
            endpoints = List.of(values);
            return this;
        }

        public ProfileBuilder scale(Scale value) {
            scale = value;
            return this;
        }

        public ProfileBuilder multiUserHosts(boolean value) {
            multiUserHosts = value;
            return this;
        }

        public ProfileBuilder lowLevelProtocol(boolean value) {
            lowLevelProtocol = value;
            return this;
        }

        public ProfileBuilder tunneledIn(TunneledIn value) {
            tunneledIn = value;
            return this;
        }

        public ProfileBuilder nestedIpsec(boolean value) {
            nestedIpsec = value;
            return this;
        }

        public ProfileBuilder applicationNeedsPeerIdentity(boolean value) {
            applicationNeedsPeerIdentity = value;
            return this;
        }

        public ProfileBuilder constrainedDevices(boolean value) {
            constrainedDevices = value;
            return this;
        }

        public ProfileBuilder concentrators(boolean value) {
            concentrators = value;
            return this;
        }

        public ProfileBuilder initiator(String value) {
            initiator = value;
            return this;
        }

        /** {@code tcp}, {@code udp}, {@code sctp}, {@code icmp} or {@code any}; null for absent. */
        public ProfileBuilder transport(String keyword) {
            transport = keyword == null ? null : Transport.ofKeyword(keyword);
            return this;
        }

        public ProfileBuilder transportNumber(int number) {
            transport = Transport.ofNumber(number);
            return this;
        }

        /** Single ports; no values makes {@code selectors.ports} absent. */
        public ProfileBuilder ports(int... values) {
            List<PortRange> ranges = new ArrayList<>();
            for (int port : values) {
                ranges.add(PortRange.single(port));
            }
            ports = ranges.isEmpty() ? null : Ports.of(ranges);
            return this;
        }

        public ProfileBuilder portRange(int first, int last) {
            ports = Ports.of(List.of(new PortRange(first, last)));
            return this;
        }

        public ProfileBuilder anyPort() {
            ports = Ports.anyPort();
            return this;
        }

        public ProfileBuilder protocols(SecurityProtocol... values) {
            protocols = List.of(values);
            return this;
        }

        public ProfileBuilder protectionMandatoryToImplement(SecurityProtocol value) {
            protectionMandatoryToImplement = value;
            return this;
        }

        public ProfileBuilder combined(boolean value) {
            combined = value;
            return this;
        }

        public ProfileBuilder mode(Mode value) {
            mode = value;
            return this;
        }

        public ProfileBuilder confidentiality(Need value) {
            confidentiality = value;
            return this;
        }

        public ProfileBuilder integrity(Integrity value) {
            integrity = value;
            return this;
        }

        public ProfileBuilder replayProtection(Need value) {
            replayProtection = value;
            return this;
        }

        public ProfileBuilder natTraversal(NatTraversal value) {
            natTraversal = value;
            return this;
        }

        public ProfileBuilder keyManagementMethod(KeyManagementMethod value) {
            keyManagementMethod = value;
            return this;
        }

        public ProfileBuilder kerberosInfrastructure(Boolean value) {
            kerberosInfrastructure = value;
            return this;
        }

        public ProfileBuilder identificationTypes(IdentityType... values) {
            identificationTypes = List.of(values);
            return this;
        }

        public ProfileBuilder userSwitchingApplies(Boolean value) {
            userSwitchingApplies = value;
            return this;
        }

        public ProfileBuilder newSaPerUser(Boolean value) {
            newSaPerUser = value;
            return this;
        }

        public ProfileBuilder userSwitchingWhen(String value) {
            userSwitchingWhen = value;
            return this;
        }

        public ProfileBuilder authenticationMethods(AuthenticationMethod... values) {
            authenticationMethods = List.of(values);
            return this;
        }

        public ProfileBuilder authenticationMandatoryToImplement(AuthenticationMethod value) {
            authenticationMandatoryToImplement = value;
            return this;
        }

        public ProfileBuilder certificateIssuance(CertificateIssuance value) {
            certificateIssuance = value;
            return this;
        }

        public ProfileBuilder authorizationPolicy(String value) {
            authorizationPolicy = value;
            return this;
        }

        public ProfileBuilder ikeVersion(IkeVersion value) {
            ikeVersion = value;
            return this;
        }

        public ProfileBuilder ikeModes(IkeMode... values) {
            ikeModes = List.of(values);
            return this;
        }

        public ProfileBuilder availabilityStatus(AvailabilityStatus value) {
            availabilityStatus = value;
            return this;
        }

        public ProfileBuilder availabilityAssessment(String value) {
            availabilityAssessment = value;
            return this;
        }

        /**
         * Sets {@code algorithms}; the positions of its keys and list entries are recorded with
         * {@link #position(String, int, int)} where a test needs them.
         */
        public ProfileBuilder algorithms(Algorithms value) {
            algorithms = value;
            return this;
        }

        /** Appends a {@code suppress} entry; either field may be null. */
        public ProfileBuilder suppress(String rule, String justification) {
            suppressions.add(new Suppression(rule, justification, suppressions.size()));
            return this;
        }

        /** Records where the parser would have found {@code path}. */
        public ProfileBuilder position(String path, int line, int column) {
            positions.put(path, new Position(line, column));
            return this;
        }

        /** Forgets the position of {@code path}, as when the descriptor does not write that key. */
        public ProfileBuilder withoutPosition(String path) {
            positions.remove(path);
            return this;
        }

        public Profile build() {
            return new Profile(
                    file,
                    id,
                    new ProtocolInfo(protocolName, "RFC4271"),
                    title,
                    ipsecVersion,
                    new Context(
                            natLikely,
                            multicast,
                            endpoints,
                            scale,
                            multiUserHosts,
                            lowLevelProtocol,
                            tunneledIn,
                            nestedIpsec,
                            applicationNeedsPeerIdentity,
                            constrainedDevices,
                            concentrators),
                    new Selectors(
                            initiator,
                            "The router's loopback address.",
                            "The configured peer's loopback address.",
                            transport,
                            ports,
                            null),
                    new Protection(
                            protocols,
                            protectionMandatoryToImplement,
                            combined,
                            mode,
                            confidentiality,
                            integrity,
                            replayProtection,
                            natTraversal),
                    new KeyManagement(keyManagementMethod, kerberosInfrastructure, null),
                    new Identification(identificationTypes, null),
                    new UserSwitching(userSwitchingApplies, newSaPerUser, userSwitchingWhen),
                    new Authentication(
                            authenticationMethods,
                            authenticationMandatoryToImplement,
                            new Certificates(certificateIssuance, "source IP address or AS number"),
                            null),
                    new Authorization(authorizationPolicy),
                    new Ike(ikeVersion, ikeModes),
                    new Availability(availabilityStatus, availabilityAssessment, List.of()),
                    algorithms,
                    List.of(),
                    suppressions,
                    new KeyPositions(positions));
        }

        /** Where each key stands in the BGP example exactly as SPEC §3 writes it. */
        private static Map<String, Position> bgpPositions() {
            Map<String, Position> at = new HashMap<>();
            at.put("schema", new Position(1, 1));
            at.put("id", new Position(2, 1));
            at.put("protocol", new Position(3, 1));
            at.put("protocol.name", new Position(3, 12));
            at.put("protocol.reference", new Position(3, 25));
            at.put("ipsec", new Position(4, 1));
            at.put("ipsec.version", new Position(4, 9));
            at.put("context", new Position(5, 1));
            at.put("context.endpoints", new Position(5, 11));
            at.put("context.scale", new Position(5, 33));
            at.put("selectors", new Position(6, 1));
            at.put("selectors.initiator", new Position(7, 3));
            at.put("selectors.local", new Position(8, 3));
            at.put("selectors.remote", new Position(9, 3));
            at.put("selectors.transport", new Position(10, 3));
            at.put("selectors.ports", new Position(11, 3));
            at.put("protection", new Position(12, 1));
            at.put("protection.protocols", new Position(13, 3));
            at.put("protection.mandatoryToImplement", new Position(14, 3));
            at.put("protection.mode", new Position(15, 3));
            at.put("protection.confidentiality", new Position(16, 3));
            at.put("keyManagement", new Position(17, 1));
            at.put("keyManagement.method", new Position(17, 17));
            at.put("ike", new Position(18, 1));
            at.put("ike.version", new Position(18, 7));
            at.put("ike.modes", new Position(18, 23));
            at.put("identification", new Position(19, 1));
            at.put("identification.types", new Position(19, 18));
            at.put("userSwitching", new Position(20, 1));
            at.put("userSwitching.applies", new Position(20, 17));
            at.put("authentication", new Position(21, 1));
            at.put("authentication.methods", new Position(22, 3));
            at.put("authentication.mandatoryToImplement", new Position(23, 3));
            at.put("authentication.certificates", new Position(24, 3));
            at.put("authentication.certificates.issuance", new Position(24, 18));
            at.put("authentication.certificates.identityBinding", new Position(24, 44));
            at.put("authorization", new Position(25, 1));
            at.put("authorization.policy", new Position(26, 3));
            at.put("availability", new Position(28, 1));
            at.put("availability.status", new Position(29, 3));
            at.put("availability.assessment", new Position(30, 3));
            return at;
        }
    }
}
