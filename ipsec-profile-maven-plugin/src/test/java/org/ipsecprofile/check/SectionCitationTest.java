package org.ipsecprofile.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SectionCitationTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            8h     | RFC 5406 Section 8 item h
            8a     | RFC 5406 Section 8 item a
            3.1    | RFC 5406 Section 3.1
            9      | RFC 5406 Section 9
            1, 8h  | RFC 5406 Sections 1 and 8 item h
            8i, 9  | RFC 5406 Sections 8 item i and 9
            1, 4   | RFC 5406 Sections 1 and 4
            1, 8   | RFC 5406 Sections 1 and 8
            3.1, 6, 8a | RFC 5406 Sections 3.1, 6, and 8 item a
            """)
    void catalogueSectionsBecomeCitations(String section, String citation) {
        assertThat(RuleSource.rfc5406(section).describe()).isEqualTo(citation);
    }

    @Test
    void otherDocumentsAreCitedByTheirOwnNumber() {
        assertThat(RuleSource.rfc(8221, "5").describe()).isEqualTo("RFC 8221 Section 5");
        assertThat(RuleSource.rfc(9395, "1, 3").describe()).isEqualTo("RFC 9395 Sections 1 and 3");
    }

    @Test
    void noSectionCitesTheWholeDocument() {
        assertThat(RuleSource.rfc(4301, null).describe()).isEqualTo("RFC 4301");
        assertThat(RuleSource.rfc(4301, "  ").describe()).isEqualTo("RFC 4301");
    }

    @Test
    void severalSourcesAreSeparatedBySemicolons() {
        assertThat(RuleSource.describe(List.of(RuleSource.rfc(8221, "4"), RuleSource.rfc(7296, "5"))))
                .isEqualTo("RFC 8221 Section 4; RFC 7296 Section 5");
        assertThat(RuleSource.describe(List.of())).isEmpty();
    }
}
