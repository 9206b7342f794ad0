package org.ipsecprofile.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ipsecprofile.check.Finding;
import org.ipsecprofile.check.Severity;
import org.ipsecprofile.check.rules.RuleRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §4.4, {@code bcp14-boilerplate}: a draft that includes a generated section using BCP 14
 * keywords needs the BCP 14 boilerplate (RFC 8174 Section 2). The BGP profile's sections use them.
 */
class Bcp14BoilerplateTest {

    private static final String GENERATED = DraftOwnReferencesTest.GENERATED;

    /** The sentence of RFC 8174 Section 2, broken across lines and marked up as a draft writes it. */
    private static final String XML_BOILERPLATE = """
            <t>The key words "<bcp14>MUST</bcp14>", "<bcp14>MUST NOT</bcp14>",
            "<bcp14>REQUIRED</bcp14>", "<bcp14>SHALL</bcp14>", "<bcp14>SHALL NOT</bcp14>",
            "<bcp14>SHOULD</bcp14>", "<bcp14>SHOULD NOT</bcp14>", "<bcp14>RECOMMENDED</bcp14>",
            "<bcp14>NOT RECOMMENDED</bcp14>", "<bcp14>MAY</bcp14>", and "<bcp14>OPTIONAL</bcp14>"
            in this document are to be interpreted as
            described in BCP&nbsp;14 <xref target="RFC2119"/> <xref target="RFC8174"/>
            when, and only when, they appear in all capitals, as shown here.</t>
            """;

    /** The older form, which cites RFC 2119 alone. */
    private static final String TEXT_RFC2119_BOILERPLATE = """
               The key words "MUST", "MUST NOT", "REQUIRED", "SHALL", "SHALL NOT",
               "SHOULD", "SHOULD NOT", "RECOMMENDED", "MAY", and "OPTIONAL" in this
               document are to be interpreted as described in RFC 2119 [RFC2119].
            """;

    @TempDir
    Path project;

    @BeforeEach
    void bgpProfile() throws IOException {
        Files.createDirectories(project.resolve("src/main/ipsec"));
        Files.copy(
                Path.of("src/test/resources/descriptors/valid/bgp.yaml"), project.resolve("src/main/ipsec/bgp.yaml"));
    }

    private void draft(String name, String text) throws IOException {
        Files.writeString(project.resolve(name), text, StandardCharsets.UTF_8);
    }

    private List<Finding> boilerplateFindings() throws Exception {
        GenerationResult result = DraftOwnReferencesTest.generate(project);
        return result.check().findings().stream()
                .filter(f -> f.rule().equals(RuleRegistry.BCP14_BOILERPLATE.id()))
                .toList();
    }

    private static String xml(String conventions, String includes) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rfc xmlns:xi="http://www.w3.org/2001/XInclude" version="3" docName="draft-foo-00">
                  <front><title>Foo</title></front>
                  <middle>
                    <section anchor="intro"><name>Introduction</name>
                    %s
                    </section>
                %s
                  </middle>
                </rfc>
                """.formatted(conventions, includes);
    }

    private static String include(String file) {
        return "    <xi:include href=\"" + GENERATED + "xml2rfc/" + file + "\"/>";
    }

    @Test
    void firesAtTheIncludeOfAnXmlDraftWithoutTheBoilerplate() throws Exception {
        draft("draft-foo.xml", xml("<t>Intro.</t>", include("ipsec-profile-bgp.xml")));

        List<Finding> findings = boilerplateFindings();

        assertThat(findings).hasSize(1);
        Finding finding = findings.get(0);
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.file()).isEqualTo("draft-foo.xml");
        assertThat(finding.line()).isEqualTo(8);
        assertThat(finding.column()).isEqualTo(5);
        assertThat(finding.profile()).isNull();
        assertThat(finding.citation()).isEqualTo("RFC 8174 Section 2");
        assertThat(finding.message())
                .contains("ipsec-profile-bgp", "BCP 14", "<xref target=\"RFC2119\"/>", "idnits")
                .doesNotContain("{::boilerplate");
    }

    @Test
    void sectionsWhoseRenderedTextHasNoKeywordNeedNoBoilerplate() throws Exception {
        // The rendering decides: the BGP profile's Security Considerations state no requirement.
        draft("draft-foo.xml", xml("<t>Intro.</t>", include("security-considerations.xml")));

        assertThat(boilerplateFindings()).isEmpty();
    }

    @Test
    void theMessageNamesOnlyTheIncludedSectionsThatUseKeywords() throws Exception {
        draft(
                "draft-foo.xml",
                xml("<t>Intro.</t>", include("security-considerations.xml") + "\n" + include("ipsec-profile-bgp.xml")));

        assertThat(boilerplateFindings()).singleElement().satisfies(f -> {
            assertThat(f.line()).isEqualTo(8);
            assertThat(f.message()).contains("section ipsec-profile-bgp,").doesNotContain("security-considerations");
        });
    }

    @Test
    void theSentenceAcrossLinesAndMarkupIsTheBoilerplate() throws Exception {
        draft(
                "draft-foo.xml",
                xml(XML_BOILERPLATE, include("ipsec-profile-bgp.xml") + "\n" + include("security-considerations.xml")));

        assertThat(boilerplateFindings()).isEmpty();
    }

    @Test
    void theBoilerplateInAFileTheDraftIncludesCounts() throws Exception {
        draft(
                "conventions.xml",
                "<section anchor=\"conventions\"><name>Conventions</name>" + XML_BOILERPLATE + "</section>");
        draft(
                "draft-foo.xml",
                xml(
                        "<t>Intro.</t>",
                        "    <xi:include href=\"conventions.xml\"/>\n" + include("ipsec-profile-bgp.xml")));

        assertThat(boilerplateFindings()).isEmpty();
    }

    @Test
    void aCommentedOutBoilerplateDoesNotCount() throws Exception {
        draft("draft-foo.xml", xml("<!-- " + XML_BOILERPLATE + " -->", include("ipsec-profile-bgp.xml")));

        assertThat(boilerplateFindings()).hasSize(1);
    }

    @Test
    void doesNotFireWhenTheDraftIncludesNoGeneratedSection() throws Exception {
        draft("draft-foo.xml", xml("<t>Implementations MUST do this.</t>", ""));
        draft("draft-foo.md", "---\ntitle: Foo\n\n--- middle\n\n# Introduction\n\nImplementations MUST.\n");
        draft("draft-foo.txt", "1.  Introduction\n\n   Implementations MUST do this.\n");

        assertThat(boilerplateFindings()).isEmpty();
    }

    @Test
    void doesNotFireWithoutADescriptor() throws Exception {
        Files.delete(project.resolve("src/main/ipsec/bgp.yaml"));
        draft("draft-foo.xml", xml("<t>Intro.</t>", include("ipsec-profile-bgp.xml")));

        GenerationResult result = DraftOwnReferencesTest.generate(project);

        assertThat(result.check().findings()).extracting(Finding::rule).doesNotContain("bcp14-boilerplate");
    }

    private static String markdown(String conventions) {
        return """
                ---
                title: Foo

                --- middle

                # Introduction

                %s

                {::include %smarkdown/ipsec-profile-bgp.md}
                """.formatted(conventions, GENERATED);
    }

    @Test
    void firesForAMarkdownDraftWithoutTheBoilerplateAndSuggestsTheDirective() throws Exception {
        draft("draft-foo.md", markdown("Intro."));

        List<Finding> findings = boilerplateFindings();

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.line()).isEqualTo(10);
            assertThat(f.column()).isEqualTo(1);
            assertThat(f.message()).contains("{::boilerplate bcp14-tagged}");
        });
    }

    @Test
    void kramdownRfcsBoilerplateDirectivesAreTheBoilerplate() throws Exception {
        for (String directive : List.of("bcp14", "bcp14-tagged", "bcp14-tagged-bcp14", "bcp14+")) {
            draft("draft-foo.md", markdown("{::boilerplate " + directive + "}"));

            assertThat(boilerplateFindings()).as(directive).isEmpty();
        }
    }

    @Test
    void theSentenceWrittenOutInMarkdownIsTheBoilerplate() throws Exception {
        draft("draft-foo.md", markdown("""
                The key words "MUST", "MUST NOT", "REQUIRED", "SHALL", "SHALL NOT", "SHOULD",
                "SHOULD NOT", "RECOMMENDED", "NOT RECOMMENDED", "MAY", and "OPTIONAL" in this
                document are to be interpreted as described in BCP 14 {{!RFC2119}} {{!RFC8174}}
                when, and only when, they appear in all capitals, as shown here.
                """));

        assertThat(boilerplateFindings()).isEmpty();
    }

    @Test
    void theDirectiveInAMarkdownFileTheDraftIncludesCounts() throws Exception {
        draft("conventions.md", "## Conventions and Definitions\n\n{::boilerplate bcp14-tagged}\n");
        draft("draft-foo.md", markdown("{::include conventions.md}"));

        assertThat(boilerplateFindings()).isEmpty();
    }

    private static String text(String conventions) {
        return """
                1.  Introduction

                %s

                2.  IPsec Profile for BGP-4

                   Implementations MUST support ESP.
                """.formatted(conventions);
    }

    @Test
    void firesAtThePastedSectionOfATextDraft() throws Exception {
        draft("draft-foo.txt", text("   Intro."));

        assertThat(boilerplateFindings()).singleElement().satisfies(f -> {
            assertThat(f.line()).isEqualTo(5);
            assertThat(f.message()).contains("[RFC2119] [RFC8174]");
        });
    }

    @Test
    void theOlderRfc2119FormIsTheBoilerplateInText() throws Exception {
        draft("draft-foo.txt", text(TEXT_RFC2119_BOILERPLATE));

        assertThat(boilerplateFindings()).isEmpty();
    }

    @Test
    void anIgnoreMarkerOnTheIncludeLineSilencesIt() throws Exception {
        draft(
                "draft-foo.xml",
                xml("<t>Intro.</t>", include("ipsec-profile-bgp.xml") + " <!-- ipsec-profile:ignore -->"));

        assertThat(boilerplateFindings())
                .singleElement()
                .satisfies(f -> assertThat(f.suppressed()).isTrue());
    }

    @Test
    void aWarningThatDoesNotFailTheBuildByDefault() throws Exception {
        draft("draft-foo.xml", xml("<t>Intro.</t>", include("ipsec-profile-bgp.xml")));

        GenerationResult result = DraftOwnReferencesTest.generate(project);

        assertThat(result.failsTheBuild()).isFalse();
        assertThat(result.files()).isNotNull();
    }
}
