package org.ipsecprofile.check.levels;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ipsecprofile.check.RuleSource;
import org.ipsecprofile.model.Transform;
import org.ipsecprofile.model.TransformType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The level tables held to SPEC §4.5 as written (prefixes left out, as there), and each row's
 * document and section to {@code reference/ipsec-algorithms.md}: the table of RFC 8221 or RFC 8247
 * that lists it, RFC 9395 Section 7 for the entries only the IANA registry's DEPRECATED covers, and
 * RFC 7296 Section 5 for the IKE SA that is never unencrypted.
 */
class AlgorithmLevelsTest {

    /** Per context: the SPEC's columns "MUST NOT or DEPRECATED", "SHOULD NOT", "MUST-", and the listed ones with levels. */
    private record SpecRow(String forbidden, String shouldNot, String mustMinus, String listed) {}

    private static final Map<AlgorithmContext, SpecRow> SPEC = Map.of(
            AlgorithmContext.ESP_ENCRYPTION,
            new SpecRow(
                    "DES_IV64 DES RC5 IDEA CAST BLOWFISH 3IDEA DES_IV32",
                    "3DES",
                    "",
                    "NULL=MUST AES_CBC=MUST AES_GCM_16=MUST AES_CCM_8=SHOULD CHACHA20_POLY1305=SHOULD"),
            AlgorithmContext.ESP_INTEGRITY,
            new SpecRow(
                    "HMAC_MD5_96 DES_MAC KPDK_MD5 HMAC_MD5_128 HMAC_SHA1_160",
                    "",
                    "HMAC_SHA1_96",
                    "HMAC_SHA2_256_128=MUST HMAC_SHA2_512_256=SHOULD AES_XCBC_96=SHOULD AES_128_GMAC=MAY"
                            + " AES_256_GMAC=MAY NONE=with AEAD only"),
            AlgorithmContext.AH_INTEGRITY,
            new SpecRow(
                    "HMAC_MD5_96 DES_MAC KPDK_MD5 HMAC_MD5_128 HMAC_SHA1_160 NONE",
                    "",
                    "HMAC_SHA1_96",
                    "HMAC_SHA2_256_128=MUST HMAC_SHA2_512_256=SHOULD AES_XCBC_96=SHOULD AES_128_GMAC=MAY"
                            + " AES_256_GMAC=MAY"),
            AlgorithmContext.IKE_ENCRYPTION,
            new SpecRow(
                    "DES NULL NULL_AUTH_AES_GMAC DES_IV64 RC5 IDEA CAST BLOWFISH 3IDEA DES_IV32",
                    "",
                    "",
                    "AES_CBC=MUST CHACHA20_POLY1305=SHOULD AES_GCM_16=SHOULD AES_CCM_8=SHOULD 3DES=MAY"),
            AlgorithmContext.IKE_PRF,
            new SpecRow(
                    "HMAC_MD5 HMAC_TIGER",
                    "",
                    "HMAC_SHA1",
                    "HMAC_SHA2_256=MUST HMAC_SHA2_512=SHOULD+ AES128_XCBC=SHOULD"),
            AlgorithmContext.IKE_INTEGRITY,
            new SpecRow(
                    "HMAC_MD5_96 DES_MAC KPDK_MD5 HMAC_MD5_128 HMAC_SHA1_160",
                    "",
                    "HMAC_SHA1_96",
                    "HMAC_SHA2_256_128=MUST HMAC_SHA2_512_256=SHOULD AES_XCBC_96=SHOULD NONE=with AEAD only"),
            AlgorithmContext.IKE_KEY_EXCHANGE,
            new SpecRow("1 22", "2 5 23 24", "", "14=MUST 19=SHOULD"));

    /** The rows only RFC 9395 Section 7 (IANA DEPRECATED) covers, per context; the fact sheet's §3. */
    private static final Map<AlgorithmContext, String> RFC_9395_ONLY = Map.of(
            AlgorithmContext.ESP_ENCRYPTION, "RC5 IDEA CAST",
            AlgorithmContext.ESP_INTEGRITY, "HMAC_MD5_128 HMAC_SHA1_160",
            AlgorithmContext.AH_INTEGRITY, "HMAC_MD5_128 HMAC_SHA1_160",
            AlgorithmContext.IKE_ENCRYPTION, "DES_IV64 RC5 IDEA CAST BLOWFISH 3IDEA DES_IV32",
            AlgorithmContext.IKE_PRF, "HMAC_TIGER",
            AlgorithmContext.IKE_INTEGRITY, "HMAC_MD5_128 HMAC_SHA1_160",
            AlgorithmContext.IKE_KEY_EXCHANGE, "");

    /** The table section of each context's own document. */
    private static final Map<AlgorithmContext, RuleSource> TABLE = Map.of(
            AlgorithmContext.ESP_ENCRYPTION, RuleSource.rfc(8221, "5"),
            AlgorithmContext.ESP_INTEGRITY, RuleSource.rfc(8221, "6"),
            AlgorithmContext.AH_INTEGRITY, RuleSource.rfc(8221, "6"),
            AlgorithmContext.IKE_ENCRYPTION, RuleSource.rfc(8247, "2.1"),
            AlgorithmContext.IKE_PRF, RuleSource.rfc(8247, "2.2"),
            AlgorithmContext.IKE_INTEGRITY, RuleSource.rfc(8247, "2.3"),
            AlgorithmContext.IKE_KEY_EXCHANGE, RuleSource.rfc(8247, "2.4"));

    @ParameterizedTest
    @EnumSource(AlgorithmContext.class)
    void eachContextHasExactlyTheLevelsOfTheSpecTable(AlgorithmContext context) {
        SpecRow spec = SPEC.get(context);
        Map<String, String> expected = new LinkedHashMap<>();
        names(context, spec.forbidden()).forEach(name -> expected.put(name, "MUST NOT or DEPRECATED"));
        names(context, spec.shouldNot()).forEach(name -> expected.put(name, "SHOULD NOT"));
        names(context, spec.mustMinus()).forEach(name -> expected.put(name, "MUST-"));
        for (String listed : words(spec.listed().replace("with AEAD only", "with_AEAD_only"))) {
            String[] nameAndLevel = listed.split("=");
            expected.put(name(context, nameAndLevel[0]), nameAndLevel[1].replace('_', ' '));
        }
        Map<String, String> actual = new LinkedHashMap<>();
        AlgorithmLevels.rows(context)
                .forEach(row -> actual.put(
                        row.algorithm(),
                        row.level().forbidden()
                                ? "MUST NOT or DEPRECATED"
                                : row.level().label()));
        assertThat(actual).containsExactlyInAnyOrderEntriesOf(expected);
    }

    @ParameterizedTest
    @EnumSource(AlgorithmContext.class)
    void eachRowCitesTheDocumentAndSectionThatListsIt(AlgorithmContext context) {
        List<String> onlyDeprecated = names(context, RFC_9395_ONLY.get(context));
        for (LevelRow row : AlgorithmLevels.rows(context)) {
            RuleSource expected;
            if (onlyDeprecated.contains(row.algorithm())) {
                expected = RuleSource.rfc(9395, "7");
            } else if (context == AlgorithmContext.IKE_ENCRYPTION
                    && row.algorithm().equals("ENCR_NULL_AUTH_AES_GMAC")) {
                expected = RuleSource.rfc(7296, "5");
            } else {
                expected = TABLE.get(context);
            }
            assertThat(row.source()).as("%s in %s", row.algorithm(), context).isEqualTo(expected);
            assertThat(row.level() == RequirementLevel.DEPRECATED)
                    .as("%s in %s is DEPRECATED exactly when only RFC 9395 lists it", row.algorithm(), context)
                    .isEqualTo(onlyDeprecated.contains(row.algorithm()));
        }
    }

    @Test
    void aRowCitesTheRfcAndSectionOfItsTableAsTheBriefsExamplesSay() {
        assertThat(AlgorithmLevels.row(AlgorithmContext.ESP_ENCRYPTION, "ENCR_DES"))
                .get()
                .isEqualTo(new LevelRow("ENCR_DES", null, RequirementLevel.MUST_NOT, RuleSource.rfc(8221, "5")));
        assertThat(AlgorithmLevels.row(AlgorithmContext.ESP_ENCRYPTION, "ENCR_RC5"))
                .get()
                .isEqualTo(new LevelRow("ENCR_RC5", null, RequirementLevel.DEPRECATED, RuleSource.rfc(9395, "7")));
    }

    @ParameterizedTest
    @EnumSource(AlgorithmContext.class)
    void everyNameIsATransformOfTheContextsKindAndListedOnce(AlgorithmContext context) {
        List<String> names =
                AlgorithmLevels.rows(context).stream().map(LevelRow::algorithm).toList();
        assertThat(names).doesNotHaveDuplicates();
        if (context == AlgorithmContext.IKE_KEY_EXCHANGE) {
            assertThat(names).allMatch(name -> name.matches("[1-9][0-9]*"));
            assertThat(AlgorithmLevels.rows(context)).allMatch(row -> row.description() != null);
        } else {
            TransformType type = context.name().endsWith("ENCRYPTION")
                    ? TransformType.ENCRYPTION
                    : context == AlgorithmContext.IKE_PRF ? TransformType.PRF : TransformType.INTEGRITY;
            assertThat(names)
                    .allSatisfy(name -> assertThat(Transform.named(name))
                            .get()
                            .extracting(Transform::type)
                            .isEqualTo(type));
        }
    }

    @Test
    void anUnlistedNameHasNoRowAndDefaultsToMayInItsDocument() {
        assertThat(AlgorithmLevels.row(AlgorithmContext.ESP_ENCRYPTION, "ENCR_AES_CTR"))
                .isEmpty();
        assertThat(AlgorithmLevels.row(AlgorithmContext.IKE_KEY_EXCHANGE, "31")).isEmpty();
        assertThat(AlgorithmContext.ESP_ENCRYPTION.defaultSource()).isEqualTo(RuleSource.rfc(8221, "1.2"));
        assertThat(AlgorithmContext.AH_INTEGRITY.defaultSource()).isEqualTo(RuleSource.rfc(8221, "1.2"));
        assertThat(AlgorithmContext.IKE_KEY_EXCHANGE.defaultSource()).isEqualTo(RuleSource.rfc(8247, "1.3"));
    }

    @Test
    void theMandatoryAlgorithmsAMessageSuggestsProtectSomething() {
        assertThat(AlgorithmLevels.mandatory(AlgorithmContext.ESP_ENCRYPTION))
                .containsExactly("ENCR_AES_CBC", "ENCR_AES_GCM_16");
        assertThat(AlgorithmLevels.mandatory(AlgorithmContext.ESP_INTEGRITY)).containsExactly("AUTH_HMAC_SHA2_256_128");
        assertThat(AlgorithmLevels.mandatory(AlgorithmContext.IKE_KEY_EXCHANGE)).containsExactly("14");
        for (AlgorithmContext context : AlgorithmContext.values()) {
            assertThat(AlgorithmLevels.mandatory(context)).as(context.name()).isNotEmpty();
        }
    }

    @Test
    void contextsAreTheListsOfTheDescriptor() {
        assertThat(Arrays.stream(AlgorithmContext.values()).map(AlgorithmContext::key))
                .containsExactly(
                        "esp.encryption",
                        "esp.integrity",
                        "ah.integrity",
                        "ike.encryption",
                        "ike.prf",
                        "ike.integrity",
                        "ike.keyExchange");
        assertThat(Arrays.stream(AlgorithmContext.values()).filter(AlgorithmContext::ike))
                .extracting(AlgorithmContext::document)
                .containsOnly("RFC 8247");
    }

    private static List<String> names(AlgorithmContext context, String shortNames) {
        List<String> names = new ArrayList<>();
        for (String shortName : words(shortNames)) {
            names.add(name(context, shortName));
        }
        return names;
    }

    /** The full name as the table writes it with its prefix left out. */
    private static String name(AlgorithmContext context, String shortName) {
        return switch (context) {
            case ESP_ENCRYPTION, IKE_ENCRYPTION -> "ENCR_" + shortName;
            case IKE_PRF -> "PRF_" + shortName;
            case IKE_KEY_EXCHANGE -> shortName;
            default -> "AUTH_" + shortName;
        };
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.split(" ")).filter(word -> !word.isEmpty()).collect(Collectors.toList());
    }
}
