package org.ipsecprofile.render.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipsecprofile.render.content.RenderFixtures.profileSection;
import static org.ipsecprofile.render.content.SectionText.citations;
import static org.ipsecprofile.render.content.SectionText.definition;

import java.util.List;
import org.ipsecprofile.check.ProfileFixtures;
import org.ipsecprofile.model.Algorithms;
import org.ipsecprofile.model.IkeMode;
import org.ipsecprofile.model.IkeVersion;
import org.ipsecprofile.model.SecurityProtocol;
import org.ipsecprofile.model.Transform;
import org.junit.jupiter.api.Test;

/** The cryptographic algorithms entry of the profile section (SPEC §5, "Algorithms"). */
class AlgorithmsWordingTest {

    private static final String TERM = "Cryptographic Algorithms";

    static Algorithms companion() {
        return new Algorithms(true, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    static Algorithms espAndIkeLists(boolean companion) {
        return new Algorithms(
                companion,
                List.of(Transform.ENCR_AES_GCM_16, Transform.ENCR_AES_CBC),
                List.of(Transform.AUTH_NONE, Transform.AUTH_HMAC_SHA2_256_128),
                List.of(),
                List.of(Transform.ENCR_AES_CBC),
                List.of(Transform.PRF_HMAC_SHA2_256),
                List.of(Transform.AUTH_HMAC_SHA2_256_128),
                List.of(14, 19, 31));
    }

    /** IPsec version 3 with IKEv2: the profile a working group writes today. */
    static ProfileFixtures.ProfileBuilder modern() {
        return ProfileFixtures.bgp()
                .ipsecVersion(3)
                .protocols(SecurityProtocol.ESP)
                .protectionMandatoryToImplement(null)
                .ikeVersion(IkeVersion.IKEV2)
                .ikeModes();
    }

    private static Section of(ProfileFixtures.ProfileBuilder builder) {
        return profileSection(builder.build());
    }

    @Test
    void aProfileWithoutAlgorithmsHasNoEntryAndCitesNoAlgorithmDocument() {
        Section section = of(modern());

        assertThat(SectionText.terms(section)).doesNotContain(TERM);
        assertThat(citations(section)).extracting(Citation::anchor).doesNotContain("RFC8221", "RFC8247", "RFC7696");
    }

    @Test
    void theEntryFollowsItemIAndLeavesTheOrderOfItemsAToIAlone() {
        List<String> terms = SectionText.terms(of(modern().algorithms(companion())));

        assertThat(terms).endsWith("Availability", TERM);
        assertThat(terms.subList(0, terms.size() - 1)).hasSize(9);
    }

    @Test
    void companionMakesRfc8221AndWithIkev2Rfc8247Normative() {
        Section section = of(modern().algorithms(companion()));

        assertThat(definition(section, TERM))
                .contains("Implementations MUST support the algorithms that [RFC8221] requires of implementations"
                        + " of ESP, and those that [RFC8247] requires of implementations of IKEv2.")
                .doesNotContain("In addition");
        assertThat(citations(section)).contains(Citation.normative("RFC8221"), Citation.normative("RFC8247"));
    }

    @Test
    void companionWithIkev1LeavesRfc8247OutOfTheRequirements() {
        Section section = of(ProfileFixtures.bgp()
                .ikeVersion(IkeVersion.IKEV1)
                .ikeModes(IkeMode.MAIN)
                .algorithms(companion()));

        assertThat(definition(section, TERM))
                .contains("[RFC8221] requires of implementations of ESP and AH.")
                .contains("The algorithm requirements for IKEv2 in [RFC8247] do not apply to IKEv1");
        assertThat(citations(section)).doesNotContain(Citation.normative("RFC8247"));
    }

    @Test
    void companionNamesAhWhenAhIsTheOnlyProtocol() {
        Section section = of(modern().protocols(SecurityProtocol.AH).algorithms(companion()));

        assertThat(definition(section, TERM)).contains("[RFC8221] requires of implementations of AH,");
    }

    @Test
    void listsSayWhatImplementationsMustSupportInEachContext() {
        String text = definition(of(modern().algorithms(espAndIkeLists(false))), TERM);

        assertThat(text)
                .contains("Implementations MUST support the following algorithms:")
                .contains("for ESP: the encryption algorithms ENCR_AES_GCM_16 and ENCR_AES_CBC; the integrity"
                        + " algorithm AUTH_HMAC_SHA2_256_128;")
                .contains("for the IKE SA: the encryption algorithm ENCR_AES_CBC; the pseudorandom function (PRF)"
                        + " PRF_HMAC_SHA2_256; the integrity algorithm AUTH_HMAC_SHA2_256_128; the key exchange"
                        + " methods Diffie-Hellman group 14 (2048-bit MODP Group), Diffie-Hellman group 19"
                        + " (256-bit random ECP group), and key exchange method 31.")
                .doesNotContain("for AH")
                .doesNotContain("AUTH_NONE");
    }

    @Test
    void withCompanionTheListsComeInAddition() {
        String text = definition(of(modern().algorithms(espAndIkeLists(true))), TERM);

        assertThat(text)
                .contains("requires of implementations of IKEv2.")
                .contains("In addition to those, implementations MUST support the following algorithms:");
    }

    @Test
    void anAeadCipherNeedsNoSeparateIntegrityAlgorithm() {
        Section section = of(modern().algorithms(espAndIkeLists(false)));

        assertThat(definition(section, TERM))
                .contains("In ESP, ENCR_AES_GCM_16 is an Authenticated Encryption with Associated Data (AEAD)"
                        + " cipher, which protects integrity as well, so no separate integrity algorithm is"
                        + " negotiated with it (see Section 4 of [RFC8221]); the integrity algorithm listed goes with"
                        + " ENCR_AES_CBC.")
                .doesNotContain("In the IKE SA,");
        assertThat(citations(section)).contains(Citation.informative("RFC8221", "4"));
    }

    @Test
    void anAhIntegrityListStandsAlone() {
        Algorithms ah = new Algorithms(
                false,
                List.of(),
                List.of(),
                List.of(Transform.AUTH_HMAC_SHA2_256_128, Transform.AUTH_HMAC_SHA2_512_256),
                List.of(),
                List.of(),
                List.of(),
                List.of());

        String text = definition(of(modern().protocols(SecurityProtocol.AH).algorithms(ah)), TERM);

        assertThat(text)
                .contains("for AH: the integrity algorithms AUTH_HMAC_SHA2_256_128 and AUTH_HMAC_SHA2_512_256.")
                .doesNotContain("AEAD");
    }
}
