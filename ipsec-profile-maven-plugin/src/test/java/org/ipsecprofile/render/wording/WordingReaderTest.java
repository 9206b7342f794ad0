package org.ipsecprofile.render.wording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.ipsecprofile.render.content.BulletList;
import org.ipsecprofile.render.content.Citation;
import org.ipsecprofile.render.content.Definition;
import org.ipsecprofile.render.content.DefinitionList;
import org.ipsecprofile.render.content.Keyword;
import org.ipsecprofile.render.content.Paragraph;
import org.ipsecprofile.render.content.Section;
import org.ipsecprofile.render.content.SectionRef;
import org.ipsecprofile.render.content.Text;
import org.ipsecprofile.render.wording.WordingReader.WordingProblem;
import org.junit.jupiter.api.Test;

class WordingReaderTest {

    private static Section read(String blocks) throws WordingProblem {
        return WordingReader.read("<section anchor=\"s\"><name>Title</name>" + blocks + "</section>");
    }

    @Test
    void theTemplatesLineBreaksAndIndentationBecomeSingleSpaces() throws WordingProblem {
        Section section = read("""
                <p>
                    Implementations <bcp14>MUST</bcp14>
                      support ESP
                    <cite anchor="RFC4303" normative="true"/>.
                </p>
                """);

        assertThat(section.blocks())
                .containsExactly(new Paragraph(List.of(
                        new Text("Implementations "),
                        new Keyword("MUST"),
                        new Text(" support ESP "),
                        Citation.normative("RFC4303"),
                        new Text("."))));
    }

    @Test
    void whiteSpaceWrittenAsReferencesIsKeptAsItIs() throws WordingProblem {
        String value = WordingFormat.escape("Line one,\n  line two\tand <b>&amp;</b>");

        Section section = read("<p>Policy: " + value + "</p>");

        assertThat(section.blocks())
                .containsExactly(Paragraph.of(new Text("Policy: Line one,\n  line two\tand <b>&amp;</b>")));
    }

    @Test
    void readsTheWholeBlockModel() throws WordingProblem {
        Section section = WordingReader.read("""
                <section anchor="security-considerations">
                  <name>Security Considerations</name>
                  <dl>
                    <dt>Replay</dt>
                    <dd>
                      <p>See <xref target="ipsec-profile-bgp" title="IPsec Profile for BGP-4"/>
                      and <cite anchor="RFC5406" section="3.3" normative="false"/>.</p>
                    </dd>
                  </dl>
                  <ul>
                    <li>one</li>
                    <li>two</li>
                  </ul>
                </section>
                """);

        assertThat(section.anchor()).isEqualTo("security-considerations");
        assertThat(section.title()).isEqualTo("Security Considerations");
        assertThat(section.blocks())
                .containsExactly(
                        new DefinitionList(List.of(new Definition(
                                List.of(new Text("Replay")),
                                List.of(new Paragraph(List.of(
                                        new Text("See "),
                                        new SectionRef("ipsec-profile-bgp", "IPsec Profile for BGP-4"),
                                        new Text(" and "),
                                        Citation.informative("RFC5406", "3.3"),
                                        new Text("."))))))),
                        new BulletList(List.of(List.of(new Text("one")), List.of(new Text("two")))));
    }

    @Test
    void textOutsideAParagraphIsAProblemOnItsLine() {
        assertThatThrownBy(() -> WordingReader.read("<section anchor=\"s\"><name>T</name>\n\nloose words\n</section>"))
                .isInstanceOf(WordingProblem.class)
                .hasMessage("line 3 of the markup: text outside a paragraph: \"loose words\"; put it in <p>…</p>");
    }

    @Test
    void aWordThatIsNoBcp14KeywordIsAProblem() {
        assertThatThrownBy(() -> read("<p>It <bcp14>MUSTN'T</bcp14>.</p>"))
                .isInstanceOf(WordingProblem.class)
                .hasMessageContaining("<bcp14>MUSTN'T</bcp14>: not a BCP 14 keyword");
    }

    @Test
    void anElementTheMarkupDoesNotHaveIsAProblemNamingIt() {
        assertThatThrownBy(() -> read("<p>Some <em>stress</em>.</p>"))
                .isInstanceOf(WordingProblem.class)
                .hasMessageContaining("<em> cannot stand inside text");
        assertThatThrownBy(() -> read("<table/>"))
                .isInstanceOf(WordingProblem.class)
                .hasMessageContaining("<table/> cannot stand here");
    }

    @Test
    void anUnclosedParagraphIsAProblem() {
        assertThatThrownBy(() -> WordingReader.read("<section anchor=\"s\"><name>T</name><p>open"))
                .isInstanceOf(WordingProblem.class)
                .hasMessageContaining("<p> is not closed");
    }
}
