package org.ipsecprofile.render.wording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ipsecprofile.render.TemplateEngine;
import org.ipsecprofile.render.TemplateProblem;
import org.ipsecprofile.render.content.Citation;
import org.ipsecprofile.render.content.Paragraph;
import org.ipsecprofile.render.content.Section;
import org.ipsecprofile.render.content.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The citation directives, as a wording template in templateDirectory uses them. */
class CiteDirectiveTest {

    @TempDir
    Path templates;

    private Section render(String body) throws IOException, TemplateProblem {
        Path file = templates.resolve("wording/test.ftlx");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "<section anchor=\"s\"><name>T</name>\n" + body + "\n</section>\n");
        return new TemplateEngine(templates).renderSection("wording/test.ftlx", Map.of());
    }

    @Test
    void aCitationBecomesACitationOfTheSection() throws Exception {
        Section section =
                render("<p>See <@cite anchor=\"RFC3948\" normative=true/> and <@guidance section=\"3.1\"/>.</p>");

        assertThat(section.blocks())
                .containsExactly(new Paragraph(List.of(
                        new Text("See "),
                        Citation.normative("RFC3948"),
                        new Text(" and "),
                        Citation.informative("RFC5406", "3.1"),
                        new Text("."))));
    }

    @Test
    void aCitationIsInformativeUnlessSaidOtherwise() throws Exception {
        Section section = render("<p><@cite anchor=\"RFC4107\" section=\"2\"/></p>");

        assertThat(section.blocks()).containsExactly(Paragraph.of(Citation.informative("RFC4107", "2")));
    }

    @Test
    void aReferenceThePluginCannotDescribeIsAnErrorAtTheTemplatesLine() {
        assertThatThrownBy(() -> render("<p>First line.</p>\n<p>See <@cite anchor=\"RFC9999\"/>.</p>"))
                .isInstanceOf(TemplateProblem.class)
                .hasMessageStartingWith("Template wording/test.ftlx (override in " + templates + ") line 3, column 8:")
                .hasMessageContaining("no bibliographic data for RFC9999");
    }

    @Test
    void anUnknownParameterIsAnError() {
        assertThatThrownBy(() -> render("<p><@cite anchor=\"RFC4301\" sektion=\"4\"/></p>"))
                .isInstanceOf(TemplateProblem.class)
                .hasMessageContaining("<@cite> has no parameter sektion");
    }

    @Test
    void markupTheReaderRefusesNamesTheTemplate() {
        assertThatThrownBy(() -> render("loose words"))
                .isInstanceOf(TemplateProblem.class)
                .hasMessageStartingWith("Template wording/test.ftlx (override in " + templates + ") wrote markup the"
                        + " plugin cannot read: line 2 of the markup: text outside a paragraph");
    }
}
