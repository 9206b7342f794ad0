package org.ipsecprofile.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ipsecprofile.check.Finding;
import org.ipsecprofile.check.ProfileChecker;
import org.ipsecprofile.check.RuleSettings;
import org.ipsecprofile.model.Profile;
import org.ipsecprofile.parse.DescriptorParser;
import org.ipsecprofile.render.refs.ReferenceLibrary;
import org.junit.jupiter.api.Test;

/** Rendering every output for the BGP example, without Maven. */
class FragmentRendererTest {

    static SortedMap<String, String> renderBgp(EnumSet<Format> formats, int headingLevel) throws Exception {
        Profile bgp = new DescriptorParser()
                .parse(Path.of("src/test/resources/descriptors/valid/bgp.yaml"), "src/main/ipsec/bgp.yaml")
                .profile();
        List<Finding> findings = new ProfileChecker(RuleSettings.defaults()).check(bgp);
        return new FragmentRenderer(new TemplateEngine(null), ReferenceLibrary.standard())
                .render(new RenderRequest(List.of(bgp), findings, formats, headingLevel));
    }

    @Test
    void writesEveryOutputOfSpecSection5() throws Exception {
        SortedMap<String, String> outputs = renderBgp(EnumSet.allOf(Format.class), 1);

        assertThat(outputs)
                .containsKeys(
                        "xml2rfc/ipsec-profile-bgp.xml",
                        "xml2rfc/security-considerations.xml",
                        "xml2rfc/references-normative.xml",
                        "xml2rfc/references-informative.xml",
                        "markdown/ipsec-profile-bgp.md",
                        "markdown/security-considerations.md",
                        "markdown/references.yaml",
                        "text/ipsec-profile-bgp.txt",
                        "text/security-considerations.txt");
    }

    @Test
    void everyCitedRfcHasABibxmlFileAndAnEntryInReferencesYaml() throws Exception {
        SortedMap<String, String> outputs = renderBgp(EnumSet.allOf(Format.class), 1);
        String xml = outputs.get("xml2rfc/ipsec-profile-bgp.xml") + outputs.get("xml2rfc/security-considerations.xml");
        Matcher cited = Pattern.compile("<xref target=\"(RFC\\d+)\"").matcher(xml);
        int count = 0;
        while (cited.find()) {
            String anchor = cited.group(1);
            count++;
            assertThat(outputs).containsKey("xml2rfc/bibxml/reference.RFC." + anchor.substring(3) + ".xml");
            assertThat(outputs.get("markdown/references.yaml")).contains("\n  " + anchor + ":\n");
            assertThat(outputs.get("xml2rfc/references-normative.xml")
                            + outputs.get("xml2rfc/references-informative.xml"))
                    .containsOnlyOnce("anchor=\"" + anchor + "\"");
        }
        assertThat(count).isPositive();
    }

    @Test
    void theKeywordsOfTheBgpSectionsBringBcp14AsNormativeReferencesInEveryForm() throws Exception {
        SortedMap<String, String> outputs = renderBgp(EnumSet.allOf(Format.class), 1);
        String yaml = outputs.get("markdown/references.yaml");
        String normativeYaml = yaml.substring(yaml.indexOf("\nnormative:\n"), yaml.indexOf("\ninformative:\n"));
        // kramdown-rfc's BCP 14 boilerplate cites them as normative, taking their entries from ref:
        String refYaml = yaml.substring(yaml.indexOf("\nref:\n"));

        for (String number : List.of("2119", "8174")) {
            assertThat(outputs.get("xml2rfc/references-normative.xml"))
                    .contains("<reference anchor=\"RFC" + number + "\"")
                    .contains("<seriesInfo name=\"BCP\" value=\"14\"/>");
            assertThat(outputs.get("xml2rfc/references-informative.xml")).doesNotContain("RFC" + number);
            assertThat(outputs).containsKey("xml2rfc/bibxml/reference.RFC." + number + ".xml");
            assertThat(refYaml).contains("\n  RFC" + number + ":\n");
            assertThat(normativeYaml).doesNotContain("RFC" + number);
        }
    }

    @Test
    void textOutputsStayWithinSeventyTwoColumns() throws Exception {
        renderBgp(EnumSet.of(Format.TEXT), 1)
                .forEach((file, text) -> assertThat(text.lines())
                        .as(file)
                        .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(72)));
    }

    @Test
    void outputIsTheSameWhateverTheLocaleAndTimeZone() throws Exception {
        SortedMap<String, String> reference = renderBgp(EnumSet.allOf(Format.class), 1);
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            assertThat(renderBgp(EnumSet.allOf(Format.class), 1)).isEqualTo(reference);
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }

    @Test
    void outputsUseUnixLineEndsAndNoReservedAnchorPrefix() throws Exception {
        renderBgp(EnumSet.allOf(Format.class), 1).forEach((file, text) -> {
            assertThat(text).as(file).doesNotContain("\r").endsWith("\n");
            Matcher anchors =
                    Pattern.compile("anchor=\"([^\"]+)\"|\\{#([^}]+)\\}").matcher(text);
            while (anchors.find()) {
                String anchor = anchors.group(1) != null ? anchors.group(1) : anchors.group(2);
                assertThat(anchor)
                        .as(file)
                        .matches("[A-Za-z_][A-Za-z0-9_.-]*")
                        .doesNotStartWith("section-")
                        .doesNotStartWith("figure-")
                        .doesNotStartWith("table-")
                        .doesNotStartWith("iref-")
                        .doesNotStartWith("u-");
            }
        });
    }

    @Test
    void markdownHeadingsFollowTheConfiguredLevel() throws Exception {
        SortedMap<String, String> outputs = renderBgp(EnumSet.of(Format.MARKDOWN), 3);

        assertThat(outputs.get("markdown/ipsec-profile-bgp.md"))
                .startsWith("### ")
                .contains("{#ipsec-profile-bgp}");
        assertThat(outputs.get("markdown/security-considerations.md"))
                .startsWith("### Security Considerations {#security-considerations}");
    }
}
