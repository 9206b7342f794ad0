package org.ipsecprofile.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §5, "BCP 14 and the draft's own references": the references a draft declares itself are
 * left out of the generated reference lists, so that the draft including both has no duplicate
 * anchor. The BGP profile cites RFC 2401, 2402, 2406, 2409, 4271 and 5280 normatively, RFC 3552
 * and 5406 informatively.
 */
class DraftOwnReferencesTest {

    static final String GENERATED = "target/generated-sources/ipsec-profile/";

    static final BuildLog QUIET = new RecordingBuildLog(false);

    @TempDir
    Path project;

    @BeforeEach
    void bgpProfile() throws IOException {
        Files.createDirectories(project.resolve("src/main/ipsec"));
        Files.copy(
                Path.of("src/test/resources/descriptors/valid/bgp.yaml"), project.resolve("src/main/ipsec/bgp.yaml"));
    }

    static GenerationRequest request(Path project) {
        return new GenerationRequest(
                Goal.GENERATE,
                new GenerationRequest.Inputs(
                        project, project.resolve("src/main/ipsec"), null, null, null, project, null, null, null),
                project.resolve("target"),
                "error",
                null,
                new GenerationRequest.Rendering(project.resolve(GENERATED), List.of("xml2rfc,markdown,text"), null, 1),
                GenerationRequest.Inlining.OFF,
                "1.2.3");
    }

    static GenerationResult generate(Path project) throws Exception {
        return Generation.run(request(project), QUIET);
    }

    private String generated(String file) throws IOException {
        return Files.readString(project.resolve(GENERATED + file), StandardCharsets.UTF_8);
    }

    private void draft(String name, String text) throws IOException {
        Path file = project.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static String xmlDraft(String normative) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rfc xmlns:xi="http://www.w3.org/2001/XInclude" version="3" docName="draft-foo-00">
                  <front><title>Foo</title></front>
                  <middle>
                    <xi:include href="%sxml2rfc/ipsec-profile-bgp.xml"/>
                  </middle>
                  <back>
                    <references>
                      <name>Normative References</name>
                      %s
                      <xi:include href="%sxml2rfc/references-normative.xml"
                                  xpointer="xpointer(/references/reference | /comment())"/>
                    </references>
                  </back>
                </rfc>
                """.formatted(GENERATED, normative, GENERATED);
    }

    static String reference(String anchor) {
        return "<reference anchor=\"" + anchor + "\"><front><title>T</title><author fullname=\"A. B\"/>"
                + "<date year=\"2000\"/></front></reference>";
    }

    @Test
    void referencesTheXmlDraftDeclaresAreLeftOutOfTheGeneratedGroups() throws Exception {
        draft("draft-foo.xml", xmlDraft(reference("RFC4271") + "\n" + reference("RFC2119")));

        generate(project);

        assertThat(generated("xml2rfc/references-normative.xml"))
                .doesNotContain("anchor=\"RFC4271\"")
                .contains("anchor=\"RFC2401\"", "anchor=\"RFC5280\"");
        assertThat(generated("xml2rfc/references-informative.xml")).contains("anchor=\"RFC5406\"");
        // The generated section still cites it: the draft's own entry defines the anchor.
        assertThat(generated("xml2rfc/ipsec-profile-bgp.xml")).contains("target=\"RFC4271\"");
        // Per-reference files are included one by one: every cited reference keeps its file.
        assertThat(project.resolve(GENERATED + "xml2rfc/bibxml/reference.RFC.4271.xml"))
                .isRegularFile();
    }

    @Test
    void referencesInAnIncludedFileAndBibxmlIncludesCount() throws Exception {
        draft("refs/own.xml", "<references><name>N</name>" + reference("RFC5280") + "</references>");
        draft("draft-foo.xml", xmlDraft("""
                        <xi:include href="refs/own.xml" xpointer="xpointer(/references/reference)"/>
                        <xi:include href="https://bib.ietf.org/public/rfc/bibxml/reference.RFC.4271.xml"/>
                        <xi:include href="%sxml2rfc/bibxml/reference.RFC.2409.xml"/>
                        """.formatted(GENERATED)));

        generate(project);

        assertThat(generated("xml2rfc/references-normative.xml"))
                .doesNotContain("anchor=\"RFC5280\"", "anchor=\"RFC4271\"", "anchor=\"RFC2409\"")
                .contains("anchor=\"RFC2401\"");
    }

    @Test
    void commentedOutReferencesAndTheGeneratedFilesDeclareNothing() throws Exception {
        draft("draft-foo.xml", xmlDraft("<!-- " + reference("RFC4271") + " -->"));

        generate(project);
        // The second run reads the draft's include of the generated groups, which now exist.
        Files.delete(project.resolve("target/ipsec-profile/" + Generation.EXECUTION_RECORD));
        generate(project);

        assertThat(generated("xml2rfc/references-normative.xml")).contains("anchor=\"RFC4271\"", "anchor=\"RFC2401\"");
    }

    @Test
    void aMarkdownDraftDeclaresItsHeaderEntriesAndItsTaggedCitations() throws Exception {
        draft("draft-foo.md", """
                ---
                title: Foo
                normative:
                  RFC4271:
                  "RFC2409": RFC2409
                  RFC2119:
                    title: Key words
                informative:
                  RFC3552:
                ref:
                  RFC2406:
                {::include %smarkdown/references.yaml}

                --- middle

                # Introduction

                {::boilerplate bcp14-tagged}

                Certificates follow {{!RFC5280}}.

                {::include %smarkdown/ipsec-profile-bgp.md}
                """.formatted(GENERATED, GENERATED));

        generate(project);

        assertThat(generated("markdown/references.yaml"))
                .doesNotContain("RFC4271:", "RFC2409:", "RFC3552:", "RFC5280:")
                .contains("RFC2401:", "RFC2402:", "RFC2406:", "RFC5406:");
    }

    @Test
    void eachFormatsListLeavesOutWhatTheDraftsOfThatFormatDeclare() throws Exception {
        // An XML draft and its Markdown twin: each reads only the list of its own format.
        draft("draft-foo.xml", xmlDraft(reference("RFC4271")));
        draft("draft-foo.md", """
                ---
                title: Foo
                normative:
                  RFC2401:
                  RFC5280:

                --- middle

                # Introduction
                """);

        generate(project);

        assertThat(generated("xml2rfc/references-normative.xml"))
                .doesNotContain("anchor=\"RFC4271\"")
                .contains("anchor=\"RFC2401\"", "anchor=\"RFC5280\"");
        assertThat(generated("markdown/references.yaml"))
                .doesNotContain("RFC2401:", "RFC5280:")
                .contains("RFC4271:");
    }

    @Test
    void aTextDraftDeclaresNothing() throws Exception {
        draft("draft-foo.txt", "7.1.  Normative References\n\n   [RFC4271]  Rekhter, Y., \"BGP-4\".\n");

        generate(project);

        assertThat(generated("xml2rfc/references-normative.xml")).contains("anchor=\"RFC4271\"");
    }

    @Test
    void aChangedIncludedFileIsAChangeAndAnUnchangedProjectIsReplayed() throws Exception {
        draft("refs/own.xml", "<references><name>N</name>" + reference("RFC5280") + "</references>");
        draft("draft-foo.xml", xmlDraft("<xi:include href=\"refs/own.xml\"/>"));
        generate(project);

        assertThat(generate(project).replayed()).isTrue();

        draft("refs/own.xml", "<references><name>N</name>" + reference("RFC2401") + "</references>");
        GenerationResult changed = generate(project);

        assertThat(changed.replayed()).isFalse();
        assertThat(changed.files().written()).contains("xml2rfc/references-normative.xml");
        assertThat(generated("xml2rfc/references-normative.xml"))
                .contains("anchor=\"RFC5280\"")
                .doesNotContain("anchor=\"RFC2401\"");
    }

    @Test
    void anIncludedFileThatAppearsLaterIsAChange() throws Exception {
        draft("draft-foo.xml", xmlDraft("<xi:include href=\"refs/own.xml\"/>"));
        generate(project);
        assertThat(generate(project).replayed()).isTrue();

        draft("refs/own.xml", "<references><name>N</name>" + reference("RFC5280") + "</references>");
        GenerationResult changed = generate(project);

        assertThat(changed.replayed()).isFalse();
        assertThat(generated("xml2rfc/references-normative.xml")).doesNotContain("anchor=\"RFC5280\"");
    }

    @Test
    void referenceGroupsEntitiesAndKeysThatNeedCleaningAreDeclared() throws Exception {
        draft("draft-foo.xml", """
                <?xml version="1.0"?>
                <!DOCTYPE rfc [
                  <!ENTITY RFC2401 SYSTEM "https://bib.ietf.org/public/rfc/bibxml/reference.RFC.2401.xml">
                  <!ENTITY RFC2402 SYSTEM "https://bib.ietf.org/public/rfc/bibxml/reference.RFC.2402.xml">
                ]>
                <rfc version="3"><back><references>
                  &RFC2401;
                  <referencegroup anchor='RFC2406'><reference anchor="RFC5280"/></referencegroup>
                </references></back></rfc>
                """);
        draft("draft-foo.md", """
                ---
                title: Foo
                normative: {RFC2409: , 'RFC3552': }
                informative:
                  4271:

                --- middle
                """);

        generate(project);

        assertThat(generated("xml2rfc/references-normative.xml"))
                .doesNotContain("anchor=\"RFC2401\"", "anchor=\"RFC2406\"", "anchor=\"RFC5280\"")
                // declared as an entity but never used: not part of the draft
                .contains("anchor=\"RFC2402\"");
        assertThat(generated("markdown/references.yaml"))
                .doesNotContain("RFC2409:", "RFC3552:")
                // kramdown-rfc makes the key 4271 the anchor _4271, not RFC4271
                .contains("RFC4271:");
    }
}
