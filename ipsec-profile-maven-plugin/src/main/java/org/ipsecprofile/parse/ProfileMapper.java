package org.ipsecprofile.parse;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.ipsecprofile.parse.YamlNode.Mapping;
import org.ipsecprofile.parse.YamlNode.Scalar;
import org.ipsecprofile.parse.YamlNode.ScalarType;

/**
 * Maps a composed descriptor onto the model records, following SPEC §3 key by key. It checks the
 * format — keys, types, keywords, and the four keys the format itself requires ({@code schema},
 * {@code id}, {@code protocol.name}, {@code ipsec.version}) — and nothing else: a missing RFC 5406
 * item is left null or empty for the rules to report. One instance maps one descriptor.
 */
final class ProfileMapper {

    static final String SCHEMA = "ipsec-profile/1";
    static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,62}");
    /** Names Windows reserves for devices; an output file named after one cannot be created there. */
    static final Set<String> RESERVED_IDS = Set.of(
            "con", "prn", "aux", "nul", "com0", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt0", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    static final Pattern REFERENCE = Pattern.compile("RFC[1-9][0-9]{0,4}|draft-[a-z0-9]+(-[a-z0-9]+)*");
    private static final String PORT = "(0|[1-9][0-9]{0,4})";
    static final Pattern PORT_RANGE = Pattern.compile(PORT + "-" + PORT);
    static final List<String> TRANSPORT_KEYWORDS = List.of("tcp", "udp", "sctp", "icmp", "any");

    static final List<String> TOP_KEYS = List.of(
            "schema",
            "id",
            "protocol",
            "title",
            "ipsec",
            "context",
            "selectors",
            "protection",
            "keyManagement",
            "identification",
            "userSwitching",
            "authentication",
            "authorization",
            "ike",
            "availability",
            "securityConsiderations",
            "algorithms",
            "suppress");
    static final List<String> PROTOCOL_KEYS = List.of("name", "reference");
    static final List<String> IPSEC_KEYS = List.of("version");
    static final List<String> CONTEXT_KEYS = List.of(
            "natLikely",
            "multicast",
            "endpoints",
            "scale",
            "multiUserHosts",
            "lowLevelProtocol",
            "tunneledIn",
            "nestedIpsec",
            "applicationNeedsPeerIdentity",
            "constrainedDevices",
            "concentrators");
    static final List<String> SELECTORS_KEYS = List.of("initiator", "local", "remote", "transport", "ports", "notes");
    static final List<String> PROTECTION_KEYS = List.of(
            "protocols",
            "mandatoryToImplement",
            "combined",
            "mode",
            "confidentiality",
            "integrity",
            "replayProtection",
            "natTraversal");
    static final List<String> KEY_MANAGEMENT_KEYS = List.of("method", "kerberosInfrastructure", "notes");
    static final List<String> IDENTIFICATION_KEYS = List.of("types", "notes");
    static final List<String> USER_SWITCHING_KEYS = List.of("applies", "newSaPerUser", "when");
    static final List<String> AUTHENTICATION_KEYS = List.of("methods", "mandatoryToImplement", "certificates", "notes");
    static final List<String> CERTIFICATES_KEYS = List.of("issuance", "identityBinding");
    static final List<String> AUTHORIZATION_KEYS = List.of("policy");
    static final List<String> IKE_KEYS = List.of("version", "modes");
    static final List<String> AVAILABILITY_KEYS = List.of("status", "assessment", "targets");
    static final List<String> SECURITY_CONSIDERATIONS_KEYS = List.of("additional");
    static final List<String> SUPPRESSION_KEYS = List.of("rule", "justification");

    private final List<Problem> problems = new ArrayList<>();
    private String validId;

    /** What mapping produced: a profile when {@code problems} is empty, and the id when it was valid. */
    record Outcome(Profile profile, String id, List<Problem> problems) {

        Outcome {
            problems = List.copyOf(problems);
        }
    }

    Outcome map(YamlNode root, String file) {
        if (root == null || root instanceof Scalar scalar && scalar.isNull()) {
            return new Outcome(null, null, List.of(DescriptorText.emptyFile()));
        }
        if (!(root instanceof Mapping mapping)) {
            return new Outcome(
                    null,
                    null,
                    List.of(new Problem(
                            root.position(),
                            "the top level of a descriptor must be"
                                    + " a mapping of keys (schema: ..., id: ..., ...), not "
                                    + YamlNode.describe(root))));
        }
        MappingReader top = MappingReader.of(mapping, "", Position.START, TOP_KEYS, problems);
        readSchema(top);
        readId(top);
        ProtocolInfo protocol = protocol(top.section("protocol", PROTOCOL_KEYS));
        String title = title(top);
        int ipsecVersion = ipsecVersion(top.section("ipsec", IPSEC_KEYS));
        Context context = context(top.section("context", CONTEXT_KEYS));
        Selectors selectors = selectors(top.section("selectors", SELECTORS_KEYS));
        Protection protection = protection(top.section("protection", PROTECTION_KEYS));
        KeyManagement keyManagement = keyManagement(top.section("keyManagement", KEY_MANAGEMENT_KEYS));
        Identification identification = identification(top.section("identification", IDENTIFICATION_KEYS));
        UserSwitching userSwitching = userSwitching(top.section("userSwitching", USER_SWITCHING_KEYS));
        Authentication authentication = authentication(top.section("authentication", AUTHENTICATION_KEYS));
        Authorization authorization = new Authorization(
                top.section("authorization", AUTHORIZATION_KEYS).text("policy"));
        Ike ike = ike(top.section("ike", IKE_KEYS));
        Availability availability = availability(top.section("availability", AVAILABILITY_KEYS));
        List<String> additional = top.section("securityConsiderations", SECURITY_CONSIDERATIONS_KEYS)
                .texts("additional");
        Algorithms algorithms = AlgorithmsReader.read(top.section("algorithms", AlgorithmsReader.KEYS));
        List<Suppression> suppressions = suppressions(top);
        if (!problems.isEmpty()) {
            return new Outcome(null, validId, problems);
        }
        Profile profile = new Profile(
                file,
                validId,
                protocol,
                title,
                ipsecVersion,
                context,
                selectors,
                protection,
                keyManagement,
                identification,
                userSwitching,
                authentication,
                authorization,
                ike,
                availability,
                algorithms,
                additional,
                suppressions,
                PositionIndex.of(mapping));
        return new Outcome(profile, validId, List.of());
    }

    private void readSchema(MappingReader top) {
        YamlNode node = top.value("schema");
        if (node == null) {
            top.report(
                    top.positionOf("schema"),
                    "schema is missing; the first line of a descriptor is 'schema: " + SCHEMA + "'");
        } else if (!(node instanceof Scalar scalar
                && scalar.type() == ScalarType.STRING
                && scalar.text().equals(SCHEMA))) {
            top.report(
                    node.position(),
                    "schema must be '" + SCHEMA + "', the only format this plugin reads, not "
                            + YamlNode.describe(node));
        }
    }

    private void readId(MappingReader top) {
        YamlNode node = top.value("id");
        if (node == null) {
            top.report(
                    top.positionOf("id"),
                    "id is missing; add 'id: <name>', a lower-case name such as 'bgp' that"
                            + " names the output files and anchors");
            return;
        }
        String id = top.textOf(node, "id");
        if (id == null) {
            return;
        }
        String problem = idProblem(id);
        if (problem != null) {
            top.report(node.position(), problem);
        } else {
            validId = id;
        }
    }

    /** What is wrong with {@code id} as a profile id, or null when it is a valid one. */
    static String idProblem(String id) {
        if (!ID.matcher(id).matches()) {
            return "id '" + Problem.abbreviate(id) + "' is not allowed; write a lower-case letter"
                    + " followed by up to 62 lower-case letters, digits or hyphens (pattern [a-z][a-z0-9-]{0,62}),"
                    + " e.g. 'bgp' or 'ospf-v3'";
        }
        if (RESERVED_IDS.contains(id)) {
            return "id '" + id + "' is a reserved device name on Windows, so its output files"
                    + " could not be written there; choose another id, e.g. '" + id + "-profile'";
        }
        return null;
    }

    private ProtocolInfo protocol(MappingReader protocol) {
        YamlNode nameNode = protocol.value("name");
        String name = null;
        if (nameNode == null) {
            protocol.reportMissing(
                    "name",
                    "protocol.name is missing; add the protocol being specified," + " e.g. 'protocol: {name: BGP-4}'");
        } else {
            name = protocol.textOf(nameNode, "protocol.name");
            if (name != null && name.isBlank()) {
                protocol.report(nameNode.position(), "protocol.name is blank; write the protocol's name, e.g. BGP-4");
            }
        }
        String reference = protocol.text("reference");
        if (reference != null && !REFERENCE.matcher(reference).matches()) {
            protocol.report(
                    protocol.value("reference").position(),
                    "protocol.reference '"
                            + Problem.abbreviate(reference) + "' is neither an RFC nor a draft name; write e.g. RFC4271"
                            + " or draft-ietf-idr-example");
        }
        return new ProtocolInfo(name, reference);
    }

    /** The optional section title: text, not blank (absent or YAML null: the default title). */
    private String title(MappingReader top) {
        YamlNode node = top.value("title");
        if (node == null) {
            return null;
        }
        String title = top.textOf(node, "title");
        if (title != null && title.isBlank()) {
            top.report(
                    node.position(),
                    "title is blank; write the profile section's title, or leave the key out for the default"
                            + " 'IPsec Profile for' and the protocol's name");
            return null;
        }
        return title == null ? null : title.strip().replaceAll("\\s+", " ");
    }

    private int ipsecVersion(MappingReader ipsec) {
        YamlNode node = ipsec.value("version");
        if (node == null) {
            ipsec.reportMissing(
                    "version",
                    "ipsec.version is missing; add 'ipsec: {version: 2}' for the"
                            + " RFC 2401 suite or 'ipsec: {version: 3}' for the RFC 4301 suite");
            return 0;
        }
        if (node instanceof Scalar scalar
                && scalar.type() == ScalarType.INTEGER
                && (scalar.integer().equals(BigInteger.TWO) || scalar.integer().equals(BigInteger.valueOf(3)))) {
            return scalar.integer().intValue();
        }
        String hint = node instanceof Scalar s && s.type() == ScalarType.STRING ? " (write it without quotes)" : "";
        ipsec.report(node.position(), "ipsec.version must be the number 2 or 3, not " + YamlNode.describe(node) + hint);
        return 0;
    }

    private static Context context(MappingReader c) {
        return new Context(
                c.bool("natLikely", false),
                c.bool("multicast", false),
                c.keywords("endpoints", EndpointKind.class),
                c.keyword("scale", Scale.class),
                c.bool("multiUserHosts", false),
                c.bool("lowLevelProtocol", false),
                c.keyword("tunneledIn", TunneledIn.class, TunneledIn.NONE),
                c.bool("nestedIpsec", false),
                c.bool("applicationNeedsPeerIdentity", false),
                c.bool("constrainedDevices", false),
                c.bool("concentrators", false));
    }

    private static Selectors selectors(MappingReader s) {
        return new Selectors(
                s.text("initiator"), s.text("local"), s.text("remote"), transport(s), ports(s), s.text("notes"));
    }

    private static Transport transport(MappingReader s) {
        YamlNode node = s.value("transport");
        if (node == null) {
            return null;
        }
        String expected =
                "a protocol keyword (" + String.join(", ", TRANSPORT_KEYWORDS) + ") or a protocol number" + " 0-255";
        if (node instanceof Scalar scalar && scalar.type() == ScalarType.STRING) {
            Transport transport = Transport.ofKeyword(scalar.text());
            if (transport == null) {
                String hint = scalar.text().matches("[0-9]+") ? " (write a number without quotes)" : "";
                s.report(
                        node.position(),
                        MappingReader.unknownValue("selectors.transport", scalar.text(), TRANSPORT_KEYWORDS)
                                + ", or a protocol number 0-255" + hint);
            }
            return transport;
        }
        if (node instanceof Scalar scalar && scalar.type() == ScalarType.INTEGER) {
            BigInteger number = scalar.integer();
            if (number.signum() >= 0 && number.compareTo(BigInteger.valueOf(255)) <= 0) {
                return Transport.ofNumber(number.intValue());
            }
            s.report(
                    node.position(),
                    "selectors.transport " + scalar.text() + " is not a protocol number; write a"
                            + " number from 0 to 255 or one of " + String.join(", ", TRANSPORT_KEYWORDS));
            return null;
        }
        s.wrongType("selectors.transport", node, expected, "");
        return null;
    }

    private static Ports ports(MappingReader s) {
        YamlNode node = s.value("ports");
        if (node == null) {
            return null;
        }
        if (node instanceof Scalar scalar
                && scalar.type() == ScalarType.STRING
                && scalar.text().equals("any")) {
            return Ports.anyPort();
        }
        String expected = "the word any or a list of ports and ranges, e.g. [179] or [5060, \"5061-5062\"]";
        if (!(node instanceof YamlNode.Sequence sequence)) {
            s.wrongType("selectors.ports", node, expected, "");
            return null;
        }
        if (sequence.items().isEmpty()) {
            s.report(
                    node.position(),
                    "selectors.ports is an empty list; list at least one port, e.g. [179]," + " or write 'ports: any'");
            return null;
        }
        int before = s.problemCount();
        List<PortRange> ranges = s.list("ports", expected, (item, path) -> portRange(s, item, path));
        return s.problemCount() == before ? Ports.of(ranges) : null;
    }

    private static PortRange portRange(MappingReader s, YamlNode item, String path) {
        if (item instanceof Scalar scalar && scalar.type() == ScalarType.INTEGER) {
            BigInteger port = scalar.integer();
            if (port.signum() >= 0 && port.compareTo(BigInteger.valueOf(65535)) <= 0) {
                return PortRange.single(port.intValue());
            }
            s.report(item.position(), path + ": " + scalar.text() + " is not a port; write a number from 0 to 65535");
            return null;
        }
        if (item instanceof Scalar scalar && scalar.type() == ScalarType.STRING) {
            Matcher range = PORT_RANGE.matcher(scalar.text());
            if (range.matches()) {
                int first = Integer.parseInt(range.group(1));
                int last = Integer.parseInt(range.group(2));
                if (last <= 65535 && first <= last) {
                    return new PortRange(first, last);
                }
            }
            String hint = scalar.text().equals("any")
                    ? "; for any port write 'ports: any' instead of a list"
                    : scalar.text().matches("[0-9]+")
                            ? "; write a single port as a number, without quotes"
                            : "; write a range as \"N-M\" with 0 <= N <= M <= 65535, e.g. \"5060-5061\"";
            s.report(
                    item.position(), path + ": '" + Problem.abbreviate(scalar.text()) + "' is not a port range" + hint);
            return null;
        }
        s.wrongType(path, item, "a port number 0-65535 or a range \"N-M\"", "");
        return null;
    }

    private static Protection protection(MappingReader p) {
        return new Protection(
                p.keywords("protocols", SecurityProtocol.class),
                p.keyword("mandatoryToImplement", SecurityProtocol.class),
                p.bool("combined", false),
                p.keyword("mode", Mode.class),
                p.keyword("confidentiality", Need.class),
                p.keyword("integrity", Integrity.class, Integrity.REQUIRED),
                p.keyword("replayProtection", Need.class, Need.REQUIRED),
                p.keyword("natTraversal", NatTraversal.class, NatTraversal.NOT_NEEDED));
    }

    private static KeyManagement keyManagement(MappingReader k) {
        return new KeyManagement(
                k.keyword("method", KeyManagementMethod.class), k.bool("kerberosInfrastructure"), k.text("notes"));
    }

    private static Identification identification(MappingReader i) {
        return new Identification(i.keywords("types", IdentityType.class), i.text("notes"));
    }

    private static UserSwitching userSwitching(MappingReader u) {
        return new UserSwitching(u.bool("applies"), u.bool("newSaPerUser"), u.text("when"));
    }

    private static Authentication authentication(MappingReader a) {
        List<AuthenticationMethod> methods = a.keywords("methods", AuthenticationMethod.class);
        AuthenticationMethod mandatory = a.keyword("mandatoryToImplement", AuthenticationMethod.class);
        MappingReader c = a.section("certificates", CERTIFICATES_KEYS);
        Certificates certificates =
                new Certificates(c.keyword("issuance", CertificateIssuance.class), c.text("identityBinding"));
        return new Authentication(methods, mandatory, certificates, a.text("notes"));
    }

    private static Ike ike(MappingReader i) {
        return new Ike(i.keyword("version", IkeVersion.class), i.keywords("modes", IkeMode.class));
    }

    private static Availability availability(MappingReader a) {
        return new Availability(
                a.keyword("status", AvailabilityStatus.class), a.text("assessment"), a.texts("targets"));
    }

    private static List<Suppression> suppressions(MappingReader top) {
        List<Suppression> result = new ArrayList<>();
        top.list("suppress", "a list of entries, each with rule and justification", (item, path) -> {
            if (!(item instanceof Mapping entry)) {
                top.wrongType(path, item, "a mapping with rule and justification", "");
                return null;
            }
            MappingReader reader = MappingReader.of(entry, path, item.position(), SUPPRESSION_KEYS, top.problems());
            // result.size() is the list index whenever a profile is produced: a skipped item is a problem.
            result.add(new Suppression(reader.text("rule"), reader.text("justification"), result.size()));
            return entry;
        });
        return result;
    }
}
