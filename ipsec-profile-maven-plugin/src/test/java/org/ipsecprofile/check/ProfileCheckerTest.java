package org.ipsecprofile.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.ipsecprofile.check.ProfileFixtures.bgp;

import java.util.List;
import java.util.Map;
import org.ipsecprofile.check.ProfileFixtures.ProfileBuilder;
import org.ipsecprofile.model.AvailabilityStatus;
import org.ipsecprofile.model.KeyManagementMethod;
import org.ipsecprofile.model.SecurityProtocol;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProfileCheckerTest {

    private static final String JUSTIFICATION = "Every router of this profile selects by port.";

    private static List<Finding> check(ProfileBuilder profile) {
        return new ProfileChecker(RuleSettings.defaults()).check(profile.build());
    }

    private static List<Finding> check(ProfileBuilder profile, Map<String, String> ruleSeverities)
            throws ConfigurationException {
        return new ProfileChecker(RuleSettings.from(ruleSeverities)).check(profile.build());
    }

    private static List<Finding> findingsOf(String rule, List<Finding> findings) {
        return findings.stream().filter(finding -> finding.rule().equals(rule)).toList();
    }

    @Nested
    class Findings {

        @Test
        void bgpExampleYieldsExactlyItsFiveFindings() {
            assertThat(check(bgp()))
                    .extracting(Finding::rule, Finding::severity)
                    .containsExactlyInAnyOrder(
                            tuple("port-selectors", Severity.INFO),
                            tuple("sender-address-check", Severity.INFO),
                            tuple("availability-unknown", Severity.WARNING),
                            tuple("ipsec-v2-obsolete", Severity.WARNING),
                            tuple("ikev1-historic", Severity.WARNING));
        }

        @Test
        void theBgpExamplesFindingsOfTodaysSuiteNameTheirDocumentsAndStandAtTheirKeys() {
            List<Finding> findings = check(bgp());
            assertThat(findingsOf("ipsec-v2-obsolete", findings))
                    .singleElement()
                    .satisfies(finding -> {
                        assertThat(finding.document()).isEqualTo("RFC 4301");
                        assertThat(finding.section()).isNull();
                        assertThat(finding.citation()).isEqualTo("RFC 4301; RFC 5406 Section 1");
                        assertThat(List.of(finding.line(), finding.column())).containsExactly(4, 9);
                    });
            assertThat(findingsOf("ikev1-historic", findings)).singleElement().satisfies(finding -> {
                assertThat(finding.document()).isEqualTo("RFC 9395");
                assertThat(finding.section()).isEqualTo("1, 3");
                assertThat(finding.citation()).isEqualTo("RFC 9395 Sections 1 and 3");
                assertThat(List.of(finding.line(), finding.column())).containsExactly(18, 7);
            });
        }

        @Test
        void aFindingCarriesRuleSectionProfileFileAndThePositionOfItsKey() {
            Finding finding = findingsOf("port-selectors", check(bgp())).get(0);
            assertThat(finding.section()).isEqualTo("6");
            assertThat(finding.profile()).isEqualTo("bgp");
            assertThat(finding.file()).isEqualTo("src/main/ipsec/bgp.yaml");
            assertThat(List.of(finding.line(), finding.column())).containsExactly(11, 3);
            assertThat(finding.message()).startsWith("selectors.ports limits protection to port 179");
            assertThat(finding.suppressed()).isFalse();
            assertThat(finding.justification()).isNull();
        }

        @Test
        void aMissingKeyIsPlacedAtItsParent() {
            Finding finding = findingsOf("ike-variant", check(bgp().ikeModes().withoutPosition("ike.modes")))
                    .get(0);
            assertThat(finding.severity()).isEqualTo(Severity.ERROR);
            assertThat(finding.section()).isEqualTo("8h");
            assertThat(List.of(finding.line(), finding.column())).containsExactly(18, 1);
            assertThat(finding.message()).startsWith("ike.modes is missing");
        }

        @Test
        void findingsComeInReportOrder() {
            List<Finding> findings = check(bgp().ikeModes().multicast(true).position("context.multicast", 5, 55));
            assertThat(findings).isSortedAccordingTo(Finding.REPORT_ORDER);
            assertThat(findings)
                    .extracting(Finding::rule)
                    .containsExactly(
                            "ipsec-v2-obsolete",
                            "multicast",
                            "port-selectors",
                            "ikev1-historic",
                            "ike-variant",
                            "sender-address-check",
                            "availability-unknown");
        }
    }

    @Nested
    class RuleSeverities {

        @Test
        void anOverrideReplacesTheCatalogueSeverity() throws ConfigurationException {
            List<Finding> findings = check(bgp(), Map.of("availability-unknown", "error"));
            assertThat(findingsOf("availability-unknown", findings))
                    .extracting(Finding::severity)
                    .containsExactly(Severity.ERROR);
        }

        @Test
        void anOverrideReplacesATriggerDependentSeverity() throws ConfigurationException {
            ProfileBuilder ahOnlyBehindNat =
                    bgp().natLikely(true).protocols(SecurityProtocol.AH).protectionMandatoryToImplement(null);
            assertThat(findingsOf("ah-behind-nat", check(ahOnlyBehindNat)))
                    .extracting(Finding::severity)
                    .containsExactly(Severity.ERROR);
            assertThat(findingsOf("ah-behind-nat", check(ahOnlyBehindNat, Map.of("ah-behind-nat", "info"))))
                    .extracting(Finding::severity)
                    .containsExactly(Severity.INFO);
        }

        @Test
        void aRuleTurnedOffDoesNotRun() throws ConfigurationException {
            assertThat(check(bgp(), Map.of("port-selectors", "off")))
                    .extracting(Finding::rule)
                    .containsExactlyInAnyOrder(
                            "sender-address-check", "availability-unknown", "ipsec-v2-obsolete", "ikev1-historic");
        }

        @Test
        void theRulesOfTodaysSuiteCanBeTurnedOffOrGivenAnotherSeverity() throws ConfigurationException {
            List<Finding> findings = check(bgp(), Map.of("ipsec-v2-obsolete", "off", "ikev1-historic", "info"));
            assertThat(findingsOf("ipsec-v2-obsolete", findings)).isEmpty();
            assertThat(findingsOf("ikev1-historic", findings))
                    .extracting(Finding::severity)
                    .containsExactly(Severity.INFO);
        }

        @Test
        void aPerEntryAlgorithmRuleCanBeSuppressedForTheProfile() {
            List<Finding> findings = check(bgp().algorithms(new org.ipsecprofile.model.Algorithms(
                            false,
                            List.of(
                                    org.ipsecprofile.model.Transform.ENCR_DES,
                                    org.ipsecprofile.model.Transform.ENCR_RC5),
                            List.of(org.ipsecprofile.model.Transform.AUTH_HMAC_SHA2_256_128),
                            List.of(),
                            List.of(),
                            List.of(),
                            List.of(),
                            List.of()))
                    .suppress("algorithm-must-not", JUSTIFICATION));
            assertThat(findingsOf("algorithm-must-not", findings)).hasSize(2).allMatch(Finding::suppressed);
        }
    }

    @Nested
    class Suppressions {

        @Test
        void aValidSuppressionMarksTheFindingSuppressedWithItsJustification() {
            List<Finding> findings = check(bgp().suppress("port-selectors", "  " + JUSTIFICATION + "\n"));
            assertThat(findingsOf("port-selectors", findings)).singleElement().satisfies(finding -> {
                assertThat(finding.suppressed()).isTrue();
                assertThat(finding.justification()).isEqualTo(JUSTIFICATION);
                assertThat(finding.severity()).isEqualTo(Severity.INFO);
            });
            assertThat(findingsOf("suppression", findings)).isEmpty();
        }

        @Test
        void aSuppressionSilencesOnlyItsRule() {
            List<Finding> findings = check(bgp().suppress("port-selectors", JUSTIFICATION));
            assertThat(findings)
                    .filteredOn(Finding::suppressed)
                    .extracting(Finding::rule)
                    .containsExactly("port-selectors");
        }

        @Test
        void aSuppressionOfARuleThatDoesNotFireIsHarmless() {
            List<Finding> findings = check(bgp().suppress("multicast", JUSTIFICATION));
            assertThat(findings)
                    .extracting(Finding::rule)
                    .containsExactlyInAnyOrder(
                            "port-selectors",
                            "sender-address-check",
                            "availability-unknown",
                            "ipsec-v2-obsolete",
                            "ikev1-historic");
            assertThat(findings).noneMatch(Finding::suppressed);
        }

        @Test
        void aJustificationOfTwentyCharactersAfterTrimmingIsEnough() {
            String twenty = "  " + "x".repeat(20) + "  ";
            List<Finding> findings = check(bgp().suppress("port-selectors", twenty));
            assertThat(findingsOf("suppression", findings)).isEmpty();
            assertThat(findingsOf("port-selectors", findings)).allMatch(Finding::suppressed);
        }

        @Test
        void aJustificationOfNineteenCharactersAfterTrimmingIsTooShortAndSuppressesNothing() {
            String nineteen = "   " + "x".repeat(19) + "   ";
            List<Finding> findings = check(bgp().suppress("port-selectors", nineteen)
                    .position("suppress[0]", 31, 3)
                    .position("suppress[0].justification", 32, 5));
            assertThat(findingsOf("suppression", findings)).singleElement().satisfies(finding -> {
                assertThat(finding.severity()).isEqualTo(Severity.ERROR);
                assertThat(finding.section()).isNull();
                assertThat(List.of(finding.line(), finding.column())).containsExactly(32, 5);
                assertThat(finding.message()).startsWith("suppress[0].justification is too short (19 characters)");
            });
            assertThat(findingsOf("port-selectors", findings)).noneMatch(Finding::suppressed);
        }

        @Test
        void aMissingJustificationIsAnErrorAtTheEntry() {
            List<Finding> findings =
                    check(bgp().suppress("port-selectors", null).position("suppress[0]", 31, 3));
            assertThat(findingsOf("suppression", findings)).singleElement().satisfies(finding -> {
                assertThat(List.of(finding.line(), finding.column())).containsExactly(31, 3);
                assertThat(finding.message()).startsWith("suppress[0].justification is missing");
            });
            assertThat(findingsOf("port-selectors", findings)).noneMatch(Finding::suppressed);
        }

        @Test
        void anUnknownRuleIsAnErrorThatSuggestsTheNearestId() {
            List<Finding> findings =
                    check(bgp().suppress("port-selector", JUSTIFICATION).position("suppress[0].rule", 31, 5));
            assertThat(findingsOf("suppression", findings)).singleElement().satisfies(finding -> {
                assertThat(List.of(finding.line(), finding.column())).containsExactly(31, 5);
                assertThat(finding.message())
                        .contains("unknown rule 'port-selector'")
                        .contains("did you mean 'port-selectors'");
            });
            assertThat(findingsOf("port-selectors", findings)).noneMatch(Finding::suppressed);
        }

        @Test
        void aMissingRuleIsAnError() {
            List<Finding> findings = check(bgp().suppress(null, JUSTIFICATION));
            assertThat(findingsOf("suppression", findings))
                    .singleElement()
                    .extracting(Finding::message)
                    .asString()
                    .startsWith("suppress[0].rule is missing");
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "selectors",
                    "protection",
                    "key-management",
                    "identification",
                    "user-switching",
                    "authentication",
                    "authorization",
                    "ike-variant",
                    "availability",
                    "descriptor",
                    "just-use-ipsec",
                    "stale-fragment",
                    "suppression"
                })
        void aRuleThatCannotBeSuppressedIsAnError(String rule) {
            List<Finding> findings = check(bgp().suppress(rule, JUSTIFICATION));
            assertThat(findingsOf("suppression", findings))
                    .singleElement()
                    .extracting(Finding::message)
                    .asString()
                    .contains("'" + rule + "', which cannot be suppressed");
        }

        @Test
        void aRequiredItemStaysAnUnsuppressedErrorWhenASuppressionNamesIt() {
            List<Finding> findings = check(bgp().availabilityAssessment(null).suppress("availability", JUSTIFICATION));
            assertThat(findingsOf("availability", findings)).singleElement().satisfies(finding -> {
                assertThat(finding.suppressed()).isFalse();
                assertThat(finding.severity()).isEqualTo(Severity.ERROR);
            });
        }

        @Test
        void eachBadEntryIsReportedAtItsOwnIndex() {
            List<Finding> findings = check(bgp().suppress("port-selectors", JUSTIFICATION)
                    .suppress("multicast", "short")
                    .position("suppress[1]", 33, 3));
            assertThat(findingsOf("suppression", findings))
                    .singleElement()
                    .satisfies(finding -> assertThat(finding.line()).isEqualTo(33))
                    .extracting(Finding::message)
                    .asString()
                    .startsWith("suppress[1].justification");
            assertThat(findingsOf("port-selectors", findings)).allMatch(Finding::suppressed);
        }

        @Test
        void aSuppressedErrorKeepsItsSeverityForTheReport() {
            List<Finding> findings = check(bgp().keyManagementMethod(KeyManagementMethod.KINK)
                    .availabilityStatus(AvailabilityStatus.AVAILABLE)
                    .suppress("kink-requires-kerberos", "The realm is provisioned with every router."));
            assertThat(findingsOf("kink-requires-kerberos", findings))
                    .singleElement()
                    .satisfies(finding -> {
                        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
                        assertThat(finding.suppressed()).isTrue();
                    });
        }
    }
}
