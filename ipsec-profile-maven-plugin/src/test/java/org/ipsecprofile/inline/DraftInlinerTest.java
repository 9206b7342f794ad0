package org.ipsecprofile.inline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import org.ipsecprofile.check.RuleSettings;
import org.ipsecprofile.project.CheckRequest;
import org.ipsecprofile.project.CheckResult;
import org.ipsecprofile.project.ProjectChecker;
import org.ipsecprofile.render.Format;
import org.ipsecprofile.render.FragmentRenderer;
import org.ipsecprofile.render.RenderRequest;
import org.ipsecprofile.render.TemplateEngine;
import org.ipsecprofile.render.refs.ReferenceLibrary;
import org.ipsecprofile.validation.DraftSkeleton;
import org.ipsecprofile.validation.Xml2rfcGrammar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPEC §5.1 {@code inlineDrafts}: includes of generated fragments are replaced, everything else kept. */
class DraftInlinerTest {

    private static final String SECTION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- generated -->\n"
            + "<section anchor=\"ipsec-profile-bgp\"><name>IPsec Profile</name><t>Text.</t></section>\n";

    @TempDir
    Path project;

    private DraftInliner inliner(Map<String, String> generated) {
        return new DraftInliner(project.resolve("target/generated-sources/ipsec-profile"), generated);
    }

    private DraftInliner.Result inline(String draft) {
        return inliner(Map.of("xml2rfc/ipsec-profile-bgp.xml", SECTION)).inline(draft, project);
    }

    @Test
    void replacesAnIncludeOfAGeneratedFragmentWithItsContent() {
        String draft = "<rfc xmlns:xi=\"http://www.w3.org/2001/XInclude\">\n  <middle>\n"
                + "    <xi:include href=\"target/generated-sources/ipsec-profile/xml2rfc/ipsec-profile-bgp.xml\"/>\n"
                + "  </middle>\n</rfc>\n";

        DraftInliner.Result result = inline(draft);

        assertThat(result.text())
                .isEqualTo("<rfc xmlns:xi=\"http://www.w3.org/2001/XInclude\">\n  <middle>\n"
                        + "    <!-- generated -->\n<section anchor=\"ipsec-profile-bgp\"><name>IPsec Profile</name>"
                        + "<t>Text.</t></section>\n  </middle>\n</rfc>\n");
        assertThat(result.includes())
                .containsExactly(new DraftInliner.Include(
                        3, "target/generated-sources/ipsec-profile/xml2rfc/ipsec-profile-bgp.xml", true));
        assertThat(result.rootElement()).isEqualTo("rfc");
    }

    @Test
    void keepsEverythingElseByteForByte() {
        String draft =
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<!DOCTYPE rfc [\r\n  <!ENTITY nbsp \"&#160;\">\r\n"
                        + "  <!ENTITY bgp \"<xi:include href='x.xml'/>\">\r\n]>\r\n"
                        + "<rfc xmlns:xi=\"http://www.w3.org/2001/XInclude\"   version='3'>\r\n"
                        + "<!-- <xi:include href=\"target/generated-sources/ipsec-profile/xml2rfc/ipsec-profile-bgp.xml\"/> -->\r\n"
                        + "<t>a&nbsp;b &amp; <![CDATA[ <xi:include href=\"target/generated-sources/ipsec-profile/xml2rfc/ipsec-profile-bgp.xml\"/> ]]></t>\r\n"
                        + "<xi:include href=\"https://bib.ietf.org/public/rfc/bibxml/reference.RFC.2119.xml\"/>\r\n"
                        + "<xi:include href=\"notes.xml\"/>\r\n"
                        + "<xi:include href=\"target/generated-sources/ipsec-profile/xml2rfc/ipsec-profile-bgp.xml\" parse=\"text\"/>\r\n"
                        + "</rfc>\r\n";

        DraftInliner.Result result = inline(draft);

        assertThat(result.text()).isEqualTo(draft);
        assertThat(result.inlinedCount()).isZero();
        assertThat(result.includes()).extracting(DraftInliner.Include::line).containsExactly(9, 10, 11);
    }

    @Test
    void followsTheNamespaceNotThePrefix() {
        String draft = "<rfc xmlns:inc=\"http://www.w3.org/2001/XInclude\" xmlns:xi=\"urn:other\">"
                + "<xi:include href=\"target/generated-sources/ipsec-profile/xml2rfc/ipsec-profile-bgp.xml\"/>"
                + "<inc:include href=\"target/generated-sources/ipsec-profile/xml2rfc/ipsec-profile-bgp.xml\"/>"
                + "<include xmlns=\"http://www.w3.org/2001/XInclude\""
                + " href=\"./target/generated-sources/ipsec-profile/xml2rfc/../xml2rfc/ipsec-profile-bgp.xml\"/></rfc>";

        DraftInliner.Result result = inline(draft);

        assertThat(result.inlinedCount()).isEqualTo(2);
        assertThat(result.text())
                .startsWith("<rfc xmlns:inc=\"http://www.w3.org/2001/XInclude\" xmlns:xi=\"urn:other\">"
                        + "<xi:include href=")
                .doesNotContain("inc:include")
                .doesNotContain("<include ");
    }

    @Test
    void replacesAnIncludeWithAFallbackWhole() {
        String draft = "<rfc xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include"
                + " href=\"target/generated-sources/ipsec-profile/xml2rfc/ipsec-profile-bgp.xml\">"
                + "<xi:fallback><t>none</t></xi:fallback></xi:include><t>after</t></rfc>";

        assertThat(inline(draft).text())
                .doesNotContain("xi:include")
                .doesNotContain("fallback")
                .endsWith("</section><t>after</t></rfc>");
    }

    @Test
    void resolvesHrefsFromTheDraftsFolderWithEscapesAndEntities() {
        DraftInliner inliner = new DraftInliner(project.resolve("out dir"), Map.of("xml2rfc/a&b.xml", SECTION));
        String draft = "<rfc xmlns:xi=\"http://www.w3.org/2001/XInclude\">"
                + "<xi:include href=\"../out%20dir/xml2rfc/a&amp;b.xml\"/></rfc>";

        DraftInliner.Result result = inliner.inline(draft, project.resolve("drafts"));

        assertThat(result.inlinedCount()).isOne();
        assertThat(result.includes().get(0).href()).isEqualTo("../out%20dir/xml2rfc/a&b.xml");
    }

    @Test
    void aGeneratedDraftInlinedValidatesAgainstTheV3Grammar() throws Exception {
        java.nio.file.Files.createDirectories(project.resolve("src/main/ipsec"));
        java.nio.file.Files.copy(
                Path.of("src/test/resources/descriptors/valid/bgp.yaml"), project.resolve("src/main/ipsec/bgp.yaml"));
        CheckResult checked = new ProjectChecker()
                .check(new CheckRequest(
                        project, project.resolve("src/main/ipsec"), null, null, RuleSettings.defaults()));
        SortedMap<String, String> generated = new FragmentRenderer(
                        new TemplateEngine(null), ReferenceLibrary.standard())
                .render(new RenderRequest(checked.profiles(), checked.findings(), Set.of(Format.XML2RFC), 1));
        String dir = "target/generated-sources/ipsec-profile/xml2rfc/";
        String draft = DraftSkeleton.draft()
                .section("<xi:include href=\"" + dir + "ipsec-profile-bgp.xml\"/>")
                .section("<xi:include href=\"" + dir + "security-considerations.xml\"/>")
                .references("<references><name>References</name>\n"
                        + "<xi:include href=\"" + dir + "references-normative.xml\"/>\n"
                        + "<xi:include href=\"" + dir + "references-informative.xml\"/>\n</references>")
                .toXml();

        DraftInliner.Result result = inliner(generated).inline(draft, project);

        assertThat(result.inlinedCount()).isEqualTo(4);
        assertThat(result.text()).doesNotContain("xi:include").contains("<section anchor=\"ipsec-profile-bgp\"");
        assertThat(Xml2rfcGrammar.validate(result.text())).isEmpty();
        assertThat(DraftSkeleton.danglingXrefs(result.text())).isEmpty();
    }

    @Test
    void bodyDropsTheXmlDeclarationAndTheFinalLineBreak() {
        assertThat(DraftInliner.body("\uFEFF<?xml version=\"1.0\"?>\n\n<t/>\n")).isEqualTo("<t/>");
        assertThat(DraftInliner.body("<t/>")).isEqualTo("<t/>");
    }
}
