package org.ipsecprofile.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.ipsecprofile.check.Finding;
import org.ipsecprofile.check.ProfileChecker;
import org.ipsecprofile.check.RuleSettings;
import org.ipsecprofile.model.Profile;
import org.ipsecprofile.parse.DescriptorParser;
import org.ipsecprofile.render.content.Section;
import org.ipsecprofile.render.refs.ReferenceLibrary;
import org.junit.jupiter.api.Test;

/** The wording rendered once per goal execution: for the boilerplate check, then reused for the files. */
class WordingMemoTest {

    private static final Section SECTION = new Section("a", "A", List.of(), List.of());

    @Test
    void aSectionAskedForTwiceWithTheSameObjectsIsRenderedOnceAndOtherObjectsOrTemplatesRenderAgain() throws Exception {
        WordingMemo memo = WordingMemo.forOneExecution();
        AtomicInteger renders = new AtomicInteger();

        Object profile = new Object();
        Object other = new Object();
        memo.section("t", List.of(profile, List.of(profile, "a"), true), () -> count(renders));
        memo.section("t", List.of(profile, List.of(profile, "a"), true), () -> count(renders));
        memo.section("t", List.of(other, List.of(profile, "a"), true), () -> count(renders));
        memo.section("t", List.of(profile, List.of(profile, "a"), false), () -> count(renders));
        memo.section("u", List.of(profile, List.of(profile, "a"), true), () -> count(renders));

        assertThat(renders).hasValue(4);
    }

    @Test
    void withoutAMemoEverySectionIsRenderedEachTime() throws Exception {
        WordingMemo memo = WordingMemo.none();
        AtomicInteger renders = new AtomicInteger();

        memo.section("t", List.of("a"), () -> count(renders));
        memo.section("t", List.of("a"), () -> count(renders));

        assertThat(renders).hasValue(2);
    }

    @Test
    void theFilesRenderedAfterTheKeywordCheckAreTheBytesRenderedWithoutIt() throws Exception {
        Profile bgp = new DescriptorParser()
                .parse(Path.of("src/test/resources/descriptors/valid/bgp.yaml"), "src/main/ipsec/bgp.yaml")
                .profile();
        List<Finding> findings = new ProfileChecker(RuleSettings.defaults()).check(bgp);
        RenderRequest request = new RenderRequest(List.of(bgp), findings, EnumSet.allOf(Format.class), 1);
        TemplateEngine engine = new TemplateEngine(null);
        WordingMemo memo = WordingMemo.forOneExecution();
        FragmentRenderer shared = new FragmentRenderer(engine, ReferenceLibrary.standard(), memo);

        Set<String> usingKeywords = shared.sectionsUsingKeywords(List.of(bgp), findings);

        assertThat(usingKeywords).contains("ipsec-profile-bgp");
        assertThat(shared.render(request))
                .isEqualTo(new FragmentRenderer(engine, ReferenceLibrary.standard()).render(request));
    }

    private static Section count(AtomicInteger renders) {
        renders.incrementAndGet();
        return SECTION;
    }
}
