package org.ipsecprofile.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.ipsecprofile.check.rules.RuleRegistry;
import org.ipsecprofile.model.Transform;
import org.ipsecprofile.model.TransformType;
import org.ipsecprofile.report.RuleCatalogueMarkdown;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site's generated pages: what each marker becomes, and the real page sources of the site module. */
class SitePagesTest {

    private static final Path PAGES = Path.of("../site/src/pages");
    private static final Path HAND_WRITTEN = Path.of("../site/src/site/markdown");
    private static final Path BGP_EXAMPLE = Path.of("../it/bgp-example");

    private final SitePages pages = new SitePages(BGP_EXAMPLE);

    @Test
    void theGeneratedRulesPageListsEveryCatalogueEntry() throws Exception {
        String page = pages.expand(read(PAGES.resolve("rules.md")), "rules.md");

        RuleRegistry.catalogue().forEach(entry -> assertThat(page).containsOnlyOnce("| `" + entry.id() + "` |"));
        assertThat(page).doesNotContain("<!-- generated:");
    }

    @Test
    void theGeneratedRulesPageShowsTheLevelTablesFromTheirData() throws Exception {
        String page = pages.expand(read(PAGES.resolve("rules.md")), "rules.md");

        assertThat(page).contains(RuleCatalogueMarkdown.levelTables().stripTrailing());
        assertThat(read(PAGES.resolve("rules.md")))
                .contains("<!-- generated: algorithm-levels -->")
                .doesNotContain("| `ENCR_DES` |");
    }

    @Test
    void theRulesPageSourceHoldsNoHandCopiedTable() throws Exception {
        assertThat(read(PAGES.resolve("rules.md")))
                .contains("<!-- generated: rule-catalogue -->")
                .doesNotContain("| `ike-variant` |");
        assertThat(HAND_WRITTEN.resolve("rules.md"))
                .as("rules.md is generated; its source is in src/pages")
                .doesNotExist();
    }

    @Test
    void theExamplePageShowsTheDescriptorFindingsAndRenderedSections() throws Exception {
        String page = pages.expand(read(PAGES.resolve("bgp-example.md")), "bgp-example.md");

        assertThat(page)
                .contains(read(BGP_EXAMPLE.resolve("src/main/ipsec/bgp.yaml")).stripTrailing());
        assertThat(page)
                .contains("[INFO] src/main/ipsec/bgp.yaml:11:3: [port-selectors] ")
                .contains(": [sender-address-check] ")
                .contains("[WARNING] src/main/ipsec/bgp.yaml:29:3: [availability-unknown] ");
        assertThat(page)
                .contains("<section anchor=\"ipsec-profile-bgp\"")
                .contains("{#ipsec-profile-bgp}")
                .contains("```xml\n", "```markdown\n", "```yaml\n", "```text\n")
                .doesNotContain("<!-- generated:");
    }

    @Test
    void aMarkerInsideALineIsLeftAlone() throws Exception {
        String source = "Write `<!-- generated: rule-catalogue -->` on a line of its own.\n";

        assertThat(pages.expand(source, "p.md")).isEqualTo(source);
    }

    @Test
    void anUnknownMarkerNamesThePageAndLine() {
        assertThatThrownBy(() -> pages.expand("# T\n\n<!-- generated: rule-catalog -->\n", "p.md"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("p.md:3")
                .hasMessageContaining("rule-catalog");
    }

    @Test
    void anOutputThatGenerateDoesNotWriteIsAnError() {
        assertThatThrownBy(() -> pages.expand("<!-- generated: example-output text/ipsec-profile-ospf.txt -->", "p.md"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("p.md:1")
                .hasMessageContaining("text/ipsec-profile-bgp.txt");
    }

    @Test
    void anExampleFileOutsideTheExampleProjectIsRefused() {
        assertThatThrownBy(() -> pages.expand("<!-- generated: example-file ../../pom.xml -->", "p.md"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no file ../../pom.xml");
    }

    @Test
    void aCodeBlockFenceIsLongerThanAnyBacktickRunInside() {
        assertThat(SitePages.codeBlock("a ```` b", "text"))
                .startsWith("`````text\n")
                .endsWith("\n`````");
        assertThat(SitePages.codeBlock("plain\n", "yaml")).isEqualTo("```yaml\nplain\n```");
    }

    @Test
    void mainWritesEveryPageSourceExpanded(@TempDir Path out) throws Exception {
        SitePages.main(new String[] {PAGES.toString(), out.toString(), BGP_EXAMPLE.toString()});

        assertThat(out.resolve("rules.md")).exists();
        assertThat(out.resolve("bgp-example.md")).exists();
        assertThat(read(out.resolve("rules.md"))).contains("| `availability-unknown` |");
    }

    @Test
    void theDescriptorReferenceShowsTheExampleProjectsDescriptor() throws Exception {
        assertThat(read(HAND_WRITTEN.resolve("descriptor.md")))
                .contains("```yaml\n" + read(BGP_EXAMPLE.resolve("src/main/ipsec/bgp.yaml")) + "```");
    }

    @Test
    void theDescriptorReferenceShowsTheAlgorithmsExampleTheParserReads() throws Exception {
        assertThat(read(HAND_WRITTEN.resolve("descriptor.md")))
                .contains("```yaml\n" + read(Path.of("src/test/resources/descriptors/algorithms/version-3-aead.yaml"))
                        + "```");
    }

    @Test
    void theDescriptorReferenceListsEveryAlgorithmNameUnderItsKind() throws Exception {
        String page = read(HAND_WRITTEN.resolve("descriptor.md"));
        for (TransformType kind : TransformType.values()) {
            String heading = "- **" + (kind == TransformType.PRF ? "PRF" : capitalized(kind.noun())) + "** (`"
                    + kind.prefix() + "`): ";
            String names = page.substring(page.indexOf(heading) + heading.length());
            names = names.substring(0, names.indexOf(".\n"));
            List<String> expected = Arrays.stream(Transform.values())
                    .filter(t -> t.type() == kind)
                    .map(t -> "`" + t.name() + "`")
                    .toList();

            assertThat(names.split("\\s+")).as(kind.noun()).containsExactlyElementsOf(expected);
        }
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static String read(Path file) throws Exception {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
