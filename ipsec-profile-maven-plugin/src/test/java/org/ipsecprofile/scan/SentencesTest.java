package org.ipsecprofile.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where sentences start and end, on invented text. */
class SentencesTest {

    @Test
    void aNameThatStartsLowerCaseWithAnUpperCaseLetterNextStartsASentence() {
        String text = "Widgets are small. wIDGET servers MUST use IPsec.";
        assertThat(Sentences.start(text, text.indexOf("MUST"))).isEqualTo(text.indexOf("wIDGET"));
    }

    @Test
    void anOrdinaryLowerCaseWordAfterAPeriodDoesNotStartOne() {
        String text = "See the widget spec. for details and use IPsec.";
        assertThat(Sentences.start(text, text.indexOf("IPsec"))).isEqualTo(0);
        String abbreviation = "Several, e.g. iWidget, MUST use IPsec.";
        assertThat(Sentences.start(abbreviation, abbreviation.indexOf("MUST"))).isEqualTo(0);
    }
}
