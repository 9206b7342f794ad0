package org.ipsecprofile.render.refs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Map;
import org.ipsecprofile.validation.RfcText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every RFC that both the library and RFC 5406 Section 12 list has the same title, authors
 * (surnames and initials, in order), month and series there as in the library.
 */
class ReferenceLibraryMatchesRfc5406Test {

    private static Map<String, Rfc5406ReferenceList.Entry> rfc5406;

    @BeforeAll
    static void readRfc5406() {
        rfc5406 = Rfc5406ReferenceList.parse(RfcText.of(5406));
    }

    @Test
    void theListIsReadCompletely() {
        assertThat(rfc5406.keySet())
                .containsExactly(
                        "RFC2401", "RFC2402", "RFC2406", "RFC2409", "RFC3554", "RFC3948", "RFC4107", "RFC5280",
                        "RFC5374", "RFC2385", "RFC2461", "RFC2661", "RFC3547", "RFC3552", "RFC3715", "RFC3830",
                        "RFC4271", "RFC4301", "RFC4302", "RFC4303", "RFC4306", "RFC4430", "RFC4535", "RFC4960");
    }

    @Test
    void theLibrarySharesNineteenRfcsWithTheList() {
        assertThat(shared()).hasSize(19);
    }

    @Test
    void titlesAreTheSame() {
        for (String anchor : shared()) {
            assertThat(library(anchor).title())
                    .as(anchor)
                    .isEqualTo(rfc5406.get(anchor).title());
        }
    }

    @Test
    void authorsHaveTheSameSurnamesAndInitialsInTheSameOrder() {
        for (String anchor : shared()) {
            assertThat(library(anchor).authors())
                    .as(anchor)
                    .extracting(Author::surname, Author::initials)
                    .containsExactlyElementsOf(rfc5406.get(anchor).authors().stream()
                            .map(a -> tuple(a.surname(), a.initials()))
                            .toList());
        }
    }

    @Test
    void datesAreTheSame() {
        for (String anchor : shared()) {
            assertThat(library(anchor).date())
                    .as(anchor)
                    .isEqualTo(rfc5406.get(anchor).date());
        }
    }

    @Test
    void seriesTheListNamesAreInTheLibrary() {
        for (String anchor : shared()) {
            Reference reference = library(anchor);
            for (String series : rfc5406.get(anchor).series()) {
                String[] nameAndValue = series.split(" ");
                assertThat(reference.series(nameAndValue[0]))
                        .as(anchor + " " + series)
                        .contains(nameAndValue[1]);
            }
        }
    }

    private static List<String> shared() {
        return rfc5406.keySet().stream()
                .filter(ReferenceLibrary.standard()::contains)
                .toList();
    }

    private static Reference library(String anchor) {
        return ReferenceLibrary.standard().find(anchor).orElseThrow();
    }
}
