package org.ipsecprofile.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import org.ipsecprofile.check.Finding;
import org.ipsecprofile.validation.KramdownRfc;
import org.ipsecprofile.validation.Xml2rfc;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "Done when" of issue 13 for the draft's own references, with the real tools: a draft that
 * lists its own Normative References (RFC 2119, RFC 8174 and its protocol's RFC 4271, which the
 * generated profile section cites too) includes the generated profile section, Security
 * Considerations and references the way the README and the site show, and renders with no
 * duplicate anchor and one "Normative References" heading.
 */
class DraftOwnReferencesToolsTest {

    private static final String GENERATED = DraftOwnReferencesTest.GENERATED;

    /** A section heading in xml2rfc's text output (the table of contents has dot leaders instead). */
    private static final Pattern NORMATIVE_HEADING =
            Pattern.compile("(?m)^\\d+(?:\\.\\d+)*\\.\\s+Normative References\\s*$");

    @TempDir
    Path project;

    @BeforeEach
    void bgpProfile() throws IOException {
        Files.createDirectories(project.resolve("src/main/ipsec"));
        Files.copy(
                Path.of("src/test/resources/descriptors/valid/bgp.yaml"), project.resolve("src/main/ipsec/bgp.yaml"));
    }

    private static String reference(String anchor, String title, String author, String year, String month) {
        String[] names = author.split(" ");
        return """
                <reference anchor="%s">
                  <front>
                    <title>%s</title>
                    <author initials="%s" surname="%s" fullname="%s"/>
                    <date month="%s" year="%s"/>
                  </front>
                  <seriesInfo name="RFC" value="%s"/>
                </reference>
                """.formatted(anchor, title, names[0], names[1], author, month, year, anchor.substring(3));
    }

    /** The XML recipe: the generated groups' references taken into the draft's own groups with XInclude's xpointer. */
    private String xmlDraft() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rfc xmlns:xi="http://www.w3.org/2001/XInclude" version="3" category="info"
                     docName="draft-example-own-references-00" ipr="trust200902" submissionType="IETF">
                  <front>
                    <title>Own References</title>
                    <author fullname="Alex Example" initials="A." surname="Example">
                      <organization>Example Organization</organization>
                    </author>
                    <date year="2026" month="November" day="25"/>
                    <abstract><t>A draft with references of its own.</t></abstract>
                  </front>
                  <middle>
                    <section anchor="introduction">
                      <name>Introduction</name>
                      <t>BGP-4 <xref target="RFC4271"/> sessions are protected as the profile below says.</t>
                      <t>The key words "<bcp14>MUST</bcp14>", "<bcp14>MUST NOT</bcp14>", "<bcp14>REQUIRED</bcp14>",
                      "<bcp14>SHALL</bcp14>", "<bcp14>SHALL NOT</bcp14>", "<bcp14>SHOULD</bcp14>",
                      "<bcp14>SHOULD NOT</bcp14>", "<bcp14>RECOMMENDED</bcp14>", "<bcp14>NOT RECOMMENDED</bcp14>",
                      "<bcp14>MAY</bcp14>", and "<bcp14>OPTIONAL</bcp14>" in this document are to be
                      interpreted as described in BCP 14 <xref target="RFC2119"/> <xref target="RFC8174"/>
                      when, and only when, they appear in all capitals, as shown here.</t>
                    </section>
                    <xi:include href="%1$sxml2rfc/ipsec-profile-bgp.xml"/>
                    <xi:include href="%1$sxml2rfc/security-considerations.xml"/>
                  </middle>
                  <back>
                    <references>
                      <name>References</name>
                      <references>
                        <name>Normative References</name>
                        %2$s
                        %3$s
                        %4$s
                        <xi:include href="%1$sxml2rfc/references-normative.xml"
                                    xpointer="xpointer(/references/reference | /comment())"/>
                      </references>
                      <references>
                        <name>Informative References</name>
                        <xi:include href="%1$sxml2rfc/references-informative.xml"
                                    xpointer="xpointer(/references/reference | /comment())"/>
                      </references>
                    </references>
                  </back>
                </rfc>
                """.formatted(
                        GENERATED,
                        reference(
                                "RFC2119",
                                "Key words for use in RFCs to Indicate Requirement Levels",
                                "S. Bradner",
                                "1997",
                                "March"),
                        reference("RFC4271", "A Border Gateway Protocol 4 (BGP-4)", "Y. Rekhter", "2006", "January"),
                        reference(
                                "RFC8174",
                                "Ambiguity of Uppercase vs Lowercase in RFC 2119 Key Words",
                                "B. Leiba",
                                "2017",
                                "May"));
    }

    @Test
    void anXmlDraftWithItsOwnNormativeReferencesRendersWithoutDuplicateAnchors() throws Exception {
        Xml2rfc.assumeAvailable();
        Path draft = project.resolve("draft-example-own-references-00.xml");
        Files.writeString(draft, xmlDraft(), StandardCharsets.UTF_8);

        GenerationResult result = DraftOwnReferencesTest.generate(project);
        Xml2rfc.Rendering rendering = Xml2rfc.render(draft, project.resolve("out"), Duration.ofMinutes(3));

        assertThat(result.check().findings()).extracting(Finding::rule).doesNotContain("bcp14-boilerplate");
        assertThat(rendering.errors()).as(rendering.log()).isEmpty();
        assertThat(rendering.warnings()).as(rendering.log()).isEmpty();
        assertThat(rendering.exitCode()).isZero();
        String text = Files.readString(rendering.text(), StandardCharsets.UTF_8);
        assertThat(NORMATIVE_HEADING.matcher(text).results().count()).isEqualTo(1);
        assertThat(text).contains("[RFC4271]", "[RFC2119]", "[RFC8174]", "[RFC2401]", "[RFC5406]");
        String expanded = Files.readString(rendering.expandedXml(), StandardCharsets.UTF_8);
        for (String anchor : new String[] {"RFC2119", "RFC4271", "RFC8174", "RFC2401", "RFC5406"}) {
            assertThat(Pattern.compile("<reference anchor=\"" + anchor + "\"")
                            .matcher(expanded)
                            .results()
                            .count())
                    .as(anchor)
                    .isEqualTo(1);
        }
    }

    /** The Markdown recipe: references.yaml included into the header, the draft's own entries in ref:. */
    private String markdownDraft() {
        return """
                ---
                title: Own References
                docname: draft-example-own-references-md-00
                category: info
                ipr: trust200902
                submissiontype: IETF
                v: 3
                author:
                  - ins: A. Example
                    name: Alex Example
                    org: Example Organization
                    email: alex@example.com
                ref:
                  RFC2119:
                    override: true
                    title: Key words for use in RFCs to Indicate Requirement Levels
                    author:
                      - {initials: S., surname: Bradner, fullname: S. Bradner}
                    date: 1997-03
                    seriesinfo: {BCP: "14", RFC: "2119"}
                  RFC8174:
                    override: true
                    title: Ambiguity of Uppercase vs Lowercase in RFC 2119 Key Words
                    author:
                      - {initials: B., surname: Leiba, fullname: B. Leiba}
                    date: 2017-05
                    seriesinfo: {BCP: "14", RFC: "8174"}
                  RFC4271:
                    override: true
                    title: A Border Gateway Protocol 4 (BGP-4)
                    author:
                      - {initials: Y., surname: Rekhter, fullname: Y. Rekhter}
                    date: 2006-01
                    seriesinfo: {RFC: "4271"}
                {::include %1$smarkdown/references.yaml}

                --- abstract

                A draft with references of its own.

                --- middle

                # Introduction

                BGP-4 {{!RFC4271}} sessions are protected as the profile below says.

                {::boilerplate bcp14-tagged}

                {::include %1$smarkdown/ipsec-profile-bgp.md}

                {::include %1$smarkdown/security-considerations.md}

                --- back
                """.formatted(GENERATED);
    }

    @Test
    void aMarkdownDraftWithItsOwnReferencesConvertsWithoutDuplicatesOrOverwrites() throws Exception {
        KramdownRfc.assumeAvailable();
        Path draft = project.resolve("draft-example-own-references-md-00.md");
        Files.writeString(draft, markdownDraft(), StandardCharsets.UTF_8);

        GenerationResult result = DraftOwnReferencesTest.generate(project);
        KramdownRfc.Result converted = KramdownRfc.convert(draft, project, Duration.ofMinutes(3));

        assertThat(result.check().findings()).extracting(Finding::rule).doesNotContain("bcp14-boilerplate");
        assertThat(converted.exitCode()).as(converted.stderr()).isZero();
        assertThat(converted.warnings()).as(converted.stderr()).isEmpty();
        String xml = converted.xml();
        assertThat(xml).doesNotContain("BROKEN");
        assertThat(Pattern.compile("Normative References")
                        .matcher(xml)
                        .results()
                        .count())
                .isEqualTo(1);
        for (String anchor : new String[] {"RFC2119", "RFC4271", "RFC8174", "RFC2401", "RFC5406"}) {
            assertThat(Pattern.compile("<reference anchor=\"" + anchor + "\"")
                            .matcher(xml)
                            .results()
                            .count())
                    .as(anchor)
                    .isEqualTo(1);
        }
    }
}
