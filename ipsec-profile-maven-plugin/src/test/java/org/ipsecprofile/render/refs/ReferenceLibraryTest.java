package org.ipsecprofile.render.refs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Month;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceLibraryTest {

    private final ReferenceLibrary library = ReferenceLibrary.standard();

    @Test
    void holdsEveryRfcTheRendererCites() {
        assertThat(library.all())
                .extracting(Reference::anchor)
                .containsExactly(
                        "RFC2119", "RFC2401", "RFC2402", "RFC2406", "RFC2409", "RFC2661", "RFC3552", "RFC3554",
                        "RFC3715", "RFC3948", "RFC4107", "RFC4271", "RFC4301", "RFC4302", "RFC4303", "RFC4306",
                        "RFC4430", "RFC4960", "RFC5280", "RFC5374", "RFC5406", "RFC7296", "RFC7696", "RFC8174",
                        "RFC8221", "RFC8247", "RFC9395");
    }

    @Test
    void allIsSortedByRfcNumber() {
        assertThat(library.all()).isSortedAccordingTo(Comparator.comparingInt(Reference::rfcNumber));
    }

    @Test
    void findsByAnchorAndSaysWhatItLacks() {
        assertThat(library.find("RFC4301"))
                .map(Reference::title)
                .contains("Security Architecture for the Internet Protocol");
        assertThat(library.contains("RFC4301")).isTrue();
        assertThat(library.find("RFC9999")).isEmpty();
        assertThat(library.contains("rfc4301")).isFalse();
    }

    @Test
    void everyRfcHasItsNumberAndItsDoi() {
        for (Reference r : library.all()) {
            String number = r.anchor().substring("RFC".length());
            assertThat(r.seriesInfo())
                    .as(r.anchor())
                    .contains(new SeriesInfo("RFC", number), new SeriesInfo("DOI", "10.17487/RFC" + number));
        }
    }

    @Test
    void subseriesMembershipsAreListed() {
        assertThat(library.find("RFC3552").orElseThrow().series("BCP")).contains("72");
        assertThat(library.find("RFC4107").orElseThrow().series("BCP")).contains("107");
        assertThat(library.find("RFC5406").orElseThrow().series("BCP")).contains("146");
        assertThat(library.find("RFC7296").orElseThrow().series("STD")).contains("79");
        assertThat(library.find("RFC2119").orElseThrow().series("BCP")).contains("14");
        assertThat(library.find("RFC8174").orElseThrow().series("BCP")).contains("14");
        assertThat(library.find("RFC7696").orElseThrow().series("BCP")).contains("201");
        assertThat(library.all().stream().filter(r -> r.seriesInfo().size() > 2).map(Reference::anchor))
                .containsExactly("RFC2119", "RFC3552", "RFC4107", "RFC5406", "RFC7296", "RFC7696", "RFC8174");
    }

    @Test
    void rfc5406IsAsSpecSaysIt() {
        Reference rfc5406 = library.find("RFC5406").orElseThrow();
        assertThat(rfc5406.title()).isEqualTo("Guidelines for Specifying the Use of IPsec Version 2");
        assertThat(rfc5406.authors()).containsExactly(new Author("S.", "Bellovin", "S. Bellovin"));
        assertThat(rfc5406.date()).isEqualTo(YearMonth.of(2009, Month.FEBRUARY));
        assertThat(rfc5406.seriesInfo())
                .containsExactly(
                        new SeriesInfo("BCP", "146"),
                        new SeriesInfo("RFC", "5406"),
                        new SeriesInfo("DOI", "10.17487/RFC5406"));
    }

    @Test
    void rfc7296IsAsSpecSaysIt() {
        Reference rfc7296 = library.find("RFC7296").orElseThrow();
        assertThat(rfc7296.title()).isEqualTo("Internet Key Exchange Protocol Version 2 (IKEv2)");
        assertThat(rfc7296.authors())
                .extracting(Author::fullname)
                .containsExactly("C. Kaufman", "P. Hoffman", "Y. Nir", "P. Eronen", "T. Kivinen");
        assertThat(rfc7296.authors()).noneMatch(Author::editor);
        assertThat(rfc7296.date()).isEqualTo(YearMonth.of(2014, Month.OCTOBER));
        assertThat(rfc7296.seriesInfo())
                .containsExactly(
                        new SeriesInfo("STD", "79"),
                        new SeriesInfo("RFC", "7296"),
                        new SeriesInfo("DOI", "10.17487/RFC7296"));
    }

    @Test
    void theAlgorithmDocumentsAreAsTheirHeadersSayThem() {
        Reference rfc8221 = library.find("RFC8221").orElseThrow();
        assertThat(rfc8221.title())
                .isEqualTo("Cryptographic Algorithm Implementation Requirements and Usage Guidance for"
                        + " Encapsulating Security Payload (ESP) and Authentication Header (AH)");
        assertThat(rfc8221.authors())
                .extracting(Author::fullname)
                .containsExactly("P. Wouters", "D. Migault", "J. Mattsson", "Y. Nir", "T. Kivinen");
        assertThat(rfc8221.date()).isEqualTo(YearMonth.of(2017, Month.OCTOBER));
        Reference rfc8247 = library.find("RFC8247").orElseThrow();
        assertThat(rfc8247.title())
                .isEqualTo("Algorithm Implementation Requirements and Usage Guidance for the Internet Key"
                        + " Exchange Protocol Version 2 (IKEv2)");
        assertThat(rfc8247.authors())
                .extracting(Author::fullname)
                .containsExactly("Y. Nir", "T. Kivinen", "P. Wouters", "D. Migault");
        assertThat(rfc8247.date()).isEqualTo(YearMonth.of(2017, Month.SEPTEMBER));
        Reference rfc7696 = library.find("RFC7696").orElseThrow();
        assertThat(rfc7696.authors()).containsExactly(new Author("R.", "Housley", "R. Housley"));
        assertThat(rfc7696.date()).isEqualTo(YearMonth.of(2015, Month.NOVEMBER));
        assertThat(library.find("RFC9395").orElseThrow().date()).isEqualTo(YearMonth.of(2023, Month.APRIL));
    }

    @Test
    void theBcp14DocumentsAreAsSpecSaysThem() {
        Reference rfc2119 = library.find("RFC2119").orElseThrow();
        assertThat(rfc2119.title()).isEqualTo("Key words for use in RFCs to Indicate Requirement Levels");
        assertThat(rfc2119.authors()).containsExactly(new Author("S.", "Bradner", "S. Bradner"));
        assertThat(rfc2119.date()).isEqualTo(YearMonth.of(1997, Month.MARCH));
        Reference rfc8174 = library.find("RFC8174").orElseThrow();
        assertThat(rfc8174.title()).isEqualTo("Ambiguity of Uppercase vs Lowercase in RFC 2119 Key Words");
        assertThat(rfc8174.authors()).containsExactly(new Author("B.", "Leiba", "B. Leiba"));
        assertThat(rfc8174.date()).isEqualTo(YearMonth.of(2017, Month.MAY));
        assertThat(rfc8174.seriesInfo())
                .containsExactly(
                        new SeriesInfo("BCP", "14"),
                        new SeriesInfo("RFC", "8174"),
                        new SeriesInfo("DOI", "10.17487/RFC8174"));
    }

    @Test
    void editorsAreMarkedAsTheRfcsNameThem() {
        assertThat(library.all().stream()
                        .filter(r -> r.authors().stream().anyMatch(Author::editor))
                        .map(Reference::anchor))
                .containsExactly("RFC4271", "RFC4306", "RFC4960", "RFC9395");
        assertThat(library.find("RFC9395").orElseThrow().authors())
                .containsExactly(new Author("P.", "Wouters", "P. Wouters", true));
        assertThat(library.find("RFC4960").orElseThrow().authors())
                .containsExactly(new Author("R.", "Stewart", "R. Stewart", true));
    }

    @Test
    void fullNamesAreInitialsAndSurname() {
        for (Reference r : library.all()) {
            for (Author a : r.authors()) {
                assertThat(a.fullname()).as(r.anchor()).isEqualTo(a.initials() + " " + a.surname());
            }
        }
    }

    @Test
    void aLibraryRefusesTwoReferencesWithOneAnchor() {
        Reference one = library.find("RFC4301").orElseThrow();
        assertThatThrownBy(() -> ReferenceLibrary.of(List.of(one, one)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("RFC4301");
    }
}
