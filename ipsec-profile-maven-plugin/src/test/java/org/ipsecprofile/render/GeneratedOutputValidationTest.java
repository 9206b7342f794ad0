package org.ipsecprofile.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ipsecprofile.check.Finding;
import org.ipsecprofile.check.ProfileChecker;
import org.ipsecprofile.check.RuleSettings;
import org.ipsecprofile.model.Profile;
import org.ipsecprofile.output.OutputFile;
import org.ipsecprofile.parse.DescriptorParser;
import org.ipsecprofile.render.refs.ReferenceLibrary;
import org.ipsecprofile.validation.DraftSkeleton;
import org.ipsecprofile.validation.KramdownDraft;
import org.ipsecprofile.validation.KramdownRfc;
import org.ipsecprofile.validation.Xml2rfcGrammar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated fragments as the IETF tools see them: the XML placed in a v3 draft validates
 * against xml2rfc's grammar with every xref defined, and the Markdown included in a
 * kramdown-rfc draft converts offline with every citation resolved from references.yaml.
 * Rendered for all the valid test descriptors at once, so every branch of the wording is seen.
 */
class GeneratedOutputValidationTest {

    @TempDir
    Path work;

    private static SortedMap<String, String> renderCorpus() throws Exception {
        DescriptorParser parser = new DescriptorParser();
        ProfileChecker checker = new ProfileChecker(RuleSettings.defaults());
        List<Profile> profiles = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        try (DirectoryStream<Path> files =
                Files.newDirectoryStream(Path.of("src/test/resources/descriptors/valid"), "*.yaml")) {
            List<Path> sorted = new ArrayList<>();
            files.forEach(sorted::add);
            sorted.sort(null);
            for (Path file : sorted) {
                Profile profile = parser.parse(file, file.toString()).profile();
                if (profile == null || ids.contains(profile.id())) {
                    continue;
                }
                ids.add(profile.id());
                profiles.add(profile);
                findings.addAll(checker.check(profile));
            }
        }
        assertThat(profiles).hasSizeGreaterThan(2);
        return new FragmentRenderer(new TemplateEngine(null), ReferenceLibrary.standard())
                .render(new RenderRequest(profiles, findings, EnumSet.allOf(Format.class), 1));
    }

    @Test
    void xmlFragmentsValidateAgainstTheXml2rfcGrammarInADraft() throws Exception {
        SortedMap<String, String> outputs = renderCorpus();
        DraftSkeleton draft = DraftSkeleton.draft();
        outputs.forEach((file, content) -> {
            if (file.matches("xml2rfc/(ipsec-profile-.*|security-considerations)\\.xml")) {
                draft.section(content);
            }
        });
        draft.references(outputs.get("xml2rfc/references-normative.xml"));
        draft.references(outputs.get("xml2rfc/references-informative.xml"));
        String xml = draft.toXml();

        assertThat(Xml2rfcGrammar.validate(xml)).as(xml).isEmpty();
        assertThat(DraftSkeleton.danglingXrefs(xml)).isEmpty();
    }

    @Test
    void bibxmlFilesValidateOneByOne() throws Exception {
        SortedMap<String, String> outputs = renderCorpus();
        List<String> bibxml = outputs.keySet().stream()
                .filter(f -> f.startsWith("xml2rfc/bibxml/"))
                .toList();
        assertThat(bibxml).isNotEmpty();
        DraftSkeleton draft = DraftSkeleton.draft();
        StringBuilder group = new StringBuilder("<references><name>References</name>\n");
        for (String file : bibxml) {
            group.append(DraftSkeleton.inline(outputs.get(file))).append('\n');
        }
        group.append("</references>\n");
        draft.references(group.toString());

        assertThat(Xml2rfcGrammar.validate(draft.toXml())).isEmpty();
    }

    @Test
    void markdownFragmentsConvertOfflineWithKramdownRfc() throws Exception {
        KramdownRfc.assumeAvailable();
        SortedMap<String, String> outputs = renderCorpus();
        Path generated = work.resolve("target/generated-sources/ipsec-profile");
        OutputFile.writeAll(generated, outputs);
        List<String> includes = outputs.keySet().stream()
                .filter(f -> f.startsWith("markdown/") && f.endsWith(".md"))
                .map(f -> "target/generated-sources/ipsec-profile/" + f)
                .toList();
        Path draft = work.resolve("draft-test.md");
        Files.writeString(
                draft,
                KramdownDraft.markdown(outputs.get("markdown/references.yaml"), includes),
                StandardCharsets.UTF_8);

        KramdownRfc.Result result = KramdownRfc.convert(draft, work);

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.warnings()).as(result.stderr()).isEmpty();
        assertThat(result.xml())
                .doesNotContain("BROKEN REFERENCE")
                .doesNotContainPattern("<!ENTITY[^>]*SYSTEM")
                .contains("anchor=\"security-considerations\"");
        for (String file : outputs.keySet()) {
            if (file.matches("markdown/ipsec-profile-.*\\.md")) {
                String anchor = file.substring("markdown/".length(), file.length() - ".md".length());
                assertThat(result.xml()).contains("anchor=\"" + anchor + "\"");
            }
        }
        Matcher cited = Pattern.compile("\\{\\{(RFC\\d+)\\}\\}").matcher(String.join("\n", outputs.values()));
        while (cited.find()) {
            assertThat(result.xml()).contains("<reference anchor=\"" + cited.group(1) + "\"");
        }
    }

    @Test
    void referencesYamlNeverUsesTheFetchingCitationForms() throws Exception {
        SortedMap<String, String> outputs = renderCorpus();
        outputs.forEach((file, content) -> {
            if (file.startsWith("markdown/")) {
                assertThat(content).as(file).doesNotContain("{{!").doesNotContain("{{?");
            }
        });
    }
}
