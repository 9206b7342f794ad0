package org.ipsecprofile.render.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipsecprofile.render.content.RenderFixtures.securitySection;
import static org.ipsecprofile.render.content.SectionText.citations;

import org.ipsecprofile.model.Profile;
import org.junit.jupiter.api.Test;

/** How the Security Considerations say the profiles keep their algorithms current (RFC 7696). */
class AlgorithmAgilityWordingTest {

    private static final String OPENING = "The algorithms that implementations must support change over time";

    private static Profile modern(String id, boolean companion) {
        return AlgorithmsWordingTest.modern()
                .id(id)
                .protocolName(id.toUpperCase(java.util.Locale.ROOT))
                .algorithms(companion ? AlgorithmsWordingTest.companion() : AlgorithmsWordingTest.espAndIkeLists(false))
                .build();
    }

    @Test
    void aProfileWithoutAlgorithmsSaysNothingOfAgility() {
        Section section = securitySection(AlgorithmsWordingTest.modern().build());

        assertThat(SectionText.of(section)).doesNotContain(OPENING).doesNotContain("RFC8221");
        assertThat(citations(section)).extracting(Citation::anchor).doesNotContain("RFC7696");
    }

    @Test
    void withCompanionTheProfileFollowsTheCurrentDocuments() {
        Section section = securitySection(modern("a", true));

        assertThat(SectionText.of(section))
                .contains(OPENING + ": advances in cryptanalysis and in computing power weaken them, and the set"
                        + " required has to move on before any of its members is broken (see Section 2.2 of"
                        + " [RFC7696]).")
                .contains("This profile keeps its algorithms current by referring to [RFC8221] and [RFC8247]"
                        + " instead of naming a fixed set: implementations follow the current version of these"
                        + " documents, including the documents that update or replace them, as [RFC9395] updated"
                        + " both.");
        assertThat(citations(section)).contains(Citation.informative("RFC7696", "2.2"), Citation.normative("RFC8221"));
    }

    @Test
    void withListsOnlyTheListsNeedRevising() {
        String text = SectionText.of(securitySection(modern("a", false)));

        assertThat(text)
                .contains("This profile names its own algorithms, so they change only when a document that updates"
                        + " this one revises the lists; such a revision is due as soon as an algorithm on them"
                        + " weakens.")
                .doesNotContain("keeps its algorithms current");
    }

    @Test
    void withCompanionAndListsTheListsStayRequiredBesideTheDocuments() {
        Profile both = AlgorithmsWordingTest.modern()
                .algorithms(AlgorithmsWordingTest.espAndIkeLists(true))
                .build();

        assertThat(SectionText.of(securitySection(both)))
                .contains("keeps its algorithms current by referring to [RFC8221] and [RFC8247]")
                .contains("The algorithms that this profile lists beyond those documents stay required until a"
                        + " document that updates this one revises the lists.");
    }

    @Test
    void severalProfilesSayEachSentenceOnce() {
        Section section = securitySection(
                modern("a", true),
                modern("b", true),
                modern("c", false),
                AlgorithmsWordingTest.modern().id("d").protocolName("D").build());
        String text = SectionText.of(section);

        assertThat(text.split(OPENING, -1)).hasSize(2);
        assertThat(text)
                .contains("A (see \"IPsec Profile for A\") and B (see \"IPsec Profile for B\"): These profiles keep"
                        + " their algorithms current by referring to [RFC8221] and [RFC8247]")
                .contains("C (see \"IPsec Profile for C\"): This profile names its own algorithms")
                .doesNotContain("D (see \"IPsec Profile for D\"): This profile");
        assertThat(text.split("keep their algorithms current", -1)).hasSize(2);
    }
}
