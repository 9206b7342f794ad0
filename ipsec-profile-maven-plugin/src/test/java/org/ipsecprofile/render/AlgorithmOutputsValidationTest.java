package org.ipsecprofile.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.ipsecprofile.check.Finding;
import org.ipsecprofile.check.ProfileChecker;
import org.ipsecprofile.check.ProfileFixtures;
import org.ipsecprofile.check.RuleSettings;
import org.ipsecprofile.model.Algorithms;
import org.ipsecprofile.model.IkeMode;
import org.ipsecprofile.model.IkeVersion;
import org.ipsecprofile.model.Profile;
import org.ipsecprofile.model.SecurityProtocol;
import org.ipsecprofile.model.Transform;
import org.ipsecprofile.output.OutputFile;
import org.ipsecprofile.parse.DescriptorParser;
import org.ipsecprofile.render.refs.ReferenceLibrary;
import org.ipsecprofile.validation.DraftSkeleton;
import org.ipsecprofile.validation.KramdownDraft;
import org.ipsecprofile.validation.KramdownRfc;
import org.ipsecprofile.validation.Xml2rfc;
import org.ipsecprofile.validation.Xml2rfcGrammar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outputs of profiles that name algorithms (built in Java, and the parser's corpus of
 * descriptors with {@code algorithms} keys), as the IETF tools see them: valid against xml2rfc's grammar, rendered by the
 * real xml2rfc without a warning in a draft with the BCP 14 boilerplate, converted offline by
 * kramdown-rfc, and text within 72 columns.
 */
class AlgorithmOutputsValidationTest {

    /** The BCP 14 boilerplate as an xml2rfc draft writes it, citing the two generated references. */
    private static final String CONVENTIONS = """
            <section anchor="conventions"><name>Conventions and Definitions</name>
            <t>The key words "MUST", "MUST NOT", "REQUIRED", "SHALL", "SHALL NOT", "SHOULD", "SHOULD NOT",
            "RECOMMENDED", "NOT RECOMMENDED", "MAY", and "OPTIONAL" in this document are to be interpreted as
            described in BCP 14 <xref target="RFC2119"/> <xref target="RFC8174"/> when, and only when, they
            appear in all capitals, as shown here.</t></section>
            """;

    @TempDir
    Path work;

    private static SortedMap<String, String> render() throws Exception {
        Algorithms lists = new Algorithms(
                true,
                List.of(Transform.ENCR_AES_GCM_16, Transform.ENCR_AES_CBC, Transform.ENCR_CHACHA20_POLY1305),
                List.of(Transform.AUTH_NONE, Transform.AUTH_HMAC_SHA2_256_128),
                List.of(),
                List.of(Transform.ENCR_AES_CBC, Transform.ENCR_AES_GCM_16),
                List.of(Transform.PRF_HMAC_SHA2_256, Transform.PRF_HMAC_SHA2_512),
                List.of(Transform.AUTH_HMAC_SHA2_256_128),
                List.of(14, 19, 31));
        Algorithms ahOnly = new Algorithms(
                false,
                List.of(),
                List.of(),
                List.of(Transform.AUTH_HMAC_SHA2_256_128),
                List.of(),
                List.of(),
                List.of(),
                List.of());
        List<Profile> profiles = List.of(
                ProfileFixtures.bgp()
                        .id("modern")
                        .protocolName("Modern")
                        .ipsecVersion(3)
                        .ikeVersion(IkeVersion.IKEV2)
                        .ikeModes()
                        .algorithms(lists)
                        .build(),
                ProfileFixtures.bgp()
                        .id("legacy")
                        .protocolName("Legacy")
                        .ipsecVersion(3)
                        .ikeVersion(IkeVersion.IKEV1)
                        .ikeModes(IkeMode.MAIN)
                        .algorithms(AlgorithmsCompanion.ONLY)
                        .build(),
                ProfileFixtures.bgp()
                        .id("header")
                        .protocolName("Header")
                        .ipsecVersion(3)
                        .protocols(SecurityProtocol.AH)
                        .protectionMandatoryToImplement(null)
                        .ikeVersion(IkeVersion.IKEV2)
                        .ikeModes()
                        .algorithms(ahOnly)
                        .build());
        List<Profile> all = new ArrayList<>(profiles);
        all.addAll(parsedAlgorithmsCorpus());
        ProfileChecker checker = new ProfileChecker(RuleSettings.defaults());
        List<Finding> findings = new ArrayList<>();
        all.forEach(p -> findings.addAll(checker.check(p)));
        return new FragmentRenderer(new TemplateEngine(null), ReferenceLibrary.standard())
                .render(new RenderRequest(all, findings, EnumSet.allOf(Format.class), 1));
    }

    /** The parser's corpus of descriptors with {@code algorithms} keys, read from YAML. */
    private static List<Profile> parsedAlgorithmsCorpus() throws Exception {
        DescriptorParser parser = new DescriptorParser();
        List<Profile> parsed = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/descriptors/algorithms"))) {
            for (Path file : files.sorted().toList()) {
                Profile profile = parser.parse(file, file.toString()).profile();
                assertThat(profile).as(file.toString()).isNotNull();
                parsed.add(profile);
            }
        }
        assertThat(parsed).anyMatch(p -> p.algorithms().anyListed());
        return parsed;
    }

    /** Companion documents and no list. */
    private static final class AlgorithmsCompanion {
        static final Algorithms ONLY =
                new Algorithms(true, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static String draft(SortedMap<String, String> outputs) {
        DraftSkeleton draft = DraftSkeleton.draft().section(CONVENTIONS);
        outputs.forEach((file, content) -> {
            if (file.matches("xml2rfc/(ipsec-profile-.*|security-considerations)\\.xml")) {
                draft.section(content);
            }
        });
        draft.references(outputs.get("xml2rfc/references-normative.xml"));
        draft.references(outputs.get("xml2rfc/references-informative.xml"));
        return draft.toXml();
    }

    @Test
    void theXmlIsValidAndTheRealXml2rfcRendersItWithoutAWarning() throws Exception {
        String xml = draft(render());

        assertThat(Xml2rfcGrammar.validate(xml)).as(xml).isEmpty();
        assertThat(DraftSkeleton.danglingXrefs(xml)).isEmpty();

        Xml2rfc.assumeAvailable();
        Path file = Files.writeString(work.resolve("draft-ipsecprofile-harness-00.xml"), xml, StandardCharsets.UTF_8);
        Xml2rfc.Rendering rendering = Xml2rfc.render(file, work.resolve("out"));
        assertThat(rendering.exitCode()).as(rendering.log()).isZero();
        assertThat(rendering.warnings()).as(rendering.log()).isEmpty();
        assertThat(rendering.errors()).as(rendering.log()).isEmpty();
    }

    @Test
    void theMarkdownConvertsOfflineWithKramdownRfc() throws Exception {
        KramdownRfc.assumeAvailable();
        SortedMap<String, String> outputs = render();
        OutputFile.writeAll(work.resolve("target/generated-sources/ipsec-profile"), outputs);
        List<String> includes = outputs.keySet().stream()
                .filter(f -> f.startsWith("markdown/") && f.endsWith(".md"))
                .map(f -> "target/generated-sources/ipsec-profile/" + f)
                .toList();
        Path draft = Files.writeString(
                work.resolve("draft-test.md"),
                KramdownDraft.markdown(outputs.get("markdown/references.yaml"), includes),
                StandardCharsets.UTF_8);

        KramdownRfc.Result result = KramdownRfc.convert(draft, work);

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.warnings()).as(result.stderr()).isEmpty();
        assertThat(result.xml())
                .doesNotContain("BROKEN REFERENCE")
                .contains("<reference anchor=\"RFC8221\"", "<reference anchor=\"RFC8247\"")
                .contains("<reference anchor=\"RFC7696\"", "<reference anchor=\"RFC9395\"");
    }

    @Test
    void theTextStaysWithinSeventyTwoColumns() throws Exception {
        render().forEach((file, content) -> {
            if (file.startsWith("text/")) {
                content.lines()
                        .forEach(line ->
                                assertThat(line.length()).as(file + ": " + line).isLessThanOrEqualTo(72));
            }
        });
    }
}
