package org.ipsecprofile.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ipsecprofile.check.RuleSettings;
import org.ipsecprofile.output.OutputFile;
import org.ipsecprofile.project.CheckRequest;
import org.ipsecprofile.project.CheckResult;
import org.ipsecprofile.project.ProjectChecker;
import org.ipsecprofile.render.refs.ReferenceLibrary;
import org.ipsecprofile.validation.Idnits;
import org.ipsecprofile.validation.Idnits.Severity;
import org.ipsecprofile.validation.KramdownRfc;
import org.ipsecprofile.validation.Xml2rfc;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled example drafts ({@code it/bgp-example}) through the IETF's own tools, without Maven:
 * the fragments rendered by the core into a copy of the example, the xml2rfc draft rendered by
 * xml2rfc without a warning and its {@code --expand}ed XML checked by idnits, the kramdown-rfc
 * draft converted by kramdown-rfc, rendered by xml2rfc without a warning and its text checked by
 * idnits. The nits must be exactly today's known ones below: a new nit fails the test, and so
 * does a known one that disappears, so the fix that removes it empties its entry deliberately.
 *
 * <p>Nits that need the network or concern the date or file name are left out ({@link
 * Idnits.Report#nits()}). Nits in text are compared without their line, which moves with any change
 * of wording above it; nits in XML with the element path idnits gives.
 */
class ExampleDraftsIdnitsTest {

    /** The example, relative to the plugin module (where Maven runs the tests). */
    private static final Path EXAMPLE = Path.of("../it/bgp-example");

    /** What a nit is compared by: all but its line positions. */
    record KnownNit(Severity severity, String code, String description, String path) {
        static KnownNit of(Idnits.Nit nit) {
            return new KnownNit(nit.severity(), nit.code(), nit.description(), nit.path());
        }
    }

    /** Today's nits of draft-example-bgp-ipsec.xml, expanded. */
    private static final List<KnownNit> KNOWN_XML_NITS = List.of(
            // The draft wraps its two generated reference groups in one <references> named
            // "References"; idnits wants each group's name to say Normative or Informative.
            new KnownNit(
                    Severity.ERROR,
                    "INVALID_REFERENCES_NAME",
                    "The references section <name> element should be either Normative or Informative.",
                    "rfc.back.references[0].name"),
            // The draft has no IANA Considerations section.
            new KnownNit(
                    Severity.ERROR,
                    "MISSING_IANA_CONSIDERATIONS_SECTION",
                    "The IANA considerations section is missing.",
                    null),
            // The draft's abstract names the plugin, "ipsec-profile-maven-plugin".
            new KnownNit(
                    Severity.COMMENT,
                    "INCORRECT_TERM_SPELLING",
                    "\"ipsec\" should be spelled as IPsec.",
                    "rfc.front.abstract.t"));

    /** Today's nits of the text xml2rfc renders from kramdown-rfc's XML of draft-example-bgp-ipsec.md. */
    private static final List<KnownNit> KNOWN_MARKDOWN_NITS = List.of(
            // The draft has no IANA Considerations section.
            new KnownNit(
                    Severity.ERROR,
                    "MISSING_IANA_CONSIDERATIONS_SECTION",
                    "The IANA considerations section is missing.",
                    null),
            // kramdown-rfc's BCP 14 boilerplate cites RFC 2119 and RFC 8174, not BCP 14 itself.
            new KnownNit(
                    Severity.WARNING,
                    "PREFER_BCP14_REF",
                    "Consider referencing BCP14 instead of (or in addition to) RFC2119/RFC8174, as BCP14"
                            + " encompasses both specifications.",
                    null),
            // The draft's name on the first page, "draft-example-bgp-ipsec-md-00", and its abstract,
            // which names the plugin, "ipsec-profile-maven-plugin".
            new KnownNit(Severity.COMMENT, "INCORRECT_TERM_SPELLING", "\"ipsec\" should be spelled as IPsec.", null),
            new KnownNit(Severity.COMMENT, "INCORRECT_TERM_SPELLING", "\"ipsec\" should be spelled as IPsec.", null));

    private static final Pattern DOCNAME = Pattern.compile("^docname: *(\\S+)$", Pattern.MULTILINE);

    @TempDir
    Path work;

    private Path project;

    @BeforeEach
    void copyTheExampleAndGenerateItsFragments() throws Exception {
        Xml2rfc.assumeAvailable();
        Idnits.assumeAvailable();
        project = work.resolve("bgp-example");
        try (Stream<Path> files = Files.walk(EXAMPLE)) {
            for (Path file : files.toList()) {
                Path relative = EXAMPLE.relativize(file);
                if (relative.startsWith("target")) {
                    continue;
                }
                Path copy = project.resolve(relative.toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        CheckResult checked = new ProjectChecker()
                .check(new CheckRequest(
                        project, project.resolve("src/main/ipsec"), null, null, RuleSettings.defaults()));
        assertThat(checked.profiles()).hasSize(1);
        OutputFile.writeAll(
                project.resolve("target/generated-sources/ipsec-profile"),
                new FragmentRenderer(new TemplateEngine(null), ReferenceLibrary.standard())
                        .render(new RenderRequest(
                                checked.profiles(), checked.findings(), EnumSet.allOf(Format.class), 1)));
    }

    @Test
    void theXmlDraftRendersWithoutWarningAndHasOnlyTheKnownNits() throws IOException {
        Xml2rfc.Rendering rendering =
                Xml2rfc.render(project.resolve("draft-example-bgp-ipsec.xml"), work.resolve("xml2rfc"));

        assertThat(rendering.exitCode()).as(rendering.log()).isZero();
        assertThat(rendering.warnings()).as(rendering.log()).isEmpty();
        assertThat(rendering.errors()).as(rendering.log()).isEmpty();
        assertThat(Files.readString(rendering.expandedXml(), StandardCharsets.UTF_8))
                .contains("<section anchor=\"ipsec-profile-bgp\"")
                .contains("<section anchor=\"security-considerations\"")
                .doesNotContain("xi:include");

        List<Idnits.Nit> nits = Idnits.check(rendering.expandedXml()).nits();

        assertThat(nits.stream().map(KnownNit::of).toList())
                .as("idnits on the expanded draft-example-bgp-ipsec.xml: %s", nits)
                .containsExactlyInAnyOrderElementsOf(KNOWN_XML_NITS);
    }

    @Test
    void theMarkdownDraftRendersWithoutWarningAndHasOnlyTheKnownNits() throws IOException {
        KramdownRfc.assumeAvailable();
        Path markdown = project.resolve("draft-example-bgp-ipsec.md");
        KramdownRfc.Result converted = KramdownRfc.convert(markdown, project);
        assertThat(converted.exitCode()).as(converted.stderr()).isZero();
        assertThat(converted.warnings()).as(converted.stderr()).isEmpty();
        Matcher docname = DOCNAME.matcher(Files.readString(markdown, StandardCharsets.UTF_8));
        assertThat(docname.find()).as("the draft's header names it (docname:)").isTrue();
        // named as the draft, so that idnits reads the rendered text as an Internet-Draft
        Path xml = Files.writeString(
                Files.createDirectories(work.resolve("kramdown-rfc")).resolve(docname.group(1) + ".xml"),
                converted.xml(),
                StandardCharsets.UTF_8);

        Xml2rfc.Rendering rendering = Xml2rfc.render(xml, work.resolve("xml2rfc"));

        assertThat(rendering.exitCode()).as(rendering.log()).isZero();
        assertThat(rendering.warnings()).as(rendering.log()).isEmpty();
        assertThat(rendering.errors()).as(rendering.log()).isEmpty();
        assertThat(Files.readString(rendering.text(), StandardCharsets.UTF_8))
                .contains("IPsec Profile")
                .contains("Security Considerations");

        List<Idnits.Nit> nits = Idnits.check(rendering.text()).nits();

        assertThat(nits.stream().map(KnownNit::of).toList())
                .as("idnits on the text of draft-example-bgp-ipsec.md: %s", nits)
                .containsExactlyInAnyOrderElementsOf(KNOWN_MARKDOWN_NITS);
    }
}
