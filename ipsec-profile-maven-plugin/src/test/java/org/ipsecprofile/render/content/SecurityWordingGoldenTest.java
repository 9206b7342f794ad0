package org.ipsecprofile.render.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ipsecprofile.model.Profile;
import org.junit.jupiter.api.Test;

/**
 * Pins the Security Considerations of several profiles at once, block by block, so that a change
 * to the wording templates or the facts shows up as a diff to review: the render snapshot has
 * only one draft with several profiles. After an intended change, refresh the files with
 * {@code -Dipsecprofile.updateGolden=true} and read the diff before committing it.
 */
class SecurityWordingGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/security-wording");

    @Test
    void twoProfilesEachLedByTheirName() throws IOException {
        assertMatches("bgp-and-full.txt", List.of(RenderFixtures.valid("bgp.yaml"), RenderFixtures.valid("full.yaml")));
    }

    @Test
    void everyBranchOfTheWordingWithSeveralProfiles() throws IOException {
        assertMatches("all-variants.txt", SecurityVariants.all());
    }

    private static void assertMatches(String file, List<Profile> profiles) throws IOException {
        String actual = exact(RenderFixtures.securitySection(profiles.toArray(Profile[]::new)));
        Path golden = GOLDEN.resolve(file);
        if (Boolean.getBoolean("ipsecprofile.updateGolden")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual)
                .as(file + "; refresh with -Dipsecprofile.updateGolden=true")
                .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    /**
     * The section with nothing left out: one line per paragraph, term and list item; text as it is
     * (a line break as \n), keywords as {@code <MUST>}, citations as
     * {@code {cite RFC5406 section 3.1 informative}}, section references as
     * {@code {xref anchor "title"}}.
     */
    static String exact(Section section) {
        StringBuilder out = new StringBuilder("section ")
                .append(section.anchor())
                .append(" \"")
                .append(section.title())
                .append("\"\n");
        section.blocks().forEach(block -> block(out, block, ""));
        section.subsections().forEach(sub -> out.append(exact(sub)));
        return out.toString();
    }

    private static void block(StringBuilder out, Block block, String indent) {
        if (block instanceof Paragraph paragraph) {
            out.append(indent).append("p ").append(inlines(paragraph.inlines())).append('\n');
        } else if (block instanceof BulletList list) {
            list.items()
                    .forEach(item -> out.append(indent)
                            .append("li ")
                            .append(inlines(item))
                            .append('\n'));
        } else if (block instanceof DefinitionList list) {
            for (Definition definition : list.definitions()) {
                out.append(indent)
                        .append("dt ")
                        .append(inlines(definition.term()))
                        .append('\n');
                definition.description().forEach(description -> block(out, description, indent + "  "));
            }
        }
    }

    private static String inlines(List<Inline> inlines) {
        StringBuilder out = new StringBuilder();
        for (Inline inline : inlines) {
            if (inline instanceof Text text) {
                out.append(text.text().replace("\n", "\\n"));
            } else if (inline instanceof Keyword keyword) {
                out.append('<').append(keyword.word()).append('>');
            } else if (inline instanceof Citation citation) {
                out.append("{cite ").append(citation.anchor());
                if (citation.section() != null) {
                    out.append(" section ").append(citation.section());
                }
                out.append(citation.normative() ? " normative}" : " informative}");
            } else if (inline instanceof SectionRef ref) {
                out.append("{xref ")
                        .append(ref.anchor())
                        .append(" \"")
                        .append(ref.title())
                        .append("\"}");
            }
        }
        return out.toString();
    }
}
