package org.ipsecprofile.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Overrides at the paths of template layout version 1 fail the render, naming where each must go. */
class ObsoleteOverridesTest {

    @TempDir
    Path templates;

    @Test
    void eachVersionOneOverrideIsNamedWithTheFileItMustBecome() throws Exception {
        write("xml2rfc/blocks.ftlx");
        write("text/security-considerations.txt.ftl");

        assertThatThrownBy(() -> new TemplateEngine(templates).render("layout/text/ipsec-profile.txt.ftl", Map.of()))
                .isInstanceOf(TemplateProblem.class)
                .hasMessage("templateDirectory holds templates of the old layout (version 1), which the plugin no"
                        + " longer reads:\n"
                        + "  xml2rfc/blocks.ftlx: move it to layout/xml2rfc/blocks.ftlx (to change what a sentence"
                        + " says, override the wording template that holds it, under wording/, instead)\n"
                        + "  text/security-considerations.txt.ftl: move it to layout/text/security-considerations.txt.ftl"
                        + " (its sentences are in wording/security/)");
    }

    @Test
    void overridesAtVersionTwoPathsAreNotObsolete() throws Exception {
        write("layout/text/notes.ftl");
        write("wording/profile/introduction.ftlx");

        assertThat(ObsoleteOverrides.find(templates)).isEmpty();
    }

    private void write(String relative) throws Exception {
        Path file = templates.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "x\n");
    }
}
