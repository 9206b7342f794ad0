package org.ipsecprofile.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipsecprofile.scan.DraftScans.scan;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The document's kind from its title, in the three formats, and what it does to the scan; every title invented. */
class DocumentKindTest {

    private static final String MANDATE = "Implementations of the Widget protocol MUST use IPsec.";

    private static String xml(String title, String docName) {
        return "<?xml version=\"1.0\"?>\n<rfc version=\"3\" docName=\"" + docName + "\" category=\"std\">\n<front>\n"
                + "<title abbrev=\"Short\">" + title + "</title>\n<author fullname=\"A. Author\"/>\n</front>\n"
                + "<middle>\n<section><name>Security</name>\n<t>" + MANDATE + "</t>\n</section>\n</middle>\n</rfc>\n";
    }

    private static String markdown(String title, String docName) {
        return "---\ntitle: \"" + title + "\"\nabbrev: Short\ndocname: " + docName + "\ncat: std\n---\n\n"
                + "--- abstract\n\nAbstract.\n\n--- middle\n\n# Security\n\n" + MANDATE + "\n";
    }

    private static String text(String title, String docName) {
        StringBuilder draft = new StringBuilder();
        draft.append("Widget Working Group                                           A. Author\n");
        draft.append("Internet-Draft                                             Example Inc.\n");
        draft.append("Intended status: Standards Track                          1 March 2026\n");
        draft.append("Expires: 2 September 2026\n\n\n");
        for (String line : title.split("\n")) {
            draft.append(" ".repeat(Math.max(1, (72 - line.length()) / 2)))
                    .append(line)
                    .append('\n');
        }
        draft.append(" ".repeat(24)).append(docName).append("\n\nAbstract\n\n   Abstract.\n\n");
        return draft.append("1.  Security\n\n   ").append(MANDATE).append('\n').toString();
    }

    private static DocumentKind kind(String title) {
        return DocumentKind.of(new DraftTitle(title, "draft-author-widget-00"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "The Widget Header for IPsec",
                "IP Authentication Header Extensions for Large Windows",
                "Widget Encapsulation of IPsec ESP Frames",
                "The Use of Elliptic Ciphers in IPsec ESP",
                "Post-Quantum Algorithms for Use in IKEv2",
                "IKEv2 Redirect and Resumption Protocol",
                "IPsec-Firewall Interworking Requirements",
                "Internet Key Exchange Protocol Version 2 (IKEv2) Fragmentation",
                "An Unauthenticated Mode of IPsec",
                "Security Architecture for the Internet Protocol",
                "ESP Extensions for Carrying Compressed Widgets over IPsec",
                "IKEv2 Notifications to Negotiate Widget Tunnels with ESP",
                "Widget Compression Algorithms for IPComp",
                "The Widget Domain of Interpretation",
                "The Frobnicate Cipher Algorithm and Its Use with IPsec",
                "Using HMAC-SHA3-384 with IPsec ESP",
                "Using the Widget Signature Transform with IKEv2",
                "Using Counter Modes with ESP for Widget Groups",
                "A Widget Addendum to the Internet Security Association and Key Management Protocol (ISAKMP)",
                "Padded ESP for Widget Resistance",
                "Gateway-Mode IPsec for Widget Domains",
                "Internet Key Exchange Version 2 (IKEv2) Support for Widget Child Security Associations",
                "IKEv2 Configuration for Widget Resolvers",
                "IKEv2 Support for Widget Mobility",
                "Applicability Statement for Better-Than-Nothing Security (BTNS) in Widgets",
                "Widget Extensions for BTNS",
                "ESP Support for Widget Relays over IKEv2"
            })
    void aTitleThatNamesIpsecAsTheThingSpecifiedSpecifiesIpsec(String title) {
        assertThat(kind(title)).isEqualTo(DocumentKind.SPECIFIES_IPSEC);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Using IPsec to Protect Widget Signalling",
                "Securing the Widget Protocol Using IPsec",
                "An IPsec Profile for the Widget Protocol",
                "The Widget IPsec Profile",
                "IPsec Protection for Widget Relays",
                "IPsec Requirements for Widget Gateways",
                "Recommendations for Securing Widgets with IPsec",
                "Widget Operation with IKEv2 and the Revised IPsec Architecture",
                "The Use of IPsec in Widget Networks",
                "Widget Transport over ESP",
                "Widget Roaming Using Home Agents and IKEv2",
                "On the Use of the Widget Protocol with IPsec",
                "Widget Tunnelling across IPsec Gateways",
                "Mobile Widget Traversal behind IKEv2 Gateways",
                "IPsec Protection for Widget Relays Using IKEv2",
                "IPsec Usage for Widget Relays",
                "ESP Deployment to Widget Gateways",
                "Using IPsec for Widget Relays",
                "Widget Relays Secured by BTNS",
                "Widget Traffic Protection Using IPsec",
                "Authenticating Widget Messages with IPsec",
                "Secure Widget Groups over IPsec",
                "The Widget Protocol",
                "Widget Security Considerations",
                ""
            })
    void aTitleThatAppliesIpsecToAnotherProtocolOrDoesNotNameItIsOther(String title) {
        assertThat(kind(title)).isEqualTo(DocumentKind.OTHER);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Guidelines for Writing Widget Specifications",
                "Some Guidance on Choosing Transport Security",
                "Widget Design Guidelines",
                "Security Advice for Protocol Designers",
                "Guidelines for Specifying the Use of IPsec in Widgets",
                "Author Guidelines for Widget Instantiation Documents",
                "Operational Guidance on Widget Relays",
                "Implementation Advice for Widget Gateways",
                "Widget Relay Configuration Guidelines and Procedures"
            })
    void aTitleThatAdvisesAuthorsIsGuidelines(String title) {
        assertThat(kind(title)).isEqualTo(DocumentKind.GUIDELINES);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Widget Relays: Problem Statement",
                "Problem Statement and Requirements for Widget Relays",
                "Criteria for Evaluating Widget Transport Protocols",
                "Widget Protocol Evaluation",
                "Evaluation of Candidate Protocols for Widget Export",
                "A Survey of Widget Transports",
                "A Comparison of Widget Tunnel Mechanisms",
                "Widget Renumbering Gap Analysis",
                "Use Cases for Widget Relays",
                "Widget Security Glossary",
                "Terminology for Widget Relay Benchmarking",
                "IPsec Gateway Clusters: Problem Statement"
            })
    void aTitleThatStatesAProblemEvaluatesOrSurveysIsADiscussion(String title) {
        assertThat(kind(title)).isEqualTo(DocumentKind.DISCUSSION);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Widget Use Cases and Extensions",
                "Problem Statement and Architecture for Widget Relays",
                "Analysis of Widget Relay Security",
                "Widget Relay Requirements",
                "The Security Evaluated Widget Exchange",
                "Preparation and Comparison of Widget Names"
            })
    void aTitleThatAlsoAnnouncesADesignOrOnlyAnalysesIsOther(String title) {
        assertThat(kind(title)).isEqualTo(DocumentKind.OTHER);
    }

    @Test
    void aDraftOfTheIpsecWorkingGroupSpecifiesIpsecWhateverItsTitle() {
        assertThat(DocumentKind.of(new DraftTitle("Widget Tunnels", "draft-ietf-ipsecme-widget-tunnels-02")))
                .isEqualTo(DocumentKind.SPECIFIES_IPSEC);
        assertThat(DocumentKind.of(new DraftTitle("Widget Tunnels", "draft-ietf-widget-tunnels-02")))
                .isEqualTo(DocumentKind.OTHER);
    }

    @Test
    void theTitleAndNameAreReadInEachFormat() {
        assertThat(DraftTitle.of(
                        xml("IPsec &amp; the <em>Widget</em>\n  Header", "draft-a-widget-01"), DraftFormat.XML))
                .isEqualTo(new DraftTitle("IPsec & the Widget Header", "draft-a-widget-01"));
        assertThat(DraftTitle.of(markdown("Widget Tunnels over IPsec", "draft-b-widget-02"), DraftFormat.MARKDOWN))
                .isEqualTo(new DraftTitle("Widget Tunnels over IPsec", "draft-b-widget-02"));
        assertThat(DraftTitle.of(
                        "---\ntitle: >\n  A Folded\n  Widget Title\ndocname: draft-c-00\n---\n", DraftFormat.MARKDOWN))
                .isEqualTo(new DraftTitle("A Folded Widget Title", "draft-c-00"));
        assertThat(DraftTitle.of(
                        text("The Widget Extensions\nfor the IKEv2 Exchange", "draft-d-widget-03"), DraftFormat.TEXT))
                .isEqualTo(new DraftTitle("The Widget Extensions for the IKEv2 Exchange", "draft-d-widget-03"));
        // A byte order mark before the first line does not hide the header block or the YAML header.
        assertThat(DraftTitle.of("\uFEFF" + text("Widget Tunnels", "draft-e-widget-00"), DraftFormat.TEXT))
                .isEqualTo(new DraftTitle("Widget Tunnels", "draft-e-widget-00"));
        assertThat(DraftTitle.of("\uFEFF" + markdown("Widget Tunnels", "draft-f-00"), DraftFormat.MARKDOWN))
                .isEqualTo(new DraftTitle("Widget Tunnels", "draft-f-00"));
    }

    @Test
    void aDraftThatSpecifiesIpsecGetsNoFindingInAnyFormat() {
        assertEachFormatFinds("Widget Encapsulation of IPsec ESP Frames", 0);
    }

    @Test
    void aGuidelinesDraftGetsNoFindingInAnyFormat() {
        assertEachFormatFinds("Guidelines for Widget Protocol Authors", 0);
    }

    @Test
    void aDiscussionDraftGetsNoFindingInAnyFormat() {
        assertEachFormatFinds("Widget Relays and Firewalls: Problem Statement", 0);
    }

    @Test
    void aDraftThatAppliesIpsecKeepsItsFindingsInEveryFormat() {
        assertEachFormatFinds("Securing the Widget Protocol Using IPsec", 1);
        assertThat(scan("draft-a.txt", text("The Widget Protocol", "draft-ietf-ipsecme-widget-00")))
                .isEmpty();
    }

    /** A draft titled {@code title}, with one sentence that mandates IPsec, in each of the three formats. */
    private static void assertEachFormatFinds(String title, int findings) {
        assertThat(scan("draft-a.xml", xml(title, "draft-a-00"))).as("XML").hasSize(findings);
        assertThat(scan("draft-a.md", markdown(title, "draft-a-00")))
                .as("Markdown")
                .hasSize(findings);
        assertThat(scan("draft-a.txt", text(title, "draft-a-00"))).as("text").hasSize(findings);
    }
}
