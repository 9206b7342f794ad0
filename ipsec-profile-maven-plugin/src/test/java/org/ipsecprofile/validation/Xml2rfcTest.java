package org.ipsecprofile.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real xml2rfc as tests run it: a small complete v3 draft renders to text and expanded XML
 * without a message, a local include is resolved, a defect is reported as a warning or an error,
 * nothing is fetched from the network, and only the warning about the document's date is set aside.
 */
class Xml2rfcTest {

    private static final String DRAFT = "draft-example-clean-00.xml";

    @TempDir
    Path dir;

    private final String clean = TestResources.text("clean-draft.xml");

    @BeforeEach
    void needsXml2rfc() {
        Xml2rfc.assumeAvailable();
    }

    private Xml2rfc.Rendering render(String xml) throws IOException {
        Path draft = Files.writeString(dir.resolve(DRAFT), xml, StandardCharsets.UTF_8);
        return Xml2rfc.render(draft, dir.resolve("out"));
    }

    @Test
    void aSmallCompleteDraftRendersWithoutAnyWarningOrError() throws IOException {
        Xml2rfc.Rendering rendering = render(clean);

        assertThat(rendering.exitCode()).as(rendering.log()).isZero();
        assertThat(rendering.messages()).as(rendering.log()).isEmpty();
        assertThat(Files.readString(rendering.text(), StandardCharsets.UTF_8))
                .contains("A Clean Draft")
                .contains("draft-example-clean-00")
                .contains("3.  IANA Considerations");
        assertThat(Files.readString(rendering.expandedXml(), StandardCharsets.UTF_8))
                .contains("<section anchor=\"iana-considerations\"");
    }

    @Test
    void theExpandedDraftHoldsWhatALocalIncludeNames() throws IOException {
        Files.createDirectories(dir.resolve("sections"));
        Files.writeString(
                dir.resolve("sections/notes.xml"),
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<section anchor=\"notes\">\n  <name>Notes</name>\n"
                        + "  <t>Included from a file below the draft's folder.</t>\n</section>\n",
                StandardCharsets.UTF_8);
        String xml = clean.replace("<rfc version", "<rfc xmlns:xi=\"http://www.w3.org/2001/XInclude\" version")
                .replace(
                        "<section anchor=\"security-considerations\">",
                        "<xi:include href=\"sections/notes.xml\"/>\n<section anchor=\"security-considerations\">");

        Xml2rfc.Rendering rendering = render(xml);

        assertThat(rendering.exitCode()).as(rendering.log()).isZero();
        assertThat(rendering.warnings()).isEmpty();
        assertThat(Files.readString(rendering.expandedXml(), StandardCharsets.UTF_8))
                .contains("<section anchor=\"notes\"")
                .contains("Included from a file below the draft's folder.")
                .doesNotContain("xi:include");
        assertThat(Files.readString(rendering.text(), StandardCharsets.UTF_8)).contains("2.  Notes");
    }

    @Test
    void aLineTooLongForTheTextIsAWarning() throws IOException {
        String xml = clean.replace(
                "<t>Greetings carry no secret.</t>",
                "<t>Greetings carry no secret.</t>\n<artwork>" + "0123456789".repeat(9) + "</artwork>");

        Xml2rfc.Rendering rendering = render(xml);

        assertThat(rendering.exitCode()).isZero();
        assertThat(rendering.warnings()).anySatisfy(line -> assertThat(line).contains("Too long line found"));
    }

    @Test
    void aReferenceToAMissingAnchorIsAnErrorThatFailsTheRun() throws IOException {
        Xml2rfc.Rendering rendering = render(clean.replace("target=\"RFC4271\"/>", "target=\"RFC9999\"/>"));

        assertThat(rendering.exitCode()).isNotZero();
        assertThat(rendering.errors()).anySatisfy(line -> assertThat(line).contains("RFC9999"));
    }

    @Test
    void aRemoteIncludeIsNotFetched() throws IOException {
        String url = "https://bib.ietf.org/public/rfc/bibxml/reference.RFC.2119.xml";
        String xml = clean.replace("<rfc version", "<rfc xmlns:xi=\"http://www.w3.org/2001/XInclude\" version")
                .replace(
                        "<reference anchor=\"RFC4271\"",
                        "<xi:include href=\"" + url + "\"/>\n<reference anchor=\"RFC4271\"");

        Xml2rfc.Rendering rendering = render(xml);

        assertThat(rendering.exitCode()).isNotZero();
        assertThat(rendering.errors()).anySatisfy(line -> assertThat(line).contains(url));
    }

    @Test
    void onlyTheWarningAboutTheDocumentsDateIsSetAside() throws IOException {
        Xml2rfc.Rendering rendering =
                render(clean.replace("<date/>", "<date year=\"2025\" month=\"January\" day=\"1\"/>"));

        assertThat(rendering.exitCode()).as(rendering.log()).isZero();
        assertThat(rendering.messages())
                .singleElement()
                .asString()
                .contains("Warning: " + Xml2rfc.DOCUMENT_DATE_WARNING + "2025-01-01)");
        assertThat(rendering.warnings()).isEmpty();
    }
}
