package org.ipsecprofile.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * idnits 3 as tests run it: a small complete draft has no nit, a missing part is the nit idnits
 * names for it, a text nit carries its line, and the nits that need the network or concern the date
 * or file name are left out (but kept in the full report).
 */
class IdnitsTest {

    private static final String NAME = "draft-example-clean-00";

    @TempDir
    Path dir;

    private final String clean = TestResources.text("clean-draft.xml");

    @BeforeEach
    void needsIdnits() {
        Idnits.assumeAvailable();
    }

    private Idnits.Report checkXml(String xml) throws IOException {
        return Idnits.check(Files.writeString(dir.resolve(NAME + ".xml"), xml, StandardCharsets.UTF_8));
    }

    private Path renderText(String xml) throws IOException {
        Xml2rfc.assumeAvailable();
        Path draft = Files.writeString(dir.resolve(NAME + ".xml"), xml, StandardCharsets.UTF_8);
        Xml2rfc.Rendering rendering = Xml2rfc.render(draft, dir.resolve("out"));
        assertThat(rendering.exitCode()).as(rendering.log()).isZero();
        return rendering.text();
    }

    private static List<String> codes(List<Idnits.Nit> nits) {
        return nits.stream().map(Idnits.Nit::code).toList();
    }

    @Test
    void aSmallCompleteDraftHasNoNit() throws IOException {
        Idnits.Report report = checkXml(clean);

        assertThat(report.nits()).isEmpty();
        // its <date/> is left for xml2rfc to fill in, so idnits finds no date in the XML
        assertThat(codes(report.all())).containsExactly(Idnits.MISSING_DOC_DATE);
    }

    @Test
    void aDraftWithoutIanaConsiderationsHasThatNit() throws IOException {
        String xml = clean.replaceAll("(?s)<section anchor=\"iana-considerations\">.*?</section>", "");

        Idnits.Report report = checkXml(xml);

        assertThat(report.nits())
                .containsExactly(new Idnits.Nit(
                        Idnits.Severity.ERROR,
                        "MISSING_IANA_CONSIDERATIONS_SECTION",
                        "The IANA considerations section is missing.",
                        null,
                        List.of()));
    }

    @Test
    void aNitInTheTextCarriesItsLine() throws IOException {
        Path text = renderText(clean.replace("exchange greetings", "exchange greetings over ipsec"));

        List<Idnits.Nit> nits = Idnits.check(text).nits();

        assertThat(nits).singleElement().satisfies(nit -> {
            assertThat(nit.severity()).isEqualTo(Idnits.Severity.COMMENT);
            assertThat(nit.code()).isEqualTo("INCORRECT_TERM_SPELLING");
            assertThat(nit.description()).contains("\"ipsec\"");
            assertThat(nit.lines()).hasSize(1);
            String line = Files.readAllLines(text, StandardCharsets.UTF_8)
                    .get(nit.lines().get(0).line() - 1);
            assertThat(line).contains("greetings over ipsec");
        });
    }

    @Test
    void nitsThatNeedTheNetworkAreLeftOut() throws IOException {
        String xml = clean.replace(
                        "<references anchor=\"normative-references\">",
                        "<references>\n<name>References</name>\n<references anchor=\"normative-references\">")
                .replace(
                        "</references>\n  </back>",
                        "</references>\n<references anchor=\"informative-references\">\n"
                                + "<name>Informative References</name>\n</references>\n</references>\n  </back>");
        Path text = renderText(xml);

        Idnits.Report report = Idnits.check(text);

        assertThat(report.all())
                .anySatisfy(nit -> {
                    assertThat(nit.code()).isEqualTo(Idnits.POSSIBLE_DOWNREF);
                    assertThat(nit.description()).contains("RFC 4271");
                })
                .anySatisfy(nit -> assertThat(nit.code()).isEqualTo(Idnits.UNDEFINED_STATUS));
        assertThat(report.nits()).isEmpty();
    }

    @Test
    void nitsAboutTheDocumentsDateAndFileNameAreLeftOut() throws IOException {
        Path draft = Files.writeString(
                dir.resolve(NAME + ".exp.xml"),
                clean.replace("<date/>", "<date year=\"2025\" month=\"January\" day=\"1\"/>"),
                StandardCharsets.UTF_8);

        Idnits.Report report = Idnits.check(draft);

        assertThat(codes(report.all()))
                .contains(Idnits.DOC_DATE_IN_PAST, Idnits.FILENAME_TOO_MANY_DOTS, Idnits.FILENAME_EXTENSION_INVALID);
        assertThat(report.nits()).isEmpty();
    }

    @Test
    void aFileIdnitsCannotCheckIsAnError() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.xml"), clean.replace(" docName=\"" + NAME + "\"", ""));

        assertThatThrownBy(() -> Idnits.check(notes))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("notes.xml")
                .hasMessageContaining("Internet Draft or RFC");
    }
}
