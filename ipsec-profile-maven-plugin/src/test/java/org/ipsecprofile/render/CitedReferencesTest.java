package org.ipsecprofile.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ipsecprofile.render.content.Citation;
import org.ipsecprofile.render.content.Keyword;
import org.ipsecprofile.render.content.Paragraph;
import org.ipsecprofile.render.content.Section;
import org.ipsecprofile.render.content.Text;
import org.ipsecprofile.render.refs.Reference;
import org.ipsecprofile.render.refs.ReferenceLibrary;
import org.junit.jupiter.api.Test;

class CitedReferencesTest {

    private static Section sectionOf(Paragraph... paragraphs) {
        return new Section("s", "S", List.of(paragraphs), List.of());
    }

    private static List<String> anchors(List<Reference> references) {
        return references.stream().map(Reference::anchor).toList();
    }

    @Test
    void aBcp14KeywordMakesRfc2119AndRfc8174Normative() {
        Section section = sectionOf(Paragraph.of(
                new Text("Implementations "),
                new Keyword("MUST"),
                new Text(" support ESP "),
                Citation.normative("RFC4303")));

        CitedReferences cited = CitedReferences.of(List.of(section), ReferenceLibrary.standard());

        assertThat(anchors(cited.normative())).containsExactly("RFC2119", "RFC4303", "RFC8174");
        assertThat(cited.informative()).isEmpty();
    }

    @Test
    void anInformativeCitationOfRfc2119BecomesNormativeWhenAKeywordIsUsed() {
        Section section = sectionOf(
                Paragraph.of(new Text("See "), Citation.informative("RFC2119")), Paragraph.of(new Keyword("MAY")));

        CitedReferences cited = CitedReferences.of(List.of(section), ReferenceLibrary.standard());

        assertThat(anchors(cited.normative())).containsExactly("RFC2119", "RFC8174");
    }

    @Test
    void withoutAKeywordNeitherBcp14DocumentIsListed() {
        Section section = sectionOf(Paragraph.of(new Text("See "), Citation.informative("RFC5406")));

        CitedReferences cited = CitedReferences.of(List.of(section), ReferenceLibrary.standard());

        assertThat(cited.normative()).isEmpty();
        assertThat(anchors(cited.informative())).containsExactly("RFC5406");
    }
}
