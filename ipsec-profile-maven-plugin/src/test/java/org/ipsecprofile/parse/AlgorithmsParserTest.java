package org.ipsecprofile.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.ipsecprofile.check.Severity;
import org.ipsecprofile.model.Algorithms;
import org.ipsecprofile.model.Position;
import org.ipsecprofile.model.Profile;
import org.ipsecprofile.model.Transform;
import org.ipsecprofile.model.TransformType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code algorithms} keys (SPEC §3, names of §3.1) as a descriptor's author meets them: what
 * is read, and each mistake as the finding the author sees, at its line and column. The
 * descriptors below start with the four format keys, so {@code algorithms} is on line 5.
 */
class AlgorithmsParserTest {

    private static final String HEADER =
            "schema: ipsec-profile/1\nid: example\nprotocol: {name: EXAMPLE}\nipsec: {version: 3}\n";

    private final DescriptorParser parser = new DescriptorParser();

    private ParsedDescriptor parse(String afterHeader) {
        return parser.parse((HEADER + afterHeader).getBytes(StandardCharsets.UTF_8), "src/main/ipsec/example.yaml");
    }

    private Algorithms algorithmsOf(String afterHeader) {
        ParsedDescriptor parsed = parse(afterHeader);
        assertThat(parsed.problems()).isEmpty();
        return parsed.profile().algorithms();
    }

    /** Each finding as the log shows its place and message: {@code line:column message}. */
    private List<String> problemsOf(String afterHeader) {
        return parse(afterHeader).problems().stream()
                .map(f -> f.line() + ":" + f.column() + " " + f.message())
                .toList();
    }

    private Profile corpus(String name) {
        Path file = Corpus.algorithms(name);
        ParsedDescriptor parsed = parser.parse(file, Corpus.displayPath(file));
        assertThat(parsed.problems()).as(name).isEmpty();
        return parsed.profile();
    }

    // --- what is read

    @Test
    void everyListIsReadInTheOrderWritten() {
        Algorithms algorithms = corpus("every-list.yaml").algorithms();

        assertThat(algorithms)
                .isEqualTo(new Algorithms(
                        true,
                        List.of(Transform.ENCR_AES_GCM_16, Transform.ENCR_AES_CBC, Transform.ENCR_NULL),
                        List.of(Transform.AUTH_NONE, Transform.AUTH_HMAC_SHA2_256_128),
                        List.of(Transform.AUTH_HMAC_SHA2_512_256),
                        List.of(Transform.ENCR_AES_CBC, Transform.ENCR_CHACHA20_POLY1305),
                        List.of(Transform.PRF_HMAC_SHA2_256, Transform.PRF_HMAC_SHA2_512),
                        List.of(Transform.AUTH_HMAC_SHA2_256_128),
                        List.of(19, 14, 31)));
        assertThat(algorithms.anyListed()).isTrue();
    }

    @Test
    void blockListsAndQuotedNamesAreReadLikeFlowLists() {
        Algorithms algorithms = corpus("block-lists.yaml").algorithms();

        assertThat(algorithms.espEncryption()).containsExactly(Transform.ENCR_AES_GCM_16, Transform.ENCR_AES_CCM_8);
        assertThat(algorithms.espIntegrity()).containsExactly(Transform.AUTH_NONE);
        assertThat(algorithms.ikeKeyExchange()).containsExactly(65535, 1);
        assertThat(algorithms.companion()).isFalse();
    }

    @Test
    void theVersion3AeadExampleOfTheDescriptorReferenceIsRead() {
        Algorithms algorithms = corpus("version-3-aead.yaml").algorithms();

        assertThat(algorithms.companion()).isTrue();
        assertThat(algorithms.espEncryption()).containsExactly(Transform.ENCR_AES_GCM_16);
        assertThat(algorithms.espIntegrity()).containsExactly(Transform.AUTH_NONE);
        assertThat(algorithms.ahIntegrity()).isEmpty();
    }

    @Test
    void emptyListsAndEmptyValuesCountAsAbsent() {
        assertThat(corpus("empty-lists.yaml").algorithms()).isEqualTo(Algorithms.absent());
        assertThat(algorithmsOf("algorithms:\n")).isEqualTo(Algorithms.absent());
        assertThat(algorithmsOf("algorithms: {}\n")).isEqualTo(Algorithms.absent());
        assertThat(algorithmsOf("algorithms: {esp: ~, ah: null, ike: {}}\n")).isEqualTo(Algorithms.absent());
        assertThat(algorithmsOf("")).isEqualTo(Algorithms.absent());
    }

    @Test
    void companionAloneIsReadAndListsStayEmpty() {
        Algorithms algorithms = algorithmsOf("algorithms: {companion: true}\n");

        assertThat(algorithms.companion()).isTrue();
        assertThat(algorithms.anyListed()).isFalse();
    }

    static Stream<Arguments> everyNameWithTheListsOfItsKind() {
        return Arrays.stream(Transform.values())
                .map(t -> Arguments.of(
                        t,
                        switch (t.type()) {
                            case ENCRYPTION -> List.of("esp: {encryption: [X]}", "ike: {encryption: [X]}");
                            case PRF -> List.of("ike: {prf: [X]}");
                            case INTEGRITY ->
                                List.of("esp: {integrity: [X]}", "ah: {integrity: [X]}", "ike: {integrity: [X]}");
                        }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyNameWithTheListsOfItsKind")
    void everyNameOfSection3_1IsAcceptedInEachListOfItsKind(Transform transform, List<String> lists) {
        for (String list : lists) {
            Algorithms algorithms = algorithmsOf("algorithms: {" + list.replace("X", transform.name()) + "}\n");

            assertThat(List.of(
                                    algorithms.espEncryption(),
                                    algorithms.espIntegrity(),
                                    algorithms.ahIntegrity(),
                                    algorithms.ikeEncryption(),
                                    algorithms.ikePrf(),
                                    algorithms.ikeIntegrity())
                            .stream()
                            .flatMap(List::stream))
                    .as(list)
                    .containsExactly(transform);
        }
    }

    @Test
    void keyExchangeTakesTheWholeRangeOfNumbers() {
        assertThat(algorithmsOf("algorithms: {ike: {keyExchange: [1, 14, 19, 31, 65535]}}\n")
                        .ikeKeyExchange())
                .containsExactly(1, 14, 19, 31, 65535);
    }

    // --- positions

    @Test
    void everyListEntryHasItsPosition() {
        Profile profile = corpus("every-list.yaml");

        assertThat(profile.positions().positionOf("algorithms")).isEqualTo(new Position(5, 1));
        assertThat(profile.positions().positionOf("algorithms.companion")).isEqualTo(new Position(6, 3));
        assertThat(profile.positions().positionOf(Algorithms.ESP_ENCRYPTION)).isEqualTo(new Position(8, 5));
        assertThat(profile.positions().positionOf(Algorithms.ESP_ENCRYPTION + "[0]"))
                .isEqualTo(new Position(8, 18));
        assertThat(profile.positions().positionOf(Algorithms.ESP_ENCRYPTION + "[1]"))
                .isEqualTo(new Position(8, 35));
        assertThat(profile.positions().positionOf(Algorithms.ESP_ENCRYPTION + "[2]"))
                .isEqualTo(new Position(8, 49));
        assertThat(profile.positions().positionOf(Algorithms.ESP_INTEGRITY + "[1]"))
                .isEqualTo(new Position(9, 28));
        assertThat(profile.positions().positionOf(Algorithms.AH_INTEGRITY + "[0]"))
                .isEqualTo(new Position(11, 17));
        assertThat(profile.positions().positionOf(Algorithms.IKE_ENCRYPTION + "[1]"))
                .isEqualTo(new Position(13, 32));
        assertThat(profile.positions().positionOf(Algorithms.IKE_PRF + "[1]")).isEqualTo(new Position(14, 30));
        assertThat(profile.positions().positionOf(Algorithms.IKE_INTEGRITY + "[0]"))
                .isEqualTo(new Position(15, 17));
        assertThat(profile.positions().positionOf(Algorithms.IKE_KEY_EXCHANGE + "[2]"))
                .isEqualTo(new Position(16, 27));
    }

    @Test
    void entriesOfBlockListsHaveTheirPositionToo() {
        Profile profile = corpus("block-lists.yaml");

        assertThat(profile.positions().positionOf(Algorithms.ESP_ENCRYPTION + "[0]"))
                .isEqualTo(new Position(9, 9));
        assertThat(profile.positions().positionOf(Algorithms.ESP_ENCRYPTION + "[1]"))
                .isEqualTo(new Position(10, 9));
        assertThat(profile.positions().positionOf(Algorithms.IKE_KEY_EXCHANGE + "[1]"))
                .isEqualTo(new Position(16, 9));
    }

    @Test
    void aListThatIsAbsentIsPlacedAtItsNearestKey() {
        Profile profile = corpus("block-lists.yaml");

        assertThat(profile.positions().contains(Algorithms.IKE_PRF)).isFalse();
        assertThat(profile.positions().positionOf(Algorithms.IKE_PRF)).isEqualTo(new Position(13, 3));
        assertThat(profile.positions().positionOf(Algorithms.AH_INTEGRITY)).isEqualTo(new Position(5, 1));
    }

    // --- names that are not §3.1 names

    @Test
    void aLowerCaseNameSuggestsTheUpperCaseOne() {
        assertThat(problemsOf("algorithms:\n  esp:\n    encryption: [encr_aes_cbc]\n"))
                .containsExactly("7:18 algorithms.esp.encryption[0]: 'encr_aes_cbc' is not a known algorithm name;"
                        + " did you mean 'ENCR_AES_CBC'? Names are written in upper case, exactly as the IANA IKEv2"
                        + " registry spells them");
    }

    @Test
    void aMisspeltNameSuggestsTheNearestOne() {
        assertThat(problemsOf("algorithms:\n  esp:\n    encryption: [ENCR_AES_GCM_16, ENCR_AES_CB]\n"))
                .containsExactly("7:35 algorithms.esp.encryption[1]: 'ENCR_AES_CB' is not a known algorithm name;"
                        + " did you mean 'ENCR_AES_CBC'? Write names exactly as the IANA IKEv2 registry spells them");
    }

    @Test
    void aNameWithoutItsSuffixSuggestsEveryNameItStarts() {
        assertThat(problemsOf("algorithms:\n  ike:\n    encryption: [ENCR_AES_GCM]\n"))
                .containsExactly("7:18 algorithms.ike.encryption[0]: 'ENCR_AES_GCM' is not a known algorithm name;"
                        + " did you mean 'ENCR_AES_GCM_8', 'ENCR_AES_GCM_12' or 'ENCR_AES_GCM_16'? Write the whole"
                        + " name as the IANA IKEv2 registry spells it");
        assertThat(problemsOf("algorithms:\n  esp:\n    integrity: [auth_hmac_sha2_256]\n"))
                .containsExactly("7:17 algorithms.esp.integrity[0]: 'auth_hmac_sha2_256' is not a known algorithm"
                        + " name; did you mean 'AUTH_HMAC_SHA2_256_128'? Write the whole name as the IANA IKEv2"
                        + " registry spells it");
    }

    @Test
    void aPrefixSharedByManyNamesGetsTheNearestNameInstead() {
        assertThat(problemsOf("algorithms:\n  esp:\n    encryption: [ENCR]\n"))
                .containsExactly("7:18 algorithms.esp.encryption[0]: 'ENCR' is not a known algorithm name; this list"
                        + " takes ESP encryption algorithms (ENCR_ names), e.g. ENCR_AES_GCM_16 or ENCR_AES_CBC,"
                        + " written as the IANA IKEv2 registry spells them");
    }

    @Test
    void aMisspeltNameOfAnotherKindIsSuggestedWithTheListItBelongsIn() {
        assertThat(problemsOf("algorithms:\n  ike:\n    integrity: [PRF_HMAC_SHA2_25]\n"))
                .containsExactly("7:17 algorithms.ike.integrity[0]: 'PRF_HMAC_SHA2_25' is not a known algorithm name;"
                        + " did you mean 'PRF_HMAC_SHA2_256' (a PRF, for algorithms.ike.prf)? This list takes IKE"
                        + " integrity algorithms (AUTH_ names), e.g. AUTH_HMAC_SHA2_256_128");
    }

    @Test
    void aNameFarFromEveryKnownOneSaysWhatTheListTakes() {
        assertThat(problemsOf("algorithms:\n  esp:\n    encryption: [AES-256-GCM]\n"))
                .containsExactly("7:18 algorithms.esp.encryption[0]: 'AES-256-GCM' is not a known algorithm name;"
                        + " this list takes ESP encryption algorithms (ENCR_ names), e.g. ENCR_AES_GCM_16 or"
                        + " ENCR_AES_CBC, written as the IANA IKEv2 registry spells them");
    }

    @Test
    void aNumberInPlaceOfANameAsksForTheName() {
        assertThat(problemsOf("algorithms:\n  esp:\n    encryption: [20]\n"))
                .containsExactly("7:18 algorithms.esp.encryption[0] must be an algorithm name such as"
                        + " ENCR_AES_GCM_16, not a number (20); write the algorithm's name as the IANA IKEv2 registry"
                        + " gives it, not its number");
    }

    @Test
    void anEmptyEntryIsAnErrorAtTheEntry() {
        assertThat(problemsOf("algorithms:\n  ah:\n    integrity:\n      - AUTH_HMAC_SHA2_256_128\n      -\n"))
                .containsExactly("9:8 algorithms.ah.integrity[1] is empty; remove the empty item or fill it in");
    }

    // --- names in a list of another kind

    static Stream<Arguments> namesInAListOfAnotherKind() {
        return Stream.of(
                // a PRF anywhere but ike.prf
                Arguments.of(
                        "ike: {integrity: [PRF_HMAC_SHA2_256]}",
                        "6:21 algorithms.ike.integrity[0]: PRF_HMAC_SHA2_256 is a PRF; list it under"
                                + " algorithms.ike.prf. This list takes IKE integrity algorithms (AUTH_ names), e.g."
                                + " AUTH_HMAC_SHA2_256_128"),
                Arguments.of(
                        "esp: {integrity: [PRF_HMAC_SHA2_256]}",
                        "6:21 algorithms.esp.integrity[0]: PRF_HMAC_SHA2_256 is a PRF; list it under"
                                + " algorithms.ike.prf (only IKE uses a PRF). This list takes ESP integrity algorithms"
                                + " (AUTH_ names), e.g. AUTH_HMAC_SHA2_256_128, or AUTH_NONE beside AEAD ciphers"),
                Arguments.of(
                        "ah: {integrity: [PRF_AES128_XCBC]}",
                        "6:20 algorithms.ah.integrity[0]: PRF_AES128_XCBC is a PRF; list it under algorithms.ike.prf"
                                + " (only IKE uses a PRF). This list takes AH integrity algorithms (AUTH_ names), e.g."
                                + " AUTH_HMAC_SHA2_256_128"),
                Arguments.of(
                        "esp: {encryption: [PRF_HMAC_SHA2_256]}",
                        "6:22 algorithms.esp.encryption[0]: PRF_HMAC_SHA2_256 is a PRF; list it under"
                                + " algorithms.ike.prf (only IKE uses a PRF). This list takes ESP encryption"
                                + " algorithms (ENCR_ names), e.g. ENCR_AES_GCM_16 or ENCR_AES_CBC"),
                Arguments.of(
                        "ike: {encryption: [PRF_HMAC_SHA2_256]}",
                        "6:22 algorithms.ike.encryption[0]: PRF_HMAC_SHA2_256 is a PRF; list it under"
                                + " algorithms.ike.prf. This list takes IKE encryption algorithms (ENCR_ names), e.g."
                                + " ENCR_AES_CBC or ENCR_AES_GCM_16"),
                // an encryption algorithm in an integrity or PRF list
                Arguments.of(
                        "esp: {integrity: [ENCR_AES_CBC]}",
                        "6:21 algorithms.esp.integrity[0]: ENCR_AES_CBC is an encryption algorithm; list it under"
                                + " algorithms.esp.encryption. This list takes ESP integrity algorithms (AUTH_ names),"
                                + " e.g. AUTH_HMAC_SHA2_256_128, or AUTH_NONE beside AEAD ciphers"),
                Arguments.of(
                        "esp: {integrity: [ENCR_AES_GCM_16]}",
                        "6:21 algorithms.esp.integrity[0]: ENCR_AES_GCM_16 is an AEAD encryption algorithm; list it"
                                + " under algorithms.esp.encryption. An AEAD cipher protects integrity itself: with"
                                + " AEAD ciphers only, write [AUTH_NONE] here or leave algorithms.esp.integrity out"),
                Arguments.of(
                        "ah: {integrity: [ENCR_AES_CBC]}",
                        "6:20 algorithms.ah.integrity[0]: ENCR_AES_CBC is an encryption algorithm; list it under"
                                + " algorithms.esp.encryption (AH does not encrypt). This list takes AH integrity"
                                + " algorithms (AUTH_ names), e.g. AUTH_HMAC_SHA2_256_128"),
                Arguments.of(
                        "ah: {integrity: [ENCR_NULL_AUTH_AES_GMAC]}",
                        "6:20 algorithms.ah.integrity[0]: ENCR_NULL_AUTH_AES_GMAC is an AEAD encryption algorithm;"
                                + " list it under algorithms.esp.encryption (AH does not encrypt). This list takes AH"
                                + " integrity algorithms (AUTH_ names), e.g. AUTH_HMAC_SHA2_256_128"),
                Arguments.of(
                        "ike: {integrity: [ENCR_CHACHA20_POLY1305]}",
                        "6:21 algorithms.ike.integrity[0]: ENCR_CHACHA20_POLY1305 is an AEAD encryption algorithm;"
                                + " list it under algorithms.ike.encryption. An AEAD cipher protects integrity itself:"
                                + " with AEAD ciphers only, write [AUTH_NONE] here or leave algorithms.ike.integrity"
                                + " out"),
                Arguments.of(
                        "ike: {prf: [ENCR_AES_GCM_16]}",
                        "6:15 algorithms.ike.prf[0]: ENCR_AES_GCM_16 is an AEAD encryption algorithm; list it under"
                                + " algorithms.ike.encryption. This list takes IKE pseudorandom functions (PRF_ names),"
                                + " e.g. PRF_HMAC_SHA2_256"),
                Arguments.of(
                        "ike: {prf: [ENCR_AES_CBC]}",
                        "6:15 algorithms.ike.prf[0]: ENCR_AES_CBC is an encryption algorithm; list it under"
                                + " algorithms.ike.encryption. This list takes IKE pseudorandom functions (PRF_ names),"
                                + " e.g. PRF_HMAC_SHA2_256"),
                // an integrity algorithm in an encryption or PRF list
                Arguments.of(
                        "esp: {encryption: [AUTH_HMAC_SHA2_256_128]}",
                        "6:22 algorithms.esp.encryption[0]: AUTH_HMAC_SHA2_256_128 is an integrity algorithm; list it"
                                + " under algorithms.esp.integrity. This list takes ESP encryption algorithms (ENCR_"
                                + " names), e.g. ENCR_AES_GCM_16 or ENCR_AES_CBC"),
                Arguments.of(
                        "ike: {encryption: [AUTH_NONE]}",
                        "6:22 algorithms.ike.encryption[0]: AUTH_NONE is an integrity algorithm; list it under"
                                + " algorithms.ike.integrity. This list takes IKE encryption algorithms (ENCR_ names),"
                                + " e.g. ENCR_AES_CBC or ENCR_AES_GCM_16"),
                Arguments.of(
                        "ike: {prf: [AUTH_AES_XCBC_96]}",
                        "6:15 algorithms.ike.prf[0]: AUTH_AES_XCBC_96 is an integrity algorithm; list it under"
                                + " algorithms.ike.integrity. This list takes IKE pseudorandom functions (PRF_ names),"
                                + " e.g. PRF_HMAC_SHA2_256"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("namesInAListOfAnotherKind")
    void aNameInAListOfAnotherKindNamesTheListItBelongsIn(String section, String expected) {
        assertThat(problemsOf("algorithms:\n  " + section + "\n")).containsExactly(expected);
    }

    @Test
    void everyNameIsRefusedInEveryListOfAnotherKind() {
        List<String> lists = List.of(
                "esp: {encryption: [X]}",
                "esp: {integrity: [X]}",
                "ah: {integrity: [X]}",
                "ike: {encryption: [X]}",
                "ike: {prf: [X]}",
                "ike: {integrity: [X]}");
        List<TransformType> kinds = List.of(
                TransformType.ENCRYPTION,
                TransformType.INTEGRITY,
                TransformType.INTEGRITY,
                TransformType.ENCRYPTION,
                TransformType.PRF,
                TransformType.INTEGRITY);
        for (Transform transform : Transform.values()) {
            for (int i = 0; i < lists.size(); i++) {
                if (kinds.get(i) == transform.type()) {
                    continue;
                }
                List<String> problems =
                        problemsOf("algorithms: {" + lists.get(i).replace("X", transform.name()) + "}\n");

                assertThat(problems)
                        .as(transform + " in " + lists.get(i))
                        .singleElement()
                        .satisfies(p -> assertThat(p)
                                .contains(transform.name() + " is ")
                                .contains("; list it under algorithms."));
            }
        }
    }

    // --- the same entry twice

    @Test
    void aNameListedTwiceIsAnErrorAtTheSecondNamingTheFirst() {
        assertThat(problemsOf("algorithms:\n  esp:\n    encryption: [ENCR_AES_CBC, ENCR_AES_GCM_16, ENCR_AES_CBC]\n"))
                .containsExactly("7:49 algorithms.esp.encryption[2]: ENCR_AES_CBC is listed twice, first as"
                        + " algorithms.esp.encryption[0] at line 7, column 18; remove one of the two");
    }

    @Test
    void aNameListedThreeTimesGivesTwoFindingsBothNamingTheFirst() {
        assertThat(problemsOf("algorithms:\n  ah:\n    integrity:\n      - AUTH_HMAC_SHA2_256_128\n"
                        + "      - AUTH_HMAC_SHA2_256_128\n      - AUTH_HMAC_SHA2_256_128\n"))
                .containsExactly(
                        "9:9 algorithms.ah.integrity[1]: AUTH_HMAC_SHA2_256_128 is listed twice, first as"
                                + " algorithms.ah.integrity[0] at line 8, column 9; remove one of the two",
                        "10:9 algorithms.ah.integrity[2]: AUTH_HMAC_SHA2_256_128 is listed twice, first as"
                                + " algorithms.ah.integrity[0] at line 8, column 9; remove one of the two");
    }

    @Test
    void aKeyExchangeNumberListedTwiceIsAnErrorAtTheSecond() {
        assertThat(problemsOf("algorithms:\n  ike: {keyExchange: [14, 19, 14]}\n"))
                .containsExactly("6:31 algorithms.ike.keyExchange[2]: 14 is listed twice, first as"
                        + " algorithms.ike.keyExchange[0] at line 6, column 23; remove one of the two");
    }

    @Test
    void theSameNameInTwoListsIsNoDuplicate() {
        Algorithms algorithms =
                algorithmsOf("algorithms:\n  esp: {encryption: [ENCR_AES_CBC]}\n  ike: {encryption: [ENCR_AES_CBC]}\n");

        assertThat(algorithms.espEncryption()).isEqualTo(algorithms.ikeEncryption());
    }

    // --- key exchange numbers

    @Test
    void aKeyExchangeNumberOutOfRangeIsAnErrorWithExamples() {
        assertThat(problemsOf("algorithms:\n  ike:\n    keyExchange: [0, 65536, -1]\n"))
                .containsExactly(
                        "7:19 algorithms.ike.keyExchange[0]: 0 is not a key exchange method number; write the"
                                + " method's number in the IANA IKEv2 registry, from 1 to 65535, e.g. 14, 19 or 31",
                        "7:22 algorithms.ike.keyExchange[1]: 65536 is not a key exchange method number; write the"
                                + " method's number in the IANA IKEv2 registry, from 1 to 65535, e.g. 14, 19 or 31",
                        "7:29 algorithms.ike.keyExchange[2]: -1 is not a key exchange method number; write the"
                                + " method's number in the IANA IKEv2 registry, from 1 to 65535, e.g. 14, 19 or 31");
    }

    @Test
    void aKeyExchangeNameAsksForTheNumber() {
        assertThat(problemsOf("algorithms:\n  ike:\n    keyExchange: [curve25519]\n"))
                .containsExactly("7:19 algorithms.ike.keyExchange[0]: 'curve25519' is a name, but key exchange"
                        + " methods are written as their numbers in the IANA IKEv2 registry, e.g. 14 (2048-bit MODP"
                        + " group), 19 (256-bit random ECP group) or 31 (Curve25519)");
    }

    @Test
    void aQuotedKeyExchangeNumberAsksForTheNumberWithoutQuotes() {
        assertThat(problemsOf("algorithms:\n  ike:\n    keyExchange: ['19']\n"))
                .containsExactly("7:19 algorithms.ike.keyExchange[0]: '19' is text; write the number without quotes");
    }

    @Test
    void aKeyExchangeTextThatIsNeitherNumberNorNameIsATypeError() {
        assertThat(problemsOf("algorithms:\n  ike:\n    keyExchange: ['']\n"))
                .containsExactly("7:19 algorithms.ike.keyExchange[0] must be a key exchange method number from 1 to"
                        + " 65535, e.g. 14, 19 or 31, not text ''");
    }

    @Test
    void aKeyExchangeValueOfAnotherTypeIsATypeError() {
        assertThat(problemsOf("algorithms:\n  ike:\n    keyExchange: [14.0, true, [19]]\n"))
                .containsExactly(
                        "7:19 algorithms.ike.keyExchange[0] must be a key exchange method number from 1 to 65535,"
                                + " e.g. 14, 19 or 31, not a decimal number (14.0)",
                        "7:25 algorithms.ike.keyExchange[1] must be a key exchange method number from 1 to 65535,"
                                + " e.g. 14, 19 or 31, not true or false (true)",
                        "7:31 algorithms.ike.keyExchange[2] must be a key exchange method number from 1 to 65535,"
                                + " e.g. 14, 19 or 31, not a list");
    }

    // --- values that are not lists, sections that are not mappings

    @Test
    void oneNameWithoutBracketsAsksForAList() {
        assertThat(problemsOf("algorithms:\n  esp:\n    integrity: AUTH_HMAC_SHA2_256_128\n"))
                .containsExactly("7:16 algorithms.esp.integrity must be a list of ESP integrity algorithms (AUTH_"
                        + " names), e.g. [AUTH_HMAC_SHA2_256_128], not text 'AUTH_HMAC_SHA2_256_128'; write even one"
                        + " name as a list: [AUTH_HMAC_SHA2_256_128]");
    }

    @Test
    void oneKeyExchangeNumberWithoutBracketsAsksForAList() {
        assertThat(problemsOf("algorithms:\n  ike:\n    keyExchange: 14\n"))
                .containsExactly("7:18 algorithms.ike.keyExchange must be a list of key exchange method numbers, e.g."
                        + " [19, 14], not a number (14); write even one method as a list: [14]");
    }

    @Test
    void aMappingWhereAListIsExpectedIsATypeError() {
        assertThat(problemsOf("algorithms:\n  ike:\n    prf: {PRF_HMAC_SHA2_256: true}\n"))
                .containsExactly("7:10 algorithms.ike.prf must be a list of IKE pseudorandom functions (PRF_ names),"
                        + " e.g. [PRF_HMAC_SHA2_256], not a mapping");
    }

    @Test
    void aScalarForAnySectionIsATypeError() {
        assertThat(problemsOf("algorithms: true\n"))
                .containsExactly(
                        "5:13 algorithms must be a mapping of keys (companion, esp, ah, ike), not true or false (true)");
        assertThat(problemsOf("algorithms:\n  esp: ENCR_AES_GCM_16\n"))
                .containsExactly("6:8 algorithms.esp must be a mapping of keys (encryption, integrity), not text"
                        + " 'ENCR_AES_GCM_16'");
        assertThat(problemsOf("algorithms:\n  ah: [AUTH_HMAC_SHA2_256_128]\n"))
                .containsExactly("6:7 algorithms.ah must be a mapping of keys (integrity), not a list");
        assertThat(problemsOf("algorithms:\n  ike: 2\n"))
                .containsExactly(
                        "6:8 algorithms.ike must be a mapping of keys (encryption, prf, integrity, keyExchange), not a"
                                + " number (2)");
    }

    @Test
    void companionMustBeTrueOrFalse() {
        assertThat(problemsOf("algorithms: {companion: yes}\n"))
                .containsExactly("5:25 algorithms.companion must be true or false, not text 'yes'; write true or false"
                        + " without quotes (yes, no, on and off are text in YAML 1.2)");
    }

    // --- unknown keys

    @Test
    void unknownKeysAtEveryLevelSuggestTheNearestKey() {
        assertThat(problemsOf("algorithm: {companion: true}\n"))
                .singleElement()
                .satisfies(p -> assertThat(p).startsWith("5:1 unknown key 'algorithm'; did you mean 'algorithms'?"));
        assertThat(problemsOf("algorithms:\n  companoin: true\n"))
                .containsExactly("6:3 unknown key 'algorithms.companoin'; did you mean 'companion'? Keys allowed under"
                        + " algorithms: companion, esp, ah, ike");
        assertThat(problemsOf("algorithms:\n  esp:\n    encription: [ENCR_AES_CBC]\n"))
                .containsExactly("7:5 unknown key 'algorithms.esp.encription'; did you mean 'encryption'? Keys allowed"
                        + " under algorithms.esp: encryption, integrity");
        assertThat(problemsOf("algorithms:\n  ike:\n    keyexchange: [14]\n"))
                .containsExactly("7:5 unknown key 'algorithms.ike.keyexchange'; did you mean 'keyExchange'? Keys"
                        + " allowed under algorithms.ike: encryption, prf, integrity, keyExchange");
    }

    @Test
    void ahHasNoEncryptionList() {
        assertThat(problemsOf("algorithms:\n  ah:\n    encryption: [ENCR_AES_CBC]\n"))
                .containsExactly(
                        "7:5 unknown key 'algorithms.ah.encryption'; keys allowed under algorithms.ah:" + " integrity");
    }

    // --- findings

    @Test
    void everyMistakeIsReportedInOnePassInFileOrder() {
        assertThat(problemsOf("algorithms:\n  esp: {encryption: [ENCR_AES_CB], integrity: [PRF_HMAC_SHA1]}\n"
                        + "  ike: {keyExchange: [0]}\n"))
                .extracting(p -> p.substring(0, p.indexOf(' ')))
                .containsExactly("6:22", "6:48", "7:23");
    }

    @Test
    void aProblemIsADescriptorErrorOfTheProfileAtItsEntry() {
        assertThat(parse("algorithms:\n  esp:\n    encryption: [encr_aes_cbc]\n")
                        .problems())
                .singleElement()
                .satisfies(finding -> {
                    assertThat(finding.rule()).isEqualTo("descriptor");
                    assertThat(finding.severity()).isEqualTo(Severity.ERROR);
                    assertThat(finding.profile()).isEqualTo("example");
                    assertThat(finding.file()).isEqualTo("src/main/ipsec/example.yaml");
                    assertThat(finding.line() + ":" + finding.column()).isEqualTo("7:18");
                    assertThat(finding.message())
                            .isEqualTo("algorithms.esp.encryption[0]: 'encr_aes_cbc' is not a known algorithm name;"
                                    + " did you mean 'ENCR_AES_CBC'? Names are written in upper case, exactly as the"
                                    + " IANA IKEv2 registry spells them");
                    assertThat(finding.suppressed()).isFalse();
                });
    }
}
