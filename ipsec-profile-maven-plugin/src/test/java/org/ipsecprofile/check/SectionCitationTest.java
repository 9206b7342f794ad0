package org.ipsecprofile.check;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(SectionCitation.describe(section)).isEqualTo(citation);
    }

    @Test
    void noSectionGivesNoCitation() {
        assertThat(SectionCitation.describe(null)).isEmpty();
        assertThat(SectionCitation.describe("  ")).isEmpty();
    }
}
