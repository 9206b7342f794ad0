package org.ipsecprofile.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ipsecprofile.check.Finding;
import org.ipsecprofile.check.Severity;
import org.ipsecprofile.model.Authentication;
import org.ipsecprofile.model.AuthenticationMethod;
import org.ipsecprofile.model.AvailabilityStatus;
import org.ipsecprofile.model.CertificateIssuance;
import org.ipsecprofile.model.Context;
import org.ipsecprofile.model.EndpointKind;
import org.ipsecprofile.model.IdentityType;
import org.ipsecprofile.model.IkeMode;
import org.ipsecprofile.model.IkeVersion;
import org.ipsecprofile.model.Integrity;
import org.ipsecprofile.model.KeyManagementMethod;
import org.ipsecprofile.model.Mode;
import org.ipsecprofile.model.NatTraversal;
import org.ipsecprofile.model.Need;
import org.ipsecprofile.model.PortRange;
import org.ipsecprofile.model.Ports;
import org.ipsecprofile.model.Position;
import org.ipsecprofile.model.Profile;
import org.ipsecprofile.model.Protection;
import org.ipsecprofile.model.Scale;
import org.ipsecprofile.model.SecurityProtocol;
import org.ipsecprofile.model.Selectors;
import org.ipsecprofile.model.Suppression;
import org.ipsecprofile.model.Transport;
import org.ipsecprofile.model.TunneledIn;
import org.ipsecprofile.model.UserSwitching;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DescriptorParserTest {

    private final DescriptorParser parser = new DescriptorParser();

    private Profile parseValid(String name) {
        Path file = Corpus.valid(name);
        ParsedDescriptor parsed = parser.parse(file, Corpus.displayPath(file));
        assertThat(parsed.problems()).as(name).isEmpty();
        assertThat(parsed.profile()).isNotNull();
        return parsed.profile();
    }

    private ParsedDescriptor parseText(String yaml) {
        return parser.parse(yaml.getBytes(StandardCharsets.UTF_8), "src/main/ipsec/test.yaml");
    }

    static List<Path> validFiles() {
        return Corpus.files("valid");
    }

    @ParameterizedTest
    @MethodSource("validFiles")
    void everyValidCorpusFileParsesWithoutProblems(Path file) {
        ParsedDescriptor parsed = parser.parse(file, Corpus.displayPath(file));

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.profile().file()).isEqualTo(Corpus.displayPath(file));
    }

    @Test
    void bgpExampleParsesIntoTheExpectedProfile() {
        Profile bgp = parseValid("bgp.yaml");

        assertThat(bgp.id()).isEqualTo("bgp");
        assertThat(bgp.file()).isEqualTo("src/main/ipsec/bgp.yaml");
        assertThat(bgp.protocol().name()).isEqualTo("BGP-4");
        assertThat(bgp.protocol().reference()).isEqualTo("RFC4271");
        assertThat(bgp.ipsecVersion()).isEqualTo(2);
        assertThat(bgp.context().endpoints()).containsExactly(EndpointKind.ROUTERS);
        assertThat(bgp.context().scale()).isEqualTo(Scale.MANY_TO_MANY);
        assertThat(bgp.context().natLikely()).isFalse();
        assertThat(bgp.context().tunneledIn()).isEqualTo(TunneledIn.NONE);
        assertThat(bgp.selectors().initiator()).isEqualTo("Either speaker of a manually configured BGP peer pair.");
        assertThat(bgp.selectors().transport()).isEqualTo(Transport.ofKeyword("tcp"));
        assertThat(bgp.selectors().ports()).isEqualTo(Ports.of(List.of(PortRange.single(179))));
        assertThat(bgp.protection().protocols()).containsExactly(SecurityProtocol.ESP, SecurityProtocol.AH);
        assertThat(bgp.protection().mandatoryToImplement()).isEqualTo(SecurityProtocol.ESP);
        assertThat(bgp.protection().mode()).isEqualTo(Mode.TRANSPORT);
        assertThat(bgp.protection().confidentiality()).isEqualTo(Need.NONE);
        assertThat(bgp.protection().integrity()).isEqualTo(Integrity.REQUIRED);
        assertThat(bgp.protection().replayProtection()).isEqualTo(Need.REQUIRED);
        assertThat(bgp.protection().natTraversal()).isEqualTo(NatTraversal.NOT_NEEDED);
        assertThat(bgp.keyManagement().method()).isEqualTo(KeyManagementMethod.IKE);
        assertThat(bgp.keyManagement().kerberosInfrastructure()).isNull();
        assertThat(bgp.ike().version()).isEqualTo(IkeVersion.IKEV1);
        assertThat(bgp.ike().modes()).containsExactly(IkeMode.MAIN);
        assertThat(bgp.identification().types()).containsExactly(IdentityType.IP_ADDRESS);
        assertThat(bgp.userSwitching()).isEqualTo(new UserSwitching(false, null, null));
        assertThat(bgp.authentication().methods())
                .containsExactly(AuthenticationMethod.CERTIFICATES, AuthenticationMethod.PRE_SHARED_SECRET);
        assertThat(bgp.authentication().mandatoryToImplement()).isEqualTo(AuthenticationMethod.CERTIFICATES);
        assertThat(bgp.authentication().certificates().issuance()).isEqualTo(CertificateIssuance.LOCALLY_ISSUED);
        assertThat(bgp.authentication().certificates().identityBinding()).isEqualTo("source IP address or AS number");
        assertThat(bgp.authorization().policy())
                .isEqualTo("Accept connections only from the designated peer;"
                        + " every other service on the router keeps its own policy.");
        assertThat(bgp.availability().status()).isEqualTo(AvailabilityStatus.UNKNOWN);
        assertThat(bgp.availability().assessment())
                .startsWith("Whether backbone")
                .endsWith("before publication.");
        assertThat(bgp.availability().targets()).isEmpty();
        assertThat(bgp.additionalSecurityConsiderations()).isEmpty();
        assertThat(bgp.suppressions()).isEmpty();
    }

    @Test
    void bgpExampleRecordsThePositionOfEveryKeyAndListItem() {
        Profile bgp = parseValid("bgp.yaml");

        assertThat(bgp.positions().positionOf("selectors.ports")).isEqualTo(new Position(11, 3));
        assertThat(bgp.positions().positionOf("selectors.ports[0]")).isEqualTo(new Position(11, 11));
        assertThat(bgp.positions().positionOf("schema")).isEqualTo(new Position(1, 1));
        assertThat(bgp.positions().positionOf("protocol.reference")).isEqualTo(new Position(3, 25));
        assertThat(bgp.positions().positionOf("protection.protocols[1]")).isEqualTo(new Position(13, 20));
        assertThat(bgp.positions().positionOf("authentication.certificates.issuance"))
                .isEqualTo(new Position(24, 18));
        assertThat(bgp.positions().positionOf("availability.assessment")).isEqualTo(new Position(30, 3));
        assertThat(bgp.positions().contains("ike.modes")).isTrue();
        assertThat(bgp.positions().contains("userSwitching.newSaPerUser")).isFalse();
        assertThat(bgp.positions().positionOf("userSwitching.newSaPerUser")).isEqualTo(new Position(20, 1));
        assertThat(bgp.positions().asMap()).hasSize(49);
    }

    @Test
    void fullDescriptorReadsEveryKey() {
        Profile full = parseValid("full.yaml");

        assertThat(full.protocol().reference()).isEqualTo("draft-ietf-sipcore-example-03");
        assertThat(full.ipsecVersion()).isEqualTo(3);
        assertThat(full.context())
                .isEqualTo(new Context(
                        true,
                        false,
                        List.of(EndpointKind.values()),
                        Scale.PAIRWISE,
                        true,
                        false,
                        TunneledIn.L2TP,
                        true,
                        true,
                        true,
                        true));
        assertThat(full.selectors())
                .isEqualTo(new Selectors(
                        "The user agent.",
                        "Any address of the user agent.",
                        "The proxy's published address.",
                        Transport.ofKeyword("udp"),
                        Ports.of(List.of(
                                PortRange.single(5060),
                                new PortRange(5061, 5062),
                                PortRange.single(0),
                                PortRange.single(65535))),
                        "Registration and calls use the same selectors.\n\nA second paragraph.\n"));
        assertThat(full.protection())
                .isEqualTo(new Protection(
                        List.of(SecurityProtocol.ESP, SecurityProtocol.AH),
                        SecurityProtocol.ESP,
                        false,
                        Mode.TUNNEL,
                        Need.REQUIRED,
                        Integrity.REQUIRED,
                        Need.OPTIONAL,
                        NatTraversal.REQUIRED));
        assertThat(full.keyManagement().method()).isEqualTo(KeyManagementMethod.KINK);
        assertThat(full.keyManagement().kerberosInfrastructure()).isTrue();
        assertThat(full.keyManagement().notes()).isEqualTo("The realm is the operator's.\n");
        assertThat(full.identification().types()).containsExactly(IdentityType.values());
        assertThat(full.identification().notes()).isEqualTo("User names come from the directory.");
        assertThat(full.userSwitching()).isEqualTo(new UserSwitching(true, true, "When a user logs in."));
        Authentication authentication = full.authentication();
        assertThat(authentication.methods()).containsExactly(AuthenticationMethod.values());
        assertThat(authentication.mandatoryToImplement()).isEqualTo(AuthenticationMethod.KERBEROS);
        assertThat(authentication.certificates().issuance()).isEqualTo(CertificateIssuance.EXISTING_PKI);
        assertThat(authentication.certificates().identityBinding()).isEqualTo("The user's SIP URI.");
        assertThat(authentication.notes()).isEqualTo("Certificates are short-lived.");
        assertThat(full.authorization().policy()).startsWith("Each user");
        assertThat(full.ike().version()).isEqualTo(IkeVersion.IKEV2);
        assertThat(full.ike().modes()).containsExactly(IkeMode.MAIN, IkeMode.AGGRESSIVE);
        assertThat(full.availability().status()).isEqualTo(AvailabilityStatus.PARTIAL);
        assertThat(full.availability().targets()).containsExactly("Desk phones", "Soft clients");
        assertThat(full.additionalSecurityConsiderations())
                .containsExactly("First extra paragraph.", "Second extra paragraph,\non two lines.\n");
        assertThat(full.suppressions())
                .containsExactly(
                        new Suppression(
                                "nat-traversal", "NAT traversal is handled by the session border controller.", 0),
                        new Suppression("multicast", "Multicast is not used by this protocol.", 1));
        assertThat(full.positions().positionOf("suppress[1].rule")).isEqualTo(new Position(79, 6));
    }

    @Test
    void missingRfc5406ItemsAreLeftToTheRules() {
        Profile bare = parseValid("missing-items.yaml");

        assertThat(bare.id()).isEqualTo("bare");
        assertThat(bare.protocol().name()).isEqualTo("Example Protocol");
        assertThat(bare.protocol().reference()).isNull();
        assertThat(bare.ipsecVersion()).isEqualTo(3);
        assertThat(bare.context()).isEqualTo(Context.defaults());
        assertThat(bare.selectors()).isEqualTo(Selectors.absent());
        assertThat(bare.protection()).isEqualTo(Protection.absent());
        assertThat(bare.keyManagement()).isEqualTo(org.ipsecprofile.model.KeyManagement.absent());
        assertThat(bare.identification()).isEqualTo(org.ipsecprofile.model.Identification.absent());
        assertThat(bare.userSwitching()).isEqualTo(UserSwitching.absent());
        assertThat(bare.authentication()).isEqualTo(Authentication.absent());
        assertThat(bare.authorization()).isEqualTo(org.ipsecprofile.model.Authorization.absent());
        assertThat(bare.ike()).isEqualTo(org.ipsecprofile.model.Ike.absent());
        assertThat(bare.availability()).isEqualTo(org.ipsecprofile.model.Availability.absent());
        assertThat(bare.additionalSecurityConsiderations()).isEmpty();
        assertThat(bare.suppressions()).isEmpty();
    }

    @Test
    void emptyValuesCountAsAbsentAtEveryLevel() {
        Profile nulls = parseValid("nulls-are-absent.yaml");

        assertThat(nulls.protocol().reference()).isNull();
        assertThat(nulls.selectors()).isEqualTo(Selectors.absent());
        assertThat(nulls.protection()).isEqualTo(Protection.absent());
        assertThat(nulls.userSwitching()).isEqualTo(UserSwitching.absent());
        assertThat(nulls.authentication()).isEqualTo(Authentication.absent());
        assertThat(nulls.ike().version()).isNull();
        assertThat(nulls.suppressions()).isEmpty();
        assertThat(nulls.positions().contains("selectors.initiator")).isTrue();
    }

    @Test
    void typesFollowTheYamlCoreSchema() {
        Profile profile = parseValid("quoted-and-block.yaml");

        assertThat(profile.id()).isEqualTo("quoted-keys");
        assertThat(profile.protocol().name()).isEqualTo("802.1X");
        assertThat(profile.ipsecVersion()).isEqualTo(3);
        assertThat(profile.context().natLikely()).isTrue();
        assertThat(profile.selectors().initiator()).isEqualTo("yes");
        assertThat(profile.selectors().transport()).isEqualTo(Transport.ofNumber(132));
        assertThat(profile.selectors().transport().isSctp()).isTrue();
        assertThat(profile.selectors().ports()).isEqualTo(Ports.anyPort());
        assertThat(profile.selectors().notes()).isEqualTo("Keep: text.");
        assertThat(profile.protection().protocols()).isEmpty();
        assertThat(profile.availability().assessment()).isEqualTo("Folded text.");
    }

    @Test
    void yesAndOnAreTextSoTheyAreNotBooleans() {
        ParsedDescriptor parsed = parseText(minimal() + "context: {multicast: on}\n");

        assertThat(parsed.profile()).isNull();
        assertThat(parsed.problems())
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("context.multicast must be true or false"));
    }

    @Test
    void utf8ByteOrderMarkIsSkipped() {
        assertThat(parseValid("utf8-bom.yaml").positions().positionOf("schema")).isEqualTo(new Position(1, 1));
    }

    @Test
    void windowsLineEndingsAreAccepted() {
        assertThat(parseValid("windows-line-endings.yaml").selectors().transport())
                .isEqualTo(Transport.ofKeyword("any"));
    }

    @Test
    void coreTagsAndAnExplicitDocumentStartAreAccepted() {
        Profile tagged = parseValid("explicit-core-tags.yaml");

        assertThat(tagged.protocol().name()).isEqualTo("2022");
        assertThat(tagged.context().natLikely()).isTrue();
        assertThat(tagged.selectors().ports()).isEqualTo(Ports.of(List.of(PortRange.single(443))));
    }

    @Test
    void findingsNameTheRuleFileProfileAndPlace() {
        ParsedDescriptor parsed = parseText(minimal() + "protection: {mode: tunel}\n");

        assertThat(parsed.problems())
                .containsExactly(new Finding(
                        "descriptor",
                        Severity.ERROR,
                        List.of(),
                        "example",
                        "src/main/ipsec/test.yaml",
                        5,
                        20,
                        "protection.mode: 'tunel' is not a known value; did you mean 'tunnel'? Write one of transport, tunnel",
                        false,
                        null));
    }

    @Test
    void findingsHaveNoProfileWhenTheIdIsNotUsable() {
        ParsedDescriptor parsed = parseText("schema: ipsec-profile/1\nid: Bad_Id\nprotocol: {name: X}\n"
                + "ipsec: {version: 2}\ncontext: {multicast: 1}\n");

        assertThat(parsed.problems())
                .hasSize(2)
                .allSatisfy(f -> assertThat(f.profile()).isNull());
    }

    @Test
    void aSectionThatIsNotAMappingIsOneFindingNotAlsoItsMissingKeys() {
        ParsedDescriptor parsed = parseText("schema: ipsec-profile/1\nid: example\nprotocol: [x]\nipsec: 3\n");

        assertThat(parsed.problems())
                .extracting(Finding::message)
                .containsExactly(
                        "protocol must be a mapping of keys (name, reference), not a list",
                        "ipsec must be a mapping of keys (version), not a number (3)");
    }

    @Test
    void anUnsupportedYamlVersionIsOneClearFinding() {
        assertThat(parseText("%YAML 2.0\n---\n" + minimal()).problems())
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("remove the %YAML line"));
    }

    @Test
    void theSectionTitleIsReadWhenGivenAndNullWhenAbsent() {
        ParsedDescriptor given = parseText(minimal() + "title: |\n  IPsec for the\n  BGP Data Channel\n");
        ParsedDescriptor absent = parseText(minimal());
        ParsedDescriptor empty = parseText(minimal() + "title:\n");

        assertThat(given.problems()).isEmpty();
        assertThat(given.profile().title()).isEqualTo("IPsec for the BGP Data Channel");
        assertThat(given.profile().positions().contains("title")).isTrue();
        assertThat(absent.profile().title()).isNull();
        assertThat(empty.problems()).isEmpty();
        assertThat(empty.profile().title()).isNull();
    }

    @Test
    void aBlankTitleIsAnErrorAtItsValue() {
        ParsedDescriptor parsed = parseText(minimal() + "title: '   '\n");

        assertThat(parsed.problems()).singleElement().satisfies(f -> {
            assertThat(f.message()).startsWith("title is blank").contains("leave the key out");
            assertThat(f.line()).isEqualTo(5);
            assertThat(f.column()).isEqualTo(8);
        });
    }

    @Test
    void aTitleThatIsNotTextIsAnErrorThatSuggestsQuotes() {
        ParsedDescriptor list = parseText(minimal() + "title: [a, b]\n");
        ParsedDescriptor number = parseText(minimal() + "title: 42\n");

        assertThat(list.problems())
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("title must be text, not a list"));
        assertThat(number.problems())
                .singleElement()
                .satisfies(f -> assertThat(f.message())
                        .contains("title must be text, not a number (42)")
                        .contains("quotes"));
    }

    @Test
    void aMisspelledTitleKeySuggestsTitle() {
        assertThat(parseText(minimal() + "titel: BGP\n").problems())
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("title"));
    }

    @Test
    void anIntegerWhereTextIsExpectedIsAnErrorThatSuggestsQuotes() {
        ParsedDescriptor parsed = parseText(minimal() + "availability: {targets: [2019, Linux]}\n");

        assertThat(parsed.problems()).singleElement().satisfies(f -> {
            assertThat(f.message())
                    .contains("availability.targets[0] must be text, not a number (2019)")
                    .contains("quotes");
            assertThat(f.line()).isEqualTo(5);
            assertThat(f.column()).isEqualTo(26);
        });
    }

    @Test
    void anEmptyPortListIsAnErrorButAnEmptyProtocolListIsLeftToTheRules() {
        assertThat(parseText(minimal() + "selectors: {ports: []}\n").problems()).hasSize(1);
        assertThat(parseText(minimal() + "protection: {protocols: []}\n")
                        .profile()
                        .protection()
                        .protocols())
                .isEmpty();
    }

    @Test
    void numericTransportAboveTheRangeIsRefusedAndInRangeIsKept() {
        assertThat(parseText(minimal() + "selectors: {transport: 50}\n")
                        .profile()
                        .selectors()
                        .transport())
                .isEqualTo(Transport.ofNumber(50));
        assertThat(parseText(minimal() + "selectors: {transport: -1}\n").problems())
                .hasSize(1);
    }

    @Test
    void pathOverloadReadsTheFileItself(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("p.yaml");
        Files.writeString(file, minimal());

        assertThat(parser.parse(file, "p.yaml").profile().id()).isEqualTo("example");
    }

    @Test
    void aFileThatDoesNotExistIsAFindingNotAnException(@TempDir Path dir) {
        ParsedDescriptor parsed = parser.parse(dir.resolve("absent.yaml"), "src/main/ipsec/absent.yaml");

        assertThat(parsed.problems()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("descriptor");
            assertThat(f.file()).isEqualTo("src/main/ipsec/absent.yaml");
            assertThat(f.line()).isEqualTo(1);
            assertThat(f.column()).isEqualTo(1);
            assertThat(f.message()).contains("does not exist");
        });
    }

    @Test
    void aDirectoryIsAFindingNotAnException(@TempDir Path dir) {
        assertThat(parser.parse(dir, "src/main/ipsec/dir.yaml").problems())
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("cannot be read"));
    }

    @Test
    void oneParserServesManyThreadsAtOnce() throws Exception {
        List<Path> files = Corpus.files("valid");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<ParsedDescriptor>> results = new java.util.ArrayList<>();
            for (int round = 0; round < 25; round++) {
                for (Path file : files) {
                    results.add(pool.submit(
                            () -> parser.parse(file, file.getFileName().toString())));
                }
            }
            for (Future<ParsedDescriptor> result : results) {
                assertThat(result.get().problems()).isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    static String minimal() {
        return "schema: ipsec-profile/1\nid: example\nprotocol: {name: EXAMPLE}\nipsec: {version: 2}\n";
    }
}
