package org.ipsecprofile.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ipsecprofile.check.Finding;
import org.junit.jupiter.api.Test;

/**
 * The sentence shapes the policy reads closely (MandatePolicy's javadoc, the draft scan page), one
 * test each, on invented sentences: what is not a mandate though it looks like one, and what is.
 */
class MandatePolicyShapesTest {

    private static List<Finding> scan(String sentence) {
        return new DraftScanner().scanText("draft-a.txt", "   " + sentence + "\n", DraftFormat.TEXT, false);
    }

    private static void noMandate(String... sentences) {
        for (String sentence : sentences) {
            assertThat(scan(sentence)).as(sentence).isEmpty();
        }
    }

    private static void mandate(String... sentences) {
        for (String sentence : sentences) {
            assertThat(scan(sentence)).as(sentence).hasSize(1);
        }
    }

    @Test
    void aKeywordAfterAnArticleIsANounUnlessItIsTheLevelSomethingIsMade() {
        noMandate(
                "The second revision lowered the IPsec requirement to a SHOULD.",
                "It is odd to have ESP be a RECOMMENDED for the relays.",
                "At the least, ESP ought to be a MUST implement for relays.");
        mandate("This revision makes IPsec support on every relay a SHOULD.");
    }

    @Test
    void aKeywordGoverningAStatementOrABeliefIsNoMandateAndLowerCaseNotNegatesIt() {
        noMandate(
                "A gateway profile SHOULD NOT merely say that ESP must be used.",
                "Relays cannot count on IKE, so designers SHOULD not expect it to run.",
                "Relays SHOULD not use IPsec for the probes.");
    }

    @Test
    void reportedSpeechAndAttributedRequirementsAreNoMandates() {
        noMandate(
                "The older relay specification states that the manual setup of IPsec keys MUST be offered.",
                "As required in [GATEWAY-ARCH], hosts running the relay MUST use ESP.",
                "According to [RELAY-BASE], the relay MUST use IKEv2.");
        mandate(
                "As required in this document, hosts running the relay MUST use ESP.",
                "As specified in Section 4, hosts running the relay MUST use ESP.");
    }

    @Test
    void aRequirementOfTheFutureIsNotOneNow() {
        noMandate("In the future, the relay profile may move to a later IKE; its rules should apply to all relays.");
    }

    @Test
    void ikePhasesSaBundlesAndThePadAreIpsecMachinery() {
        noMandate(
                "Otherwise, IKE Phase 2 MUST wait for the end of the first exchange.",
                "To keep keys fresh, Phase 2 SHOULD be repeated hourly to derive new IKE material.",
                "Relays SHOULD pick an IKE Phase 1 hash at least as strong as the data hash.",
                "Unless an SA bundle exists for the probe, the relay SHOULD ask IKE for one.",
                "The IPsec Peer Authorization Database (PAD) entries SHOULD be used by the relay to pick names.");
        mandate("Each relay session MUST be protected by an IKE Phase 2 SA.");
    }

    @Test
    void securityAssociationsAlreadyInPlaceDoNotAskForIpsec() {
        noMandate(
                "A liveness probe SHOULD be sent before rekeying the IPsec SAs.",
                "Then the ESP security associations MUST be requested with the relay's own name.");
        mandate("Relay traffic MUST be protected by the IPsec SAs of the link.");
    }

    @Test
    void ipsecAsTheAgentOfAnActionIsNotAskedFor() {
        noMandate(
                "It MUST be possible for IKE to bundle the addresses of one relay.",
                "The first probe SHOULD cause IKE to negotiate the keys.");
        mandate("It is REQUIRED for IPsec to be used on every relay link.");
    }

    @Test
    void aPassiveRequirementOnAnotherSubjectWithTheTermAfterWithOrForIsNoMandate() {
        noMandate(
                "Anti-spoofing checks SHOULD also be switched on with IKEv2.",
                "Stable addresses must be chosen for running IKE.");
        mandate(
                "Relay traffic MUST be protected with ESP.",
                "The relay protocol MUST be used with IPsec ESP.",
                "Relay keys MUST be negotiated with IKEv2.");
    }

    @Test
    void aRequirementThatSomethingExistIsNotOneToUseIpsec() {
        noMandate("Hooks SHOULD exist between the relay and IPsec so that probes are not resent.");
    }

    @Test
    void aTermQualifyingANounWithAParticipleAsksForIpsec() {
        mandate(
                "A relay behind a firewall MUST be able to open several IPsec-protected streams.",
                "Relays MUST use IPsec-protected streams for the control channel.");
    }

    @Test
    void aTermInAnExampleParenthesisOrAbbreviatingAnExampleIsNoMandate() {
        noMandate(
                "Peers SHOULD be authenticated by the relays (e.g., a relay SHOULD use its own tokens or the"
                        + " authentication that IKE offers) before any data flows.",
                "Relays MUST use an automatic key manager, such as the Internet Key Exchange (IKE) [KEYS], for"
                        + " the session keys.");
    }

    @Test
    void plainEnglishThatIsHypotheticalSubordinateAQuestionAWishOrARelativeClauseIsNoMandate() {
        noMandate(
                "Any use of IPsec by the relays would be required to follow a profile.",
                "The mode applies only when the relay is required to open an IPsec tunnel.",
                "The relay is safe because each probe is required to pass an IKE exchange first.",
                "This memo describes relays and explains how IKEv2 and the relay should work together.",
                "IKEv2 lets peers agree on which ciphers should be used.",
                "It is desirable that little work be required to turn on IPsec for relays.",
                "This memo lists the hashes that are mandatory to implement as part of IKEv2.",
                "The ESP document describes the bundles of SAs that must be supported.");
        mandate("IKEv2 must be used for the relay's keys.");
    }

    @Test
    void aTermInAGivenThatClauseIsACondition() {
        noMandate(
                "Given that relays can tell IPsec traffic from other traffic, it is recommended that one port be used.");
    }

    @Test
    void anIpsecImplementationNamedWithAParentheticalIsStillAnImplementation() {
        noMandate("The next step SHOULD be taken by any IPsec (AH or ESP) implementation that keeps long counters.");
    }

    @Test
    void requirementsProvidedByImplementingIpsecAreFound() {
        mandate(
                "A relay MUST provide integrity by implementing IPsec with ESP in tunnel mode.",
                "Key management MUST be provided by implementing IKEv2 for the relay.");
        noMandate("Relays implementing IPsec MUST log each SA.");
    }

    @Test
    void aPlainShouldAfterButRatherFollowingAProhibitionIsRead() {
        mandate("Relay probes MUST NOT carry their own signature, but rather should rely on IPsec.");
    }

    @Test
    void aConditionThatSomethingElseUsesIpsecDoesNotUndoARequirementToUseItToo() {
        mandate("If a relay was found through a channel that uses IPsec, the client SHOULD use IPsec for the session.");
        noMandate("If IPsec is used, the client MUST use IKEv2.");
    }

    @Test
    void aBcp14KeywordNegatedInLowerCaseIsAProhibitionThatNoLaterNotLifts() {
        noMandate(
                "Existing queue settings MUST not be altered by the presence of ESP tunnels.",
                "Forwarding SHOULD not be slowed down by the use of IPsec on the link.");
        mandate("Control messages MUST NOT be sent unless protected by ESP.");
    }

    @Test
    void aProhibitionToTurnIpsecOffIsAMandate() {
        mandate(
                "Relays MUST NOT turn off IPsec on the control channel.",
                "A relay SHOULD NOT disable ESP for probes sent to a new peer.");
        noMandate("Relays MUST NOT use IPsec for the discovery probes.");
    }

    @Test
    void aKeywordAfterAsRefersToARequirementMadeElsewhere() {
        noMandate(
                "Turning on ESP encryption, as RECOMMENDED above, also hides the relay's counters.",
                "Using IKEv2, as REQUIRED in Section 6, gives each relay fresh keys.");
        mandate(
                "Relay control traffic MUST be protected with ESP as the next section describes.",
                "IKEv2 MUST be used as the key management protocol of the relays.");
    }

    @Test
    void aConditionThatIpsecIsInUseMakesNoMandateWhereverItStands() {
        noMandate(
                "The relays SHOULD negotiate keys with IKEv2 where IPsec is present on both ends.",
                "Probe messages over IPsec, if used, MUST follow the profile in Section 7.",
                "Relays MUST use ESP when IPsec is enabled on the link.");
        mandate(
                "Relays SHALL implement IPsec where the access network offers IPsec.",
                "When a relay joins a shared segment, it MUST use IPsec for its probes.",
                "IPsec, when available, SHOULD be used for the relay channel.",
                "Relays MUST support IPsec; where IPsec is not present in the platform, the relay MUST NOT start.");
        noMandate("IPsec is optional for relays; where IPsec is present, relays MUST use IKEv2.");
    }

    @Test
    void plainEnglishAdviceAndRequiringTheUseOfIpsecAreMandates() {
        mandate(
                "Operators are advised to use IPsec for the relay's control channel.",
                "Implementers are strongly advised to implement IKEv2 for the relay.",
                "This memo requires the use of ESP for all relay traffic.",
                "It is therefore reasonable to require use of IKEv2 between relays.",
                "In this revision, support for ESP is made mandatory for relays.");
        noMandate(
                "Operators are advised to check whether IPsec is running.",
                "ESP requires the use of a fresh IV for every packet.",
                "The base protocol [RELAY-BASE] requires the use of IPsec for its probes.",
                "This setting causes the peer to require use of IPsec.");
    }

    @Test
    void aNegationInAClauseBeforeTheTermDoesNotSetTheTermAside() {
        mandate(
                "If the link cannot be trusted, IPsec must be used for the relay.",
                "Where a relay has no other protection, ESP MUST be used.");
        noMandate(
                "Relays that cannot run IPsec MUST use their own signatures.",
                "A relay SHOULD only accept probes protected by a secure channel, e.g., IPsec or TLS.");
    }

    @Test
    void aRelativeClauseThatHoldsTheRequirementIsNoCondition() {
        mandate(
                "The relay has two carriers, of which ESP MUST be implemented by every node.",
                "Relay traffic, which ESP SHOULD protect end to end, carries the counters.");
        noMandate("Relay traffic, which IPsec protects, MUST be logged.");
    }

    @Test
    void ipsecIdentifiersDiffieHellmanGroupsAttributesAndCalculationsAreMachinery() {
        noMandate(
                "Each offer MUST list ESP_RELAY_SUITE first.",
                "Groups used with IKEv2 SHOULD be Diffie-Hellman groups of at least 3072 bits.",
                "All IPsec attributes listed in Table 2 are mandatory for relays.",
                "The relay's flags MUST be covered by the AH integrity computation.");
        mandate(
                "RELAY_HELLO messages MUST be protected with ESP.",
                "Relays MUST use ESP with the parameters of Section 5.");
    }

    @Test
    void aRequirementToLetIpsecThroughIsNotOneToUseIt() {
        noMandate(
                "Relay firewalls MUST allow IKEv2 and ESP packets to pass.",
                "ESP traffic between relays MUST be permitted by the filters.");
        mandate("Relays MUST enable IPsec for the probes.");
    }

    @Test
    void implementationsThatClaimConformanceWithIpsecAreImplementationsOfIt() {
        noMandate("Implementations that claim support for the IP Authentication Header MUST also offer this hash.");
        mandate("Implementations that claim conformance to this memo MUST support ESP.");
    }

    @Test
    void aPartNounJoinedToTheTermByAndIsNotAPartOfIpsec() {
        mandate(
                "IPsec authentication and data integrity MUST be provided for every relay message.",
                "ESP confidentiality and data origin checks SHOULD be applied to the probes.");
        noMandate("The ESP header and trailer MUST be aligned to four octets.");
    }

    @Test
    void aPartOfIpsecThatTheProtocolMustCarryOrHaveIsAskedFor() {
        mandate(
                "Every probe MUST carry an AH header.",
                "The two relays must have an IPsec SA for their control traffic.");
        noMandate("The ESP header MUST be aligned to four octets.", "Relays must have a way to load the IPsec policy.");
    }

    @Test
    void aTermQualifyingTheSubjectThroughAParticipleIsACondition() {
        noMandate(
                "Relay traffic carried over an IPsec tunnel MUST still be authenticated by the relay.",
                "Messages received over IPsec SHOULD be logged with the SA name.");
        mandate(
                "Confidentiality provided by ESP MUST be used for the probes.",
                "Relay messages MUST be protected by IPsec ESP, as the probes carry keys.");
    }

    @Test
    void aReasonOpenedByACommaAndAsIsAClauseOfItsOwn() {
        noMandate("Relays SHOULD support DTLS, as IPsec is hard to deploy.");
        mandate(
                "Relays MUST support ESP, as described in Section 4.",
                "Relays MUST implement IPsec, as well as IKEv2.",
                "Implementations SHOULD use IKEv2, as defined in [RFC7296], for key management.");
    }

    @Test
    void aRequirementThatSomethingBeDoneAsksForIpsecOnlyWhenItsClauseUsesIt() {
        noMandate(
                "It is RECOMMENDED that operators read the IPsec documents.",
                "It is recommended that relay vendors list the ESP transforms they test.");
        mandate(
                "It is RECOMMENDED that relays support IPsec.",
                "It is REQUIRED that all relay traffic be carried over IPsec.",
                "It is recommended that IKEv2 be used for key management.");
    }

    @Test
    void aFieldSetToAValueNamedAfterIpsecAndTheIpsecProcessAreMachinery() {
        noMandate(
                "In the relay header, the protocol field MUST be set to 50 (ESP).",
                "The relay MUST account for the overhead added by the IPsec process.");
        mandate(
                "Relay sessions MUST be set up over IPsec.",
                "Relays MUST process every control message with ESP before it is sent.");
    }

    @Test
    void aWhichClauseRightAfterTheTermIsAboutTheTerm() {
        mandate(
                "Security for the relay protocol is provided by IPsec, which MUST be implemented by all relays.",
                "Key management is left to IKEv2, which SHOULD be supported by every controller.");
        noMandate("Traffic is carried over IPsec, which the relay SHOULD configure with care.");
    }

    @Test
    void aConditionThatTheSubjectUsesIpsecIsACondition() {
        noMandate(
                "Relays MUST use IKEv2 if they use IPsec at all.", "The controller SHOULD use ESP when it uses IPsec.");
        mandate("If a relay was found through a channel that uses IPsec, the client SHOULD use IPsec for the session.");
    }

    @Test
    void requiringTheUseOfIpsecAfterANegationOrAModalRequiresNothing() {
        noMandate(
                "This document does not require the use of IPsec.",
                "The relay may require the use of IPsec on some links.");
        mandate("The relay protocol requires the use of ESP on every link.");
    }

    @Test
    void requiredOrRecommendedBeforeANounIsAnAdjectiveNotANoun() {
        mandate(
                "IPsec with IKEv2 is the RECOMMENDED mechanism for securing the relay protocol.",
                "ESP is the REQUIRED transform for relay traffic.");
        noMandate(
                "It is odd to have ESP be a RECOMMENDED in this profile.",
                "The earlier text lowered IPsec to a RECOMMENDED level.");
    }

    @Test
    void beingAbleToUseIpsecIsUsingIt() {
        mandate("Relays must be able to use IPsec.");
        noMandate("Relays must be able to tell IPsec traffic from other traffic.");
    }

    @Test
    void aRequirementToAvoidOrTearDownIpsecIsNoMandate() {
        noMandate(
                "IPsec tunnels SHOULD be avoided for the probes because they add overhead.",
                "All IPsec SAs MUST be torn down when the relay restarts.",
                "Relays SHOULD avoid IPsec for the discovery probes.");
        mandate(
                "Probe packets that are not protected with ESP MUST be silently discarded.",
                "Relays MUST replace their own checksums with IPsec AH.");
    }

    @Test
    void securityAtAnotherLayerIsAnAlternativeAndAComparisonSetsTheTermAside() {
        noMandate(
                "Relays SHOULD rely on link-layer security or IPsec, as appropriate.",
                "The relay MUST use a different key than the one used for IPsec.");
        mandate(
                "Relays MUST use ESP or AH to protect the probes.",
                "If the shared secret is shorter than 96 bits, then IPsec encryption MUST be used.");
    }

    @Test
    void aCautionOnUsingIpsecIsNoRecommendationToUseIt() {
        noMandate(
                "ESP should be used with care, because it hides the relay headers from middleboxes.",
                "IPsec SHOULD be deployed with caution in constrained networks.");
        mandate("ESP should be used with encryption for the relay traffic.");
    }

    // Round 3 (issue #14): shapes read off the second test set, stated generally.

    @Test
    void ipsecAsOneOfSeveralMechanismsJoinedByOrIsAnAlternative() {
        noMandate(
                "Collectors MUST use an authenticated channel (e.g., HIP [HIP], SIG(0) [SIG0], or IPsec [IPSEC]).",
                "Relays SHOULD deploy the integrity option [OPT] or IPsec [IPSEC] against forged reports.",
                "The IPsec Authentication Header (or another mechanism of equal strength) SHOULD be used on the probes.",
                "A collector MUST NOT accept the report unless it arrived over a channel such as IPsec.");
        mandate(
                "Relays MUST use ESP or AH for the probe traffic.",
                "The IPsec Authentication Header SHOULD be used on the probes.",
                "Collectors MUST use IPsec (see [IPSEC]) for every report.");
    }

    @Test
    void anOrThatOffersAnotherRequirementMakesTheTermOneWayOfMeetingIt() {
        noMandate(
                "Probe replies must be protected with IPsec or the collector must sit on the same trusted segment.",
                "The relay link MUST use IPsec, or the operator MUST keep the link physically isolated.");
        mandate(
                "Probe replies MUST be protected with IPsec, and the collector MUST log every failure.",
                "Probe replies must be protected with ESP or AH.");
    }

    @Test
    void aKeywordAfterATermInTheSubjectGovernsTheSubjectsAction() {
        noMandate(
                "The ESP traffic that the relay forwards afterwards should carry the new flow label.",
                "Any IKEv2 exchange started by a collector MUST include the relay identifier.");
        mandate(
                "ESP in tunnel mode between the two relays MUST be used.",
                "IPsec support in every relay and collector MUST be provided.",
                "This update makes support of IPsec [RFC4301] a SHOULD for all relays.");
    }

    @Test
    void anExampleInAnOpeningPhraseIsNotTheTermsClause() {
        mandate(
                "When carrying block protocols such as NFS, IPsec should be used for the relay links.",
                "If a transport such as SCTP is chosen, ESP MUST be used.");
        noMandate(
                "Relays MUST use a protocol such as IPsec for the links.",
                "When carrying block protocols, a mechanism such as IPsec should be used.");
    }

    @Test
    void aPlainRequirementFollowedByItsReasonExplainsRatherThanRequires() {
        noMandate(
                "IPsec transport mode is required because the relay rewrites the outer header.",
                "ESP is mandatory since the probes cross the public network.");
        mandate(
                "IPsec transport mode is required for all relay traffic.",
                "ESP MUST be used because the probes cross the public network.");
    }

    @Test
    void aSecurityAssociationTheProtocolSetsUpIsAMandateNotMachinery() {
        mandate(
                "Each relay SHALL be configured with a transport mode IPsec SA and a matching SPD entry.",
                "The collectors SHALL also use a shared ESP SA (one SPI and one key) for the report group.",
                "A relay MUST establish an IPsec security association with each collector before sending.");
        noMandate(
                "The relay MUST refresh the IPsec SAs before the SPD entry expires.",
                "Each relay SHALL be configured with an SPD entry that bypasses IPsec for the probes.",
                "The sender MUST set the SPI of the ESP SA to a value chosen by the receiver.");
    }

    @Test
    void somethingElseToUseForTheTermIsWhatIsRequired() {
        noMandate(
                "Gateways SHOULD use separate state tables for ESP that are keyed by the SPI pair.",
                "Collectors MUST keep replay counters for IKEv2 in stable storage.");
        mandate(
                "Gateways SHOULD use ESP for the relay traffic.",
                "Gateways MUST provide support for IPsec on every interface.",
                "Relays MUST use tunnel mode for ESP on the collector links.");
    }

    @Test
    void aRefusalCountsOnlyForWhatLacksTheTermNotForWhatTheTermCauses() {
        noMandate(
                "Where the relay must rewrite the header but cannot do so because of AH, the packet MUST be dropped.",
                "Where rewriting is not possible due to ESP, the probe MUST be discarded.");
        mandate(
                "Reports that are not protected by ESP MUST be discarded.",
                "Probes sent without IPsec MUST be dropped.",
                "Relays MUST discard probes that do not use ESP.",
                "Probes that are not ESP-protected MUST be dropped.",
                "Relays MUST drop reports that do not carry an AH.");
    }

    @Test
    void aConditionThatTheTermCanBeHadDoesNotMakeItAGiven() {
        mandate(
                "Where the use of ESP is practical, the use of ESP is recommended for the relay links.",
                "If IKEv2 is available on the relay, IKEv2 SHOULD be used to key the links.");
        noMandate(
                "Where ESP is used, ESP MUST be configured with integrity.",
                "If IPsec is deployed between the relays, the collector SHOULD log each SA.");
    }

    @Test
    void aPartNamedAfterACitationOfTheTermIsIpsecMachinery() {
        noMandate(
                "The use of IPsec [RFC4301] processing for the probes MUST be configured so that replays are dropped.");
        mandate("Relays MUST implement IPsec [RFC4301] for the probe traffic.");
    }

    @Test
    void whatASubjectIsRequiredToDoIsNotAUseOfIpsec() {
        noMandate(
                "A further exchange is required to derive the IPsec SAs from the relay keys.",
                "Each relay is required to report how many IKEv2 rekeyings it saw.");
        mandate(
                "Each relay is required to support IPsec for the probe links.",
                "The use of ESP is required to ensure the integrity of the probes.",
                "Relays are required to use IKEv2 for keying.");
    }

    @Test
    void machineryInAnotherStretchBetweenSemicolonsIsARequirementOfItsOwn() {
        mandate(
                "The relay messages SHOULD be secured with ESP; manual keying MUST NOT be used.",
                "Collectors MUST use IKEv2; the SPD entries are listed in the appendix.");
        noMandate(
                "The relay MUST use ESP with an anti-replay window of 64 packets.",
                "Relays MUST rekey ESP every hour; the SPD holds one entry per collector.");
    }

    @Test
    void aClauseOfTimeHoldingTheTermIsAConditionOfItsUse() {
        noMandate(
                "The relay MUST copy the outer flow label before ESP is applied.",
                "The collector SHOULD log the report after IKEv2 has finished.");
        mandate(
                "Relays MUST use ESP before any report is sent.",
                "Before a report is sent, the relay MUST establish an ESP SA with the collector.");
    }

    @Test
    void eitherIpsecOrSomethingElseIsOneOfTwoWays() {
        noMandate(
                "The relay SHOULD use either IPsec or a dedicated link for the reports.",
                "Collectors MUST be reached either over ESP or over a private network.");
        mandate("The relay SHOULD use either ESP or AH for the reports.");
    }

    @Test
    void theTermInARelativeClauseOfAnotherObjectIsNotWhatIsRequired() {
        noMandate(
                "Relays SHOULD set the DF bit on probes that carry ESP.",
                "The collector MUST count the reports which use IPsec.");
        mandate(
                "Reports MUST be sent over links that use IPsec.",
                "Relays MUST discard probes that do not carry ESP.",
                "Relays MUST use a channel that is protected by IPsec.");
    }

    @Test
    void aRequirementGivenAsAnotherDocumentsAfterItsClauseIsReported() {
        noMandate(
                "Widget registrations should be protected by ESP according to the base widget specifications [WIDGET].",
                "Relays MUST use IKEv2 for key management, as required by [RELAY-ARCH].",
                "Collector reports SHOULD be carried over IPsec according to the relay standard.");
        mandate(
                "Relays MUST protect the reports with ESP according to the IPsec specifications.",
                "Relays MUST use ESP in tunnel mode according to Section 3 of [RFC4303].",
                "Relays MUST use ESP, as required in Section 5.");
    }

    @Test
    void aRequirementOnWhatADocumentShowsOrSaysIsNoMandate() {
        noMandate(
                "Support for ESP MUST be clearly documented in each relay profile.",
                "How IKEv2 is configured on the relays SHOULD be described in an appendix.",
                "Each instantiation document MUST explain how IPsec protects its packets.");
        mandate(
                "Relay traffic MUST be protected with ESP, as described in Section 4.",
                "Each relay MUST implement IPsec as specified in [RFC4301].");
    }

    @Test
    void ipsecInAListOfExampleMechanismsIsAnExample() {
        noMandate(
                "Relays SHOULD use suitable mechanisms (TLS, IPsec, etc.) to protect the reports.",
                "Collectors MUST authenticate relays with a secure transport (DTLS, IPsec).",
                "Relays SHOULD protect the reports with DTLS, IPsec, etc. where the path is shared.");
        mandate(
                "Relays MUST use both IPsec protocols (ESP, AH) for the reports.",
                "Relays MUST use ESP (RFC 4303, Section 2) for the reports.",
                "Relays MUST protect the reports with IPsec (ESP in tunnel mode).");
    }

    @Test
    void aRequirementThatPlacesSomethingRelativeToTheTermDoesNotAskForIt() {
        noMandate(
                "The widget option SHOULD be placed before any AH or ESP header.",
                "The padding trailer MUST be inserted after the ESP trailer.",
                "The hop option MUST precede the IPsec headers.");
        mandate(
                "The widget header MUST be inserted after the IPv6 header and protected by ESP.",
                "Relays MUST place the widget reports inside ESP.",
                "Relays MUST use IKEv2 before the first report is sent.");
    }

    @Test
    void aTermFollowedByAnElidedConditionOfBeingPresentIsAConditionOfItsUse() {
        noMandate(
                "The widget option SHOULD come first, before the AH [RFC4302] and/or ESP [RFC4303] (if present).",
                "Relays MUST copy the flow label into the ESP header, if present.",
                "Relays SHOULD log the IKEv2 identity (if used) with each report.");
        mandate(
                "Relays MUST use ESP, if available, to protect the reports.",
                "Relays MUST support ESP (RFC 4303) for the reports, if present on the link.");
    }

    @Test
    void aRequirementThatWhatUsesTheTermBePossibleAllowsIt() {
        noMandate(
                "Widget sessions carried over IPsec MUST be possible across the relay chain.",
                "Reports protected with ESP SHOULD also be possible behind the gateway.");
        mandate(
                "It MUST be possible to protect every report with ESP, and relays MUST use it.",
                "Widget sessions MUST be carried over IPsec wherever possible.");
    }

    @Test
    void anAlternativeNamedWithItsAbbreviationAndCitationInParenthesesIsStillOne() {
        noMandate("Stub relays SHOULD be able to use Widget Signatures (WSIG) ([RFC9999]) or IPsec ([RFC4301]).");
        mandate("Relays MUST use ESP ([RFC4303]) or AH ([RFC4302]) for the reports.");
    }

    @Test
    void aCitationInTheParenthesisAfterAnExampleIsTheExample() {
        noMandate(
                "Relays SHOULD use a protocol that protects each message, such as IPsec (RFC 4301 [4], RFC 4303 [5]).");
        mandate("Relays MUST use IPsec (RFC 4301 [4], RFC 4303 [5]) for each message.");
    }

    @Test
    void everythingBeforeThenBelongsToTheCondition() {
        noMandate("If trust matters, especially for the relay's IPsec settings, then operators should enable report"
                + " signing.");
        mandate(
                "If the path is untrusted, in particular across the Internet, then relays MUST use ESP.",
                "If the path is untrusted, then relays MUST use ESP, and IKEv2 SHOULD be used for keying.");
    }

    @Test
    void theInternetKeyExchangeProtocolVersionTwoIsOneName() {
        noMandate("Clock synchronisation is required for running protocols such as Internet Key Exchange Protocol"
                + " Version 2 (IKEv2) and DTLS.");
        mandate("Relays MUST use the Internet Key Exchange Protocol Version 2 (IKEv2) [RFC7296] for keying.");
    }

    @Test
    void whatIsRequiredInOrderToUseTheTermIsTheSubject() {
        noMandate(
                "The relay identity is required in order to use IKEv2 with certificates.",
                "A shared key is REQUIRED in order to set up the ESP SA.");
        mandate(
                "Relays MUST use ESP in order to protect the reports.",
                "In order to protect the reports, relays MUST use IPsec.");
    }

    @Test
    void ipsecAsTheYardstickOfAnotherMechanismIsNotAskedFor() {
        noMandate(
                "Widget relays MUST provide confidentiality equivalent to what ESP offers.",
                "The relay's own security layer MUST be at least as strong as IPsec in tunnel mode.");
        mandate(
                "Relays MUST use ESP with a key strength equivalent to the collector's.",
                "Relays MUST use IPsec, which is at least as strong as the old link encryption.");
    }
}
