package org.ipsecprofile.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.ipsecprofile.check.ProfileFixtures.bgp;
import static org.ipsecprofile.check.Severity.ERROR;
import static org.ipsecprofile.check.Severity.WARNING;
import static org.ipsecprofile.check.rules.AlgorithmLists.algorithms;
import static org.ipsecprofile.check.rules.AlgorithmLists.only;
import static org.ipsecprofile.check.rules.RuleExpectations.firesOnce;
import static org.ipsecprofile.check.rules.RuleExpectations.paths;
import static org.ipsecprofile.check.rules.RuleExpectations.staysQuiet;
import static org.ipsecprofile.check.rules.RuleExpectations.violations;
import static org.ipsecprofile.model.Transform.AUTH_HMAC_SHA2_256_128;
import static org.ipsecprofile.model.Transform.AUTH_HMAC_SHA2_512_256;
import static org.ipsecprofile.model.Transform.AUTH_NONE;
import static org.ipsecprofile.model.Transform.ENCR_3DES;
import static org.ipsecprofile.model.Transform.ENCR_AES_CBC;
import static org.ipsecprofile.model.Transform.ENCR_AES_CCM_8;
import static org.ipsecprofile.model.Transform.ENCR_AES_CTR;
import static org.ipsecprofile.model.Transform.ENCR_AES_GCM_16;
import static org.ipsecprofile.model.Transform.ENCR_CAMELLIA_CBC;
import static org.ipsecprofile.model.Transform.ENCR_CAMELLIA_CCM_8;
import static org.ipsecprofile.model.Transform.ENCR_CAMELLIA_CTR;
import static org.ipsecprofile.model.Transform.ENCR_CHACHA20_POLY1305;
import static org.ipsecprofile.model.Transform.ENCR_DES;
import static org.ipsecprofile.model.Transform.ENCR_NULL;
import static org.ipsecprofile.model.Transform.ENCR_NULL_AUTH_AES_GMAC;
import static org.ipsecprofile.model.Transform.ENCR_RC5;
import static org.ipsecprofile.model.Transform.PRF_HMAC_MD5;

import java.util.List;
import org.ipsecprofile.check.Finding;
import org.ipsecprofile.check.ProfileChecker;
import org.ipsecprofile.check.ProfileFixtures.ProfileBuilder;
import org.ipsecprofile.check.RuleSettings;
import org.ipsecprofile.check.RuleSource;
import org.ipsecprofile.check.levels.AlgorithmContext;
import org.ipsecprofile.model.Algorithms;
import org.ipsecprofile.model.IkeVersion;
import org.ipsecprofile.model.KeyManagementMethod;
import org.ipsecprofile.model.Need;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class AlgorithmRulesTest {

    private static final List<String> LEVEL_RULES =
            List.of("algorithm-must-not", "algorithm-should-not", "algorithm-sunset", "algorithm-unlisted");

    /** A version 3, IKEv2 profile (so every list is held against the level tables) with these algorithms. */
    private static ProfileBuilder ikev2(Algorithms algorithms) {
        return bgp().ipsecVersion(3).ikeVersion(IkeVersion.IKEV2).ikeModes().algorithms(algorithms);
    }

    @Nested
    class Levels {

        /**
         * Each level boundary in each context: the one level rule the entry fires (or none), and
         * the document and section the finding cites, its row's or the context's default (MAY).
         */
        @ParameterizedTest(name = "{1} in {0}: {2}")
        @CsvSource({
            "ESP_ENCRYPTION, ENCR_DES, algorithm-must-not, RFC 8221, 5",
            "ESP_ENCRYPTION, ENCR_DES_IV64, algorithm-must-not, RFC 8221, 5",
            "ESP_ENCRYPTION, ENCR_BLOWFISH, algorithm-must-not, RFC 8221, 5",
            "ESP_ENCRYPTION, ENCR_RC5, algorithm-must-not, RFC 9395, 7",
            "ESP_ENCRYPTION, ENCR_CAST, algorithm-must-not, RFC 9395, 7",
            "ESP_ENCRYPTION, ENCR_3DES, algorithm-should-not, RFC 8221, 5",
            "ESP_ENCRYPTION, ENCR_NULL, -, ,",
            "ESP_ENCRYPTION, ENCR_AES_CBC, -, ,",
            "ESP_ENCRYPTION, ENCR_AES_GCM_16, -, ,",
            "ESP_ENCRYPTION, ENCR_AES_CCM_8, -, ,",
            "ESP_ENCRYPTION, ENCR_CHACHA20_POLY1305, -, ,",
            "ESP_ENCRYPTION, ENCR_AES_CTR, algorithm-unlisted, RFC 8221, 1.2",
            "ESP_ENCRYPTION, ENCR_AES_GCM_8, algorithm-unlisted, RFC 8221, 1.2",
            "ESP_ENCRYPTION, ENCR_NULL_AUTH_AES_GMAC, algorithm-unlisted, RFC 8221, 1.2",
            "ESP_ENCRYPTION, ENCR_CAMELLIA_CBC, algorithm-unlisted, RFC 8221, 1.2",
            "ESP_INTEGRITY, AUTH_HMAC_MD5_96, algorithm-must-not, RFC 8221, 6",
            "ESP_INTEGRITY, AUTH_KPDK_MD5, algorithm-must-not, RFC 8221, 6",
            "ESP_INTEGRITY, AUTH_HMAC_MD5_128, algorithm-must-not, RFC 9395, 7",
            "ESP_INTEGRITY, AUTH_HMAC_SHA1_160, algorithm-must-not, RFC 9395, 7",
            "ESP_INTEGRITY, AUTH_HMAC_SHA1_96, algorithm-sunset, RFC 8221, 6",
            "ESP_INTEGRITY, AUTH_HMAC_SHA2_256_128, -, ,",
            "ESP_INTEGRITY, AUTH_HMAC_SHA2_512_256, -, ,",
            "ESP_INTEGRITY, AUTH_AES_XCBC_96, -, ,",
            "ESP_INTEGRITY, AUTH_AES_128_GMAC, -, ,",
            "ESP_INTEGRITY, AUTH_NONE, -, ,",
            "ESP_INTEGRITY, AUTH_HMAC_SHA2_384_192, algorithm-unlisted, RFC 8221, 1.2",
            "ESP_INTEGRITY, AUTH_AES_CMAC_96, algorithm-unlisted, RFC 8221, 1.2",
            "AH_INTEGRITY, AUTH_NONE, algorithm-must-not, RFC 8221, 6",
            "AH_INTEGRITY, AUTH_DES_MAC, algorithm-must-not, RFC 8221, 6",
            "AH_INTEGRITY, AUTH_HMAC_MD5_128, algorithm-must-not, RFC 9395, 7",
            "AH_INTEGRITY, AUTH_HMAC_SHA1_96, algorithm-sunset, RFC 8221, 6",
            "AH_INTEGRITY, AUTH_HMAC_SHA2_256_128, -, ,",
            "AH_INTEGRITY, AUTH_AES_256_GMAC, -, ,",
            "AH_INTEGRITY, AUTH_AES_192_GMAC, algorithm-unlisted, RFC 8221, 1.2",
            "IKE_ENCRYPTION, ENCR_DES, algorithm-must-not, RFC 8247, 2.1",
            "IKE_ENCRYPTION, ENCR_NULL, algorithm-must-not, RFC 8247, 2.1",
            "IKE_ENCRYPTION, ENCR_NULL_AUTH_AES_GMAC, algorithm-must-not, RFC 7296, 5",
            "IKE_ENCRYPTION, ENCR_DES_IV64, algorithm-must-not, RFC 9395, 7",
            "IKE_ENCRYPTION, ENCR_BLOWFISH, algorithm-must-not, RFC 9395, 7",
            "IKE_ENCRYPTION, ENCR_3DES, -, ,",
            "IKE_ENCRYPTION, ENCR_AES_CBC, -, ,",
            "IKE_ENCRYPTION, ENCR_AES_GCM_16, -, ,",
            "IKE_ENCRYPTION, ENCR_CHACHA20_POLY1305, -, ,",
            "IKE_ENCRYPTION, ENCR_AES_CTR, algorithm-unlisted, RFC 8247, 1.3",
            "IKE_ENCRYPTION, ENCR_AES_GCM_12, algorithm-unlisted, RFC 8247, 1.3",
            "IKE_PRF, PRF_HMAC_MD5, algorithm-must-not, RFC 8247, 2.2",
            "IKE_PRF, PRF_HMAC_TIGER, algorithm-must-not, RFC 9395, 7",
            "IKE_PRF, PRF_HMAC_SHA1, algorithm-sunset, RFC 8247, 2.2",
            "IKE_PRF, PRF_HMAC_SHA2_256, -, ,",
            "IKE_PRF, PRF_HMAC_SHA2_512, -, ,",
            "IKE_PRF, PRF_AES128_XCBC, -, ,",
            "IKE_PRF, PRF_HMAC_SHA2_384, algorithm-unlisted, RFC 8247, 1.3",
            "IKE_PRF, PRF_AES128_CMAC, algorithm-unlisted, RFC 8247, 1.3",
            "IKE_INTEGRITY, AUTH_HMAC_MD5_96, algorithm-must-not, RFC 8247, 2.3",
            "IKE_INTEGRITY, AUTH_HMAC_SHA1_160, algorithm-must-not, RFC 9395, 7",
            "IKE_INTEGRITY, AUTH_HMAC_SHA1_96, algorithm-sunset, RFC 8247, 2.3",
            "IKE_INTEGRITY, AUTH_HMAC_SHA2_256_128, -, ,",
            "IKE_INTEGRITY, AUTH_AES_XCBC_96, -, ,",
            "IKE_INTEGRITY, AUTH_NONE, -, ,",
            "IKE_INTEGRITY, AUTH_AES_128_GMAC, algorithm-unlisted, RFC 8247, 1.3",
            "IKE_KEY_EXCHANGE, 1, algorithm-must-not, RFC 8247, 2.4",
            "IKE_KEY_EXCHANGE, 22, algorithm-must-not, RFC 8247, 2.4",
            "IKE_KEY_EXCHANGE, 2, algorithm-should-not, RFC 8247, 2.4",
            "IKE_KEY_EXCHANGE, 5, algorithm-should-not, RFC 8247, 2.4",
            "IKE_KEY_EXCHANGE, 23, algorithm-should-not, RFC 8247, 2.4",
            "IKE_KEY_EXCHANGE, 24, algorithm-should-not, RFC 8247, 2.4",
            "IKE_KEY_EXCHANGE, 14, -, ,",
            "IKE_KEY_EXCHANGE, 19, -, ,",
            "IKE_KEY_EXCHANGE, 31, algorithm-unlisted, RFC 8247, 1.3",
            "IKE_KEY_EXCHANGE, 15, algorithm-unlisted, RFC 8247, 1.3",
        })
        void anEntryFiresTheRuleOfItsLevelInItsContextCitingItsRow(
                AlgorithmContext context, String name, String rule, String document, String section) {
            ProfileBuilder profile = ikev2(only(context, name));
            for (String levelRule : LEVEL_RULES) {
                if (levelRule.equals(rule)) {
                    Violation violation = firesOnce(
                            rule,
                            profile,
                            RuleRegistry.rule(rule).orElseThrow().entry().defaultSeverity(),
                            context.path() + "[0]");
                    assertThat(violation.sources()).containsExactly(new RuleSource(document, section));
                    assertThat(violation.message()).contains(name);
                } else {
                    staysQuiet(levelRule, profile);
                }
            }
        }

        @ParameterizedTest
        @CsvSource({
            "IKE_ENCRYPTION, ENCR_DES",
            "IKE_PRF, PRF_HMAC_MD5",
            "IKE_PRF, PRF_HMAC_SHA1",
            "IKE_INTEGRITY, AUTH_HMAC_MD5_96",
            "IKE_INTEGRITY, AUTH_AES_128_GMAC",
            "IKE_KEY_EXCHANGE, 1",
            "IKE_KEY_EXCHANGE, 2",
            "IKE_KEY_EXCHANGE, 31"
        })
        void ikeListsAreNotHeldAgainstRfc8247WithIkev1(AlgorithmContext context, String name) {
            for (String rule : LEVEL_RULES) {
                staysQuiet(rule, bgp().algorithms(only(context, name)));
                staysQuiet(rule, bgp().ikeVersion(null).ikeModes().algorithms(only(context, name)));
            }
        }

        @Test
        void espAndAhListsAreHeldAgainstRfc8221WhateverTheIkeVersion() {
            firesOnce(
                    "algorithm-must-not",
                    bgp().algorithms(only(AlgorithmContext.ESP_ENCRYPTION, "ENCR_DES")),
                    ERROR,
                    "algorithms.esp.encryption[0]");
            firesOnce(
                    "algorithm-sunset",
                    bgp().ikeVersion(null)
                            .ikeModes()
                            .algorithms(only(AlgorithmContext.AH_INTEGRITY, "AUTH_HMAC_SHA1_96")),
                    org.ipsecprofile.check.Severity.INFO,
                    "algorithms.ah.integrity[0]");
        }

        @Test
        void eachOffendingEntryIsOneFindingAtItsOwnIndex() {
            ProfileBuilder profile = ikev2(algorithms()
                    .espEncryption(ENCR_AES_GCM_16, ENCR_3DES, ENCR_DES, ENCR_RC5, ENCR_AES_CTR, ENCR_CAMELLIA_CBC)
                    .ikeKeyExchange(14, 1, 2, 22, 31)
                    .build());

            assertThat(paths("algorithm-must-not", profile))
                    .containsExactly(
                            "algorithms.esp.encryption[2]",
                            "algorithms.esp.encryption[3]",
                            "algorithms.ike.keyExchange[1]",
                            "algorithms.ike.keyExchange[3]");
            assertThat(paths("algorithm-should-not", profile))
                    .containsExactly("algorithms.esp.encryption[1]", "algorithms.ike.keyExchange[2]");
            assertThat(paths("algorithm-unlisted", profile))
                    .containsExactly(
                            "algorithms.esp.encryption[4]",
                            "algorithms.esp.encryption[5]",
                            "algorithms.ike.keyExchange[4]");
            assertThat(paths("algorithm-sunset", profile)).isEmpty();
        }

        @Test
        void aSameNameInTwoListsIsJudgedByEachListsTable() {
            ProfileBuilder profile = ikev2(algorithms()
                    .espEncryption(ENCR_NULL, ENCR_3DES)
                    .ikeEncryption(ENCR_NULL, ENCR_3DES)
                    .build());

            assertThat(paths("algorithm-must-not", profile)).containsExactly("algorithms.ike.encryption[0]");
            assertThat(paths("algorithm-should-not", profile)).containsExactly("algorithms.esp.encryption[1]");
        }

        @Test
        void findingsLandAtTheirEntriesLineAndColumnAndNameTheRowsDocumentAndSection() {
            org.ipsecprofile.model.Profile parsedLike = ikev2(algorithms()
                            .espEncryption(ENCR_AES_GCM_16, ENCR_3DES, ENCR_RC5)
                            .ikeKeyExchange(19, 23)
                            .build())
                    .position("algorithms", 31, 1)
                    .position("algorithms.esp", 32, 3)
                    .position("algorithms.esp.encryption", 33, 5)
                    .position("algorithms.esp.encryption[0]", 33, 18)
                    .position("algorithms.esp.encryption[1]", 33, 35)
                    .position("algorithms.esp.encryption[2]", 33, 46)
                    .position("algorithms.ike", 34, 3)
                    .position("algorithms.ike.keyExchange", 34, 10)
                    .position("algorithms.ike.keyExchange[0]", 34, 24)
                    .position("algorithms.ike.keyExchange[1]", 34, 28)
                    .build();

            List<Finding> findings = new ProfileChecker(RuleSettings.defaults()).check(parsedLike);

            assertThat(findings)
                    .filteredOn(finding -> finding.rule().startsWith("algorithm-"))
                    .extracting(Finding::rule, Finding::line, Finding::column, Finding::document, Finding::section)
                    .containsExactly(
                            tuple("algorithm-should-not", 33, 35, "RFC 8221", "5"),
                            tuple("algorithm-must-not", 33, 46, "RFC 9395", "7"),
                            tuple("algorithm-should-not", 34, 28, "RFC 8247", "2.4"));
            assertThat(findings)
                    .filteredOn(finding -> finding.rule().equals("algorithm-must-not"))
                    .singleElement()
                    .extracting(Finding::citation)
                    .isEqualTo("RFC 9395 Section 7");
        }

        @Test
        void messagesNameTheLevelItsContextAndWhatToRequireInstead() {
            ProfileBuilder profile = ikev2(algorithms()
                    .espEncryption(ENCR_3DES, ENCR_RC5)
                    .espIntegrity(org.ipsecprofile.model.Transform.AUTH_HMAC_SHA1_96)
                    .ikePrf(PRF_HMAC_MD5)
                    .ikeKeyExchange(2, 31)
                    .build());

            assertThat(violations("algorithm-should-not", profile))
                    .extracting(Violation::message)
                    .containsExactly(
                            "algorithms.esp.encryption[0] is ENCR_3DES, at level SHOULD NOT for ESP encryption in"
                                    + " RFC 8221: implementations are advised against it and may leave it out; remove"
                                    + " the entry, or keep it only for old peers beside ENCR_AES_CBC or"
                                    + " ENCR_AES_GCM_16 (level MUST)",
                            "algorithms.ike.keyExchange[0] is group 2 (1024-bit MODP Group), at level SHOULD NOT"
                                    + " for IKEv2 key exchange in RFC 8247: implementations are advised against it"
                                    + " and may leave it out; remove the entry, or keep it only for old peers beside"
                                    + " group 14 (level MUST)");
            assertThat(violations("algorithm-must-not", profile))
                    .extracting(Violation::message)
                    .satisfiesExactly(
                            deprecated -> assertThat(deprecated)
                                    .startsWith("algorithms.esp.encryption[1] is ENCR_RC5, marked DEPRECATED in the"
                                            + " IANA registry by RFC 9395"),
                            mustNot -> assertThat(mustNot)
                                    .startsWith("algorithms.ike.prf[0] is PRF_HMAC_MD5, at level MUST NOT for the"
                                            + " IKEv2 pseudorandom function in RFC 8247")
                                    .endsWith("require PRF_HMAC_SHA2_256 (level MUST) instead"));
            assertThat(violations("algorithm-sunset", profile))
                    .extracting(Violation::message)
                    .singleElement()
                    .asString()
                    .contains("at level MUST- for ESP integrity in RFC 8221")
                    .contains("AUTH_HMAC_SHA2_256_128");
            assertThat(violations("algorithm-unlisted", profile))
                    .extracting(Violation::message)
                    .singleElement()
                    .asString()
                    .startsWith("algorithms.ike.keyExchange[1] is group 31, which RFC 8247 does not list for IKEv2"
                            + " key exchange: it defaults to MAY");
            LEVEL_RULES.forEach(rule -> assertThat(violations(rule, profile))
                    .extracting(Violation::message)
                    .noneMatch(message -> message.contains("forbid")));
        }

        @Test
        void noAlgorithmsNoLevelFindings() {
            LEVEL_RULES.forEach(rule -> staysQuiet(rule, ikev2(Algorithms.absent())));
        }
    }

    @Nested
    class EncryptionWithoutIntegrity {

        private static final String RULE = "encryption-without-integrity";

        @Test
        void aNonAeadEspCipherWithoutIntegrityIsAnErrorAtTheCipher() {
            Violation violation = firesOnce(
                    RULE,
                    bgp().algorithms(algorithms()
                            .espEncryption(ENCR_AES_GCM_16, ENCR_AES_CBC)
                            .build()),
                    ERROR,
                    "algorithms.esp.encryption[1]");
            assertThat(violation.sources()).containsExactly(RuleSource.rfc(8221, "4"));
        }

        @Test
        void aNonAeadEspCipherWithOnlyAuthNoneIsAnErrorAtTheIntegrityList() {
            firesOnce(
                    RULE,
                    bgp().algorithms(algorithms()
                            .espEncryption(ENCR_AES_CBC)
                            .espIntegrity(AUTH_NONE)
                            .build()),
                    ERROR,
                    "algorithms.esp.integrity");
        }

        @Test
        void ahAppliedWithEspGivesTheIntegrity() {
            staysQuiet(
                    RULE,
                    bgp().combined(true)
                            .algorithms(algorithms().espEncryption(ENCR_AES_CBC).build()));
        }

        @Test
        void anIntegrityAlgorithmBesideTheCipherIsFine() {
            staysQuiet(
                    RULE,
                    bgp().algorithms(algorithms()
                            .espEncryption(ENCR_AES_CBC)
                            .espIntegrity(AUTH_NONE, AUTH_HMAC_SHA2_256_128)
                            .build()));
        }

        @Test
        void nullEncryptionAloneIsLeftToNullWithoutIntegrity() {
            staysQuiet(
                    RULE, bgp().algorithms(algorithms().espEncryption(ENCR_NULL).build()));
        }

        @Test
        void aeadCiphersAloneAreFine() {
            staysQuiet(
                    RULE,
                    bgp().algorithms(algorithms()
                            .espEncryption(ENCR_AES_GCM_16, ENCR_CHACHA20_POLY1305)
                            .espIntegrity(AUTH_NONE)
                            .build()));
        }

        @Test
        void anIkeCipherWithTheIntegrityListAbsentIsFine() {
            staysQuiet(RULE, ikev2(algorithms().ikeEncryption(ENCR_AES_CBC).build()));
        }

        @Test
        void anIkeCipherWithOnlyAuthNoneIsAnErrorAtTheIkeIntegrityList() {
            Violation violation = firesOnce(
                    RULE,
                    ikev2(algorithms()
                            .ikeEncryption(ENCR_CHACHA20_POLY1305, ENCR_AES_CBC)
                            .ikeIntegrity(AUTH_NONE)
                            .build()),
                    ERROR,
                    "algorithms.ike.integrity");
            assertThat(violation.sources()).first().isEqualTo(RuleSource.rfc(7296, "5"));
            assertThat(violation.message()).contains("ENCR_AES_CBC").doesNotContain("ENCR_CHACHA20_POLY1305");
        }

        @Test
        void onlyAeadIkeCiphersWithAuthNoneAreFine() {
            staysQuiet(
                    RULE,
                    ikev2(algorithms()
                            .ikeEncryption(ENCR_AES_GCM_16)
                            .ikeIntegrity(AUTH_NONE)
                            .build()));
        }

        @Test
        void bothContextsReportOnceEach() {
            assertThat(paths(
                            RULE,
                            ikev2(algorithms()
                                    .espEncryption(ENCR_AES_CBC, ENCR_3DES)
                                    .ikeEncryption(ENCR_AES_CBC)
                                    .ikeIntegrity(AUTH_NONE)
                                    .build())))
                    .containsExactly("algorithms.esp.encryption[0]", "algorithms.ike.integrity");
        }
    }

    @Nested
    class NullWithoutIntegrity {

        private static final String RULE = "null-without-integrity";

        @Test
        void nullEncryptionWithoutIntegrityIsAnErrorAtTheNullEntry() {
            Violation violation = firesOnce(
                    RULE,
                    bgp().algorithms(algorithms()
                            .espEncryption(ENCR_AES_GCM_16, ENCR_NULL)
                            .build()),
                    ERROR,
                    "algorithms.esp.encryption[1]");
            assertThat(violation.sources()).isEmpty();
        }

        @Test
        void nullEncryptionWithOnlyAuthNoneIsAnError() {
            firesOnce(
                    RULE,
                    bgp().algorithms(algorithms()
                            .espEncryption(ENCR_NULL)
                            .espIntegrity(AUTH_NONE)
                            .build()),
                    ERROR,
                    "algorithms.esp.encryption[0]");
        }

        @Test
        void ahAppliedWithEspDoesNotMakeNullEncryptionRight() {
            firesOnce(
                    RULE,
                    bgp().combined(true)
                            .algorithms(algorithms().espEncryption(ENCR_NULL).build()),
                    ERROR,
                    "algorithms.esp.encryption[0]");
        }

        @Test
        void nullEncryptionWithAnIntegrityAlgorithmIsFine() {
            staysQuiet(
                    RULE,
                    bgp().algorithms(algorithms()
                            .espEncryption(ENCR_NULL)
                            .espIntegrity(AUTH_HMAC_SHA2_256_128)
                            .build()));
        }

        @Test
        void withoutNullEncryptionItStaysQuiet() {
            staysQuiet(
                    RULE,
                    bgp().algorithms(algorithms().espEncryption(ENCR_AES_CBC).build()));
            staysQuiet(RULE, ikev2(algorithms().ikeEncryption(ENCR_NULL).build()));
        }
    }

    @Nested
    class AeadWithIntegrity {

        private static final String RULE = "aead-with-integrity";

        @Test
        void allAeadWithAnIntegrityAlgorithmIsAWarningAtThatEntry() {
            Violation violation = firesOnce(
                    RULE,
                    bgp().algorithms(algorithms()
                            .espEncryption(ENCR_AES_GCM_16, ENCR_AES_CCM_8)
                            .espIntegrity(AUTH_NONE, AUTH_HMAC_SHA2_256_128)
                            .build()),
                    WARNING,
                    "algorithms.esp.integrity[1]");
            assertThat(violation.sources()).containsExactly(RuleSource.rfc(8221, "4"));
        }

        @Test
        void mixedAeadAndNonAeadCiphersNeedTheIntegrityAlgorithm() {
            staysQuiet(
                    RULE,
                    bgp().algorithms(algorithms()
                            .espEncryption(ENCR_AES_GCM_16, ENCR_AES_CBC)
                            .espIntegrity(AUTH_HMAC_SHA2_256_128)
                            .build()));
        }

        @Test
        void allAeadWithOnlyAuthNoneOrNoIntegrityIsFine() {
            staysQuiet(
                    RULE,
                    bgp().algorithms(algorithms()
                            .espEncryption(ENCR_AES_GCM_16)
                            .espIntegrity(AUTH_NONE)
                            .build()));
            staysQuiet(
                    RULE,
                    bgp().algorithms(algorithms().espEncryption(ENCR_AES_GCM_16).build()));
        }

        @Test
        void anIntegrityListWithoutCiphersIsFine() {
            staysQuiet(
                    RULE,
                    bgp().algorithms(algorithms()
                            .espIntegrity(AUTH_HMAC_SHA2_256_128)
                            .build()));
        }

        @Test
        void allAeadIkeCiphersWithAnIntegrityAlgorithmCiteRfc8247() {
            Violation violation = firesOnce(
                    RULE,
                    ikev2(algorithms()
                            .ikeEncryption(ENCR_CHACHA20_POLY1305)
                            .ikeIntegrity(AUTH_HMAC_SHA2_512_256)
                            .build()),
                    WARNING,
                    "algorithms.ike.integrity[0]");
            assertThat(violation.sources()).containsExactly(RuleSource.rfc(8247, "2.3"));
        }

        @Test
        void bothContextsReportOnceEach() {
            assertThat(paths(
                            RULE,
                            ikev2(algorithms()
                                    .espEncryption(ENCR_AES_GCM_16)
                                    .espIntegrity(AUTH_HMAC_SHA2_256_128, AUTH_HMAC_SHA2_512_256)
                                    .ikeEncryption(ENCR_AES_GCM_16)
                                    .ikeIntegrity(AUTH_HMAC_SHA2_256_128)
                                    .build())))
                    .containsExactly("algorithms.esp.integrity[0]", "algorithms.ike.integrity[0]");
        }
    }

    @Nested
    class ManualKeyingCounterMode {

        private static final String RULE = "manual-keying-counter-mode";

        @Test
        void eachCounterBasedCipherUnderManualKeysIsAnErrorAtItsEntry() {
            ProfileBuilder profile = bgp().keyManagementMethod(KeyManagementMethod.MANUAL)
                    .algorithms(algorithms()
                            .espEncryption(
                                    ENCR_AES_CTR,
                                    ENCR_AES_CBC,
                                    ENCR_AES_GCM_16,
                                    ENCR_CHACHA20_POLY1305,
                                    ENCR_CAMELLIA_CCM_8,
                                    ENCR_AES_CCM_8)
                            .build());
            assertThat(violations(RULE, profile))
                    .extracting(Violation::path, Violation::severity)
                    .containsExactly(
                            tuple("algorithms.esp.encryption[0]", ERROR),
                            tuple("algorithms.esp.encryption[2]", ERROR),
                            tuple("algorithms.esp.encryption[3]", ERROR),
                            tuple("algorithms.esp.encryption[4]", ERROR),
                            tuple("algorithms.esp.encryption[5]", ERROR));
        }

        @Test
        void ciphersOutsideTheTriggerAreFineUnderManualKeys() {
            staysQuiet(
                    RULE,
                    bgp().keyManagementMethod(KeyManagementMethod.MANUAL)
                            .algorithms(algorithms()
                                    .espEncryption(ENCR_AES_CBC, ENCR_NULL_AUTH_AES_GMAC, ENCR_CAMELLIA_CTR, ENCR_3DES)
                                    .build()));
        }

        @ParameterizedTest
        @EnumSource(
                value = KeyManagementMethod.class,
                names = {"IKE", "KINK"})
        void automatedKeysMayUseCounterModes(KeyManagementMethod method) {
            staysQuiet(
                    RULE,
                    bgp().keyManagementMethod(method)
                            .algorithms(algorithms().espEncryption(ENCR_AES_CTR).build()));
        }

        @Test
        void ikeListsAreNotConcerned() {
            staysQuiet(
                    RULE,
                    bgp().keyManagementMethod(KeyManagementMethod.MANUAL)
                            .algorithms(algorithms().ikeEncryption(ENCR_AES_CTR).build()));
        }
    }

    @Nested
    class ConfidentialityWithoutCipher {

        private static final String RULE = "confidentiality-without-cipher";

        @Test
        void requiredConfidentialityWithOnlyNullCiphersIsAnError() {
            firesOnce(
                    RULE,
                    bgp().confidentiality(Need.REQUIRED)
                            .algorithms(algorithms()
                                    .espEncryption(ENCR_NULL, ENCR_NULL_AUTH_AES_GMAC)
                                    .build()),
                    ERROR,
                    "algorithms.esp.encryption");
            firesOnce(
                    RULE,
                    bgp().confidentiality(Need.REQUIRED)
                            .algorithms(algorithms()
                                    .espEncryption(ENCR_NULL_AUTH_AES_GMAC)
                                    .build()),
                    ERROR,
                    "algorithms.esp.encryption");
        }

        @Test
        void aRealCipherBesideNullIsFine() {
            staysQuiet(
                    RULE,
                    bgp().confidentiality(Need.REQUIRED)
                            .algorithms(algorithms()
                                    .espEncryption(ENCR_NULL, ENCR_AES_CBC)
                                    .build()));
        }

        @ParameterizedTest
        @EnumSource(
                value = Need.class,
                names = {"OPTIONAL", "NONE"})
        void confidentialityNotRequiredIsFine(Need confidentiality) {
            staysQuiet(
                    RULE,
                    bgp().confidentiality(confidentiality)
                            .algorithms(algorithms().espEncryption(ENCR_NULL).build()));
        }

        @Test
        void noEspEncryptionListIsFine() {
            staysQuiet(RULE, bgp().confidentiality(Need.REQUIRED));
        }
    }

    @Test
    void rc5AndDesAreNotCounterModes() {
        staysQuiet(
                "manual-keying-counter-mode",
                bgp().keyManagementMethod(KeyManagementMethod.MANUAL)
                        .algorithms(algorithms()
                                .espEncryption(ENCR_RC5, ENCR_DES, ENCR_CAMELLIA_CBC)
                                .build()));
    }
}
