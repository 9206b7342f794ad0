package org.ipsecprofile.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipsecprofile.render.content.Keyword;
import org.ipsecprofile.render.content.Paragraph;
import org.ipsecprofile.render.content.Section;
import org.ipsecprofile.render.content.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The FreeMarker set-up: override fallback, escaping, the sandbox, and error messages. */
class TemplateEngineTest {

    @TempDir
    Path overrides;

    private static final Section SECTION = new Section(
            "ipsec-profile-x",
            "Title <&> *x*",
            List.of(Paragraph.of(new Text("Peers "), new Keyword("MUST"), new Text(" use <ESP> & {{RFC1}}"))),
            List.of());

    private void override(String name, String content) throws IOException {
        Path file = overrides.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private static Map<String, Object> root() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("section", SECTION);
        root.put("headingLevel", 2);
        return root;
    }

    @Test
    void anOverrideReplacesOnlyTheTemplateWithItsPath() throws Exception {
        override("layout/text/ipsec-profile.txt.ftl", "custom ${section.anchor}\n");
        TemplateEngine engine = new TemplateEngine(overrides);

        assertThat(engine.render("layout/text/ipsec-profile.txt.ftl", root())).isEqualTo("custom ipsec-profile-x\n");
        assertThat(engine.render("layout/text/security-considerations.txt.ftl", root()))
                .startsWith("Title <&> *x*\n");
    }

    @Test
    void anOverrideCanImportTheDefaultMacros() throws Exception {
        override(
                "layout/text/ipsec-profile.txt.ftl",
                "<#import \"blocks.txt.ftl\" as b>\nBEGIN\n<@b.section section/>\n");

        String text = new TemplateEngine(overrides).render("layout/text/ipsec-profile.txt.ftl", root());

        assertThat(text).startsWith("BEGIN\nTitle <&> *x*\n\n   Peers MUST use <ESP> & {{RFC1}}\n");
    }

    @Test
    void aTextRenderedFromTheSameObjectsIsRenderedOnceAndOtherObjectsRenderAgain() throws Exception {
        override("layout/text/counted.txt.ftl", "${title} ${section.anchor}\n");
        TemplateEngine engine = new TemplateEngine(overrides);
        Section other = new Section("other", "Other", List.of(), List.of());

        String first = engine.renderShared("layout/text/counted.txt.ftl", Map.of("title", "a", "section", SECTION));
        String again = engine.renderShared("layout/text/counted.txt.ftl", Map.of("title", "a", "section", SECTION));
        String otherTitle =
                engine.renderShared("layout/text/counted.txt.ftl", Map.of("title", "b", "section", SECTION));
        String otherSection =
                engine.renderShared("layout/text/counted.txt.ftl", Map.of("title", "a", "section", other));

        assertThat(first).isEqualTo("a ipsec-profile-x\n");
        assertThat(again)
                .as("not rendered again: the very text of the first render")
                .isSameAs(first);
        assertThat(otherTitle).isEqualTo("b ipsec-profile-x\n");
        assertThat(otherSection).isEqualTo("a other\n");
    }

    @Test
    void xmlTemplatesEscapeValues() throws Exception {
        String xml = new TemplateEngine(null).render("layout/xml2rfc/ipsec-profile.xml.ftlx", withProfileFile(root()));

        assertThat(xml)
                .contains("<name>Title &lt;&amp;&gt; *x*</name>")
                .contains("<t>Peers <bcp14>MUST</bcp14> use &lt;ESP&gt; &amp; {{RFC1}}</t>");
    }

    @Test
    void markdownTemplatesEscapeValuesForKramdown() throws Exception {
        String markdown = new TemplateEngine(null).render("layout/markdown/ipsec-profile.md.ftl", root());

        assertThat(markdown)
                .startsWith("## Title \\<&amp;\\> \\*x\\* {#ipsec-profile-x}\n")
                .contains("Peers MUST use \\<ESP\\> &amp; \\{\\{RFC1\\}\\}");
    }

    @Test
    void textIsFilledToSeventyTwoColumns() throws Exception {
        Section longSection = new Section("a", "T", List.of(Paragraph.of(new Text("word ".repeat(60)))), List.of());
        Map<String, Object> root = root();
        root.put("section", longSection);

        String text = new TemplateEngine(null).render("layout/text/ipsec-profile.txt.ftl", root);

        assertThat(text.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(72));
        assertThat(text.lines().filter(l -> l.startsWith("   word"))).hasSizeGreaterThan(3);
    }

    @Test
    void templatesCannotInstantiateJavaClasses() throws Exception {
        override(
                "layout/text/ipsec-profile.txt.ftl",
                "line one\n${\"freemarker.template.utility.Execute\"?new()(\"id\")}\n");

        assertThatThrownBy(() -> new TemplateEngine(overrides).render("layout/text/ipsec-profile.txt.ftl", root()))
                .isInstanceOf(TemplateProblem.class)
                .hasMessageStartingWith(
                        "Template layout/text/ipsec-profile.txt.ftl (override in " + overrides + ") line 2");
    }

    @Test
    void templatesCannotReachTheJavaApi() throws Exception {
        override("layout/text/ipsec-profile.txt.ftl", "${section?api.getClass()}\n");

        assertThatThrownBy(() -> new TemplateEngine(overrides).render("layout/text/ipsec-profile.txt.ftl", root()))
                .isInstanceOf(TemplateProblem.class)
                .hasMessageContaining("line 1");
    }

    @Test
    void templatesSeeDataNotObjectsWithMethods() throws Exception {
        override("layout/text/ipsec-profile.txt.ftl", "${section.blocks?size}\n${section.getClass()}\n");

        assertThatThrownBy(() -> new TemplateEngine(overrides).render("layout/text/ipsec-profile.txt.ftl", root()))
                .isInstanceOf(TemplateProblem.class)
                .hasMessageContaining("line 2");
    }

    @Test
    void templatesCannotIncludeFilesOutsideTheTemplateDirectories() throws Exception {
        Files.writeString(overrides.resolveSibling("secret.txt"), "secret");
        override("layout/text/ipsec-profile.txt.ftl", "<#include \"../../secret.txt\">\n");

        assertThatThrownBy(() -> new TemplateEngine(overrides).render("layout/text/ipsec-profile.txt.ftl", root()))
                .isInstanceOf(TemplateProblem.class)
                .hasMessageContaining("line 1")
                .hasMessageNotContaining("secret\n");
    }

    @Test
    void aSyntaxErrorNamesTheTemplateLineAndColumn() throws Exception {
        override(
                "layout/xml2rfc/ipsec-profile.xml.ftlx",
                "<?xml version=\"1.0\"?>\n<x>\n  <#if section.anchor>\n</x>\n");

        assertThatThrownBy(() -> new TemplateEngine(overrides).render("layout/xml2rfc/ipsec-profile.xml.ftlx", root()))
                .isInstanceOf(TemplateProblem.class)
                .hasMessageMatching(
                        "(?s)Template layout/xml2rfc/ipsec-profile\\.xml\\.ftlx \\(override in .*\\) line \\d+, column \\d+: syntax error: .*");
    }

    @Test
    void aTemplatePreparedAheadFailsItsRenderWithTheSameMessage() throws Exception {
        override(
                "layout/xml2rfc/ipsec-profile.xml.ftlx",
                "<?xml version=\"1.0\"?>\n<x>\n  <#if section.anchor>\n</x>\n");
        String unprepared = renderFailure(new TemplateEngine(overrides), "layout/xml2rfc/ipsec-profile.xml.ftlx");
        String missing = renderFailure(new TemplateEngine(overrides), "layout/text/nothing.txt.ftl");

        TemplateEngine prepared = new TemplateEngine(overrides);
        prepared.prepare("layout/xml2rfc/ipsec-profile.xml.ftlx");
        prepared.prepare("layout/text/nothing.txt.ftl");

        assertThat(renderFailure(prepared, "layout/xml2rfc/ipsec-profile.xml.ftlx"))
                .isEqualTo(unprepared)
                .contains("line 4, column 5: syntax error");
        assertThat(renderFailure(prepared, "layout/text/nothing.txt.ftl")).isEqualTo(missing);
    }

    @Test
    void aPreparedTemplateRendersAsAnUnpreparedOne() throws Exception {
        TemplateEngine prepared = new TemplateEngine(null);
        prepared.prepare("layout/markdown/ipsec-profile.md.ftl");

        assertThat(prepared.render("layout/markdown/ipsec-profile.md.ftl", root()))
                .isEqualTo(new TemplateEngine(null).render("layout/markdown/ipsec-profile.md.ftl", root()));
    }

    private String renderFailure(TemplateEngine engine, String template) {
        try {
            engine.render(template, root());
        } catch (TemplateProblem e) {
            return e.getMessage();
        }
        throw new AssertionError(template + " rendered without failing");
    }

    @Test
    void aMissingTemplateSaysWhereItWasLookedFor() {
        assertThatThrownBy(() -> new TemplateEngine(overrides).render("layout/text/nothing.txt.ftl", root()))
                .isInstanceOf(TemplateProblem.class)
                .hasMessage("Template layout/text/nothing.txt.ftl was not found in " + overrides
                        + " or the default templates");
    }

    @Test
    void outputHasUnixLineEndsAndOneFinalNewline() throws Exception {
        override("layout/text/ipsec-profile.txt.ftl", "a  \r\nb\r\n\r\n\r\n");

        assertThat(new TemplateEngine(overrides).render("layout/text/ipsec-profile.txt.ftl", root()))
                .isEqualTo("a\nb\n");
    }

    private static Map<String, Object> withProfileFile(Map<String, Object> root) {
        root.put("profile", Map.of("file", "src/main/ipsec/x--y.yaml"));
        return root;
    }
}
