package org.ipsecprofile.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Fragments placed in the skeleton draft are validated as a draft would hold them. */
class DraftSkeletonTest {

    private static final String SECTION = """
            <?xml version="1.0" encoding="UTF-8"?>
            <section anchor="ipsec-profile-bgp">
              <name>IPsec Profile for BGP</name>
              <t>BGP sessions <bcp14>MUST</bcp14> be protected as <xref target="RFC4301"/> describes.</t>
            </section>
            """;

    private static final String REFERENCES = """
            <?xml version="1.0" encoding="UTF-8"?>
            <references anchor="normative-references">
              <name>Normative References</name>
              <reference anchor="RFC4301">
                <front>
                  <title>Security Architecture for the Internet Protocol</title>
                  <author initials="S." surname="Kent" fullname="S. Kent"/>
                  <author initials="K." surname="Seo" fullname="K. Seo"/>
                  <date year="2005" month="December"/>
                </front>
                <seriesInfo name="RFC" value="4301"/>
                <seriesInfo name="DOI" value="10.17487/RFC4301"/>
              </reference>
            </references>
            """;

    @Test
    void fragmentsPlacedInTheSkeletonAreAValidDraft() {
        String xml =
                DraftSkeleton.draft().section(SECTION).references(REFERENCES).toXml();
        assertThat(Xml2rfcGrammar.validate(xml)).isEmpty();
    }

    @Test
    void theEmptySkeletonIsAValidDraft() {
        assertThat(Xml2rfcGrammar.validate(DraftSkeleton.of(List.of(), List.of())))
                .isEmpty();
    }

    @Test
    void eachFragmentLosesItsXmlDeclaration() {
        String xml = DraftSkeleton.of(List.of(SECTION), List.of(REFERENCES));
        assertThat(xml.split("<\\?xml ", -1)).hasSize(2);
        assertThat(DraftSkeleton.inline(SECTION)).startsWith("<section ");
    }

    @Test
    void aFragmentWithADocumentTypeIsRefused() {
        assertThatThrownBy(() -> DraftSkeleton.inline("<!DOCTYPE section><section/>"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("document type");
    }

    @Test
    void anXrefWhoseTargetIsInTheDraftIsNotDangling() {
        assertThat(DraftSkeleton.danglingXrefs(DraftSkeleton.of(List.of(SECTION), List.of(REFERENCES))))
                .isEmpty();
    }

    @Test
    void anXrefWithoutItsReferenceIsDangling() {
        String section =
                SECTION.replace("</t>", " See also <xref target=\"RFC4303\"/> and <xref target=\"RFC4303\"/>.</t>");
        assertThat(DraftSkeleton.danglingXrefs(DraftSkeleton.of(List.of(section), List.of())))
                .containsExactly("RFC4301", "RFC4303");
    }

    @Test
    void anXrefToASectionAnchorIsNotDangling() {
        String section = SECTION.replace("</t>", " See <xref target=\"introduction\"/>.</t>");
        assertThat(DraftSkeleton.danglingXrefs(DraftSkeleton.of(List.of(section), List.of(REFERENCES))))
                .isEmpty();
    }
}
