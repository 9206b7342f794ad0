package org.ipsecprofile.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NearestWordTest {

    @Test
    void aMisspeltKeyFindsTheKeyItMeant() {
        assertThat(NearestWord.nearest("selector", ProfileMapper.TOP_KEYS)).contains("selectors");
        assertThat(NearestWord.nearest("keyManagment", ProfileMapper.TOP_KEYS)).contains("keyManagement");
        assertThat(NearestWord.nearest("natTraversl", ProfileMapper.PROTECTION_KEYS))
                .contains("natTraversal");
    }

    @Test
    void caseDifferencesCountAsNoDistance() {
        assertThat(NearestWord.nearest("KEYMANAGEMENT", ProfileMapper.TOP_KEYS)).contains("keyManagement");
        assertThat(NearestWord.nearest("ESP", List.of("esp", "ah"))).contains("esp");
    }

    @Test
    void aWordFarFromEveryCandidateHasNoSuggestion() {
        assertThat(NearestWord.nearest("colour", ProfileMapper.TOP_KEYS)).isEmpty();
        assertThat(NearestWord.nearest("many", List.of("pairwise", "many-to-many")))
                .isEmpty();
    }

    @Test
    void shortWordsAllowFewerEditsSoTheyDoNotMatchEverything() {
        assertThat(NearestWord.nearest("ip", List.of("id"))).contains("id");
        assertThat(NearestWord.nearest("xy", List.of("id"))).isEmpty();
        assertThat(NearestWord.nearest("foo", List.of("ike", "id"))).isEmpty();
    }

    @Test
    void theClosestCandidateWinsAndTiesGoToTheFirstListed() {
        assertThat(NearestWord.nearest("optionl", List.of("required", "optional", "none")))
                .contains("optional");
        assertThat(NearestWord.nearest("ab", List.of("ah", "ac"))).contains("ah");
    }
}
