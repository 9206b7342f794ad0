package org.ipsecprofile.render.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ipsecprofile.check.ProfileFixtures;
import org.ipsecprofile.model.Algorithms;
import org.ipsecprofile.model.IkeMode;
import org.ipsecprofile.model.IkeVersion;
import org.ipsecprofile.model.KeyManagementMethod;
import org.ipsecprofile.model.Profile;
import org.ipsecprofile.model.Transform;
import org.junit.jupiter.api.Test;

/** What Java decides about a profile's algorithms before any template words it. */
class AlgorithmFactsTest {

    private static AlgorithmFacts of(Profile profile) {
        return ProfileFacts.of(profile, List.of(), a -> true).algorithms();
    }

    @Test
    void noAlgorithmsIsNothingGiven() {
        AlgorithmFacts facts = of(ProfileFixtures.bgp().build());

        assertThat(facts.given()).isFalse();
        assertThat(facts.listed()).isFalse();
        assertThat(facts.esp().listed()).isFalse();
    }

    @Test
    void companionAppliesRfc8247OnlyWithIkev2() {
        Algorithms companion = AlgorithmsWordingTest.companion();

        AlgorithmFacts ikev2 =
                of(AlgorithmsWordingTest.modern().algorithms(companion).build());
        AlgorithmFacts ikev1 = of(ProfileFixtures.bgp()
                .ikeVersion(IkeVersion.IKEV1)
                .ikeModes(IkeMode.MAIN)
                .algorithms(companion)
                .build());
        AlgorithmFacts manual = of(AlgorithmsWordingTest.modern()
                .keyManagementMethod(KeyManagementMethod.MANUAL)
                .algorithms(companion)
                .build());

        assertThat(ikev2.companionEspAh()).isTrue();
        assertThat(ikev2.companionIke()).isTrue();
        assertThat(ikev1.companionEspAh()).isTrue();
        assertThat(ikev1.companionIke()).isFalse();
        assertThat(manual.companionIke()).isFalse();
        assertThat(ikev2.given()).isTrue();
        assertThat(ikev2.listed()).isFalse();
    }

    @Test
    void ciphersAreSplitIntoAeadAndOthersAndAuthNoneIsNoIntegrityAlgorithm() {
        AlgorithmFacts facts = of(AlgorithmsWordingTest.modern()
                .algorithms(AlgorithmsWordingTest.espAndIkeLists(false))
                .build());

        assertThat(facts.esp().encryption()).containsExactly("ENCR_AES_GCM_16", "ENCR_AES_CBC");
        assertThat(facts.esp().aead()).containsExactly("ENCR_AES_GCM_16");
        assertThat(facts.esp().nonAead()).containsExactly("ENCR_AES_CBC");
        assertThat(facts.esp().integrity()).containsExactly("AUTH_HMAC_SHA2_256_128");
        assertThat(facts.ike().prf()).containsExactly("PRF_HMAC_SHA2_256");
        assertThat(facts.ike().keyExchange()).containsExactly(14, 19, 31);
        assertThat(facts.ah().listed()).isFalse();
    }

    @Test
    void anIntegrityListOfOnlyAuthNoneStillCountsAsListed() {
        Algorithms none = new Algorithms(
                false,
                List.of(Transform.ENCR_AES_GCM_16),
                List.of(Transform.AUTH_NONE),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of());

        AlgorithmFacts facts =
                of(AlgorithmsWordingTest.modern().algorithms(none).build());

        assertThat(facts.esp().listed()).isTrue();
        assertThat(facts.esp().integrity()).isEmpty();
    }
}
