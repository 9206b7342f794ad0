package org.ipsecprofile.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.ipsecprofile.check.Finding;
import org.ipsecprofile.check.ProfileChecker;
import org.ipsecprofile.check.RuleSettings;
import org.ipsecprofile.check.Severity;
import org.ipsecprofile.check.rules.RuleRegistry;
import org.ipsecprofile.model.Profile;
import org.ipsecprofile.parse.DescriptorParser;
import org.ipsecprofile.render.content.Section;
import org.ipsecprofile.render.refs.ReferenceLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    void aSectionWhoseRenderLeftTheListUnreadServesAnyListAndOneThatReadItServesThatListOnly() throws Exception {
        WordingMemo memo = WordingMemo.forOneExecution();
        AtomicInteger renders = new AtomicInteger();
        Object profile = new Object();
        Object finding = new Object();
        Object another = new Object();

        memo.section("t", List.of(profile), List.of(finding), list -> count(renders));
        memo.section("t", List.of(profile), List.of(finding, another), list -> count(renders));
        assertThat(renders).as("unread: one render for both lists").hasValue(1);

        Section first = memo.section("u", List.of(profile), List.of(finding), list -> listing(renders, list));
        Section again = memo.section("u", List.of(profile), List.of(finding), list -> listing(renders, list));
        Section other = memo.section("u", List.of(profile), List.of(finding, another), list -> listing(renders, list));
        assertThat(again).as("read: the same list again is no new render").isSameAs(first);
        assertThat(other.title()).as("read: another list renders again").isEqualTo("2 items");
        assertThat(renders).hasValue(3);
    }

    @Test
    void anOverrideThatReadsEveryFindingSeesTheFindingTheKeywordCheckAddsAfterRendering(@TempDir Path templates)
            throws Exception {
        Files.createDirectories(templates.resolve("wording/security"));
        Files.writeString(
                templates.resolve("wording/security/additional.ftlx"),
                "<p>The build reports ${findings?size} findings.</p>\n");
        Profile bgp = bgp();
        List<Finding> findings = new ProfileChecker(RuleSettings.defaults()).check(bgp);
        List<Finding> withDraftFinding = new ArrayList<>(findings);
        withDraftFinding.add(draftFinding());
        FragmentRenderer renderer = new FragmentRenderer(
                new TemplateEngine(templates), ReferenceLibrary.standard(), WordingMemo.forOneExecution());

        renderer.sectionsUsingKeywords(List.of(bgp), findings);
        String security = renderer.render(new RenderRequest(List.of(bgp), withDraftFinding, EnumSet.of(Format.TEXT), 1))
                .get("text/security-considerations.txt");

        assertThat(security).contains("The build reports " + withDraftFinding.size() + " findings.");
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
        Profile bgp = bgp();
        List<Finding> findings = new ProfileChecker(RuleSettings.defaults()).check(bgp);
        // The files are rendered with one finding more: the check's own, on a draft.
        List<Finding> withDraftFinding = new ArrayList<>(findings);
        withDraftFinding.add(draftFinding());
        RenderRequest request = new RenderRequest(List.of(bgp), withDraftFinding, EnumSet.allOf(Format.class), 1);
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

    /** A render that reads its list: the section's title says how long it is. */
    private static Section listing(AtomicInteger renders, List<?> list) {
        renders.incrementAndGet();
        return new Section("a", list.size() + " items", List.of(), List.of());
    }

    private static Profile bgp() throws Exception {
        return new DescriptorParser()
                .parse(Path.of("src/test/resources/descriptors/valid/bgp.yaml"), "src/main/ipsec/bgp.yaml")
                .profile();
    }

    /** A finding on a draft, as the bcp14-boilerplate check makes: no profile. */
    private static Finding draftFinding() {
        return new Finding(
                RuleRegistry.BCP14_BOILERPLATE.id(),
                Severity.WARNING,
                RuleRegistry.BCP14_BOILERPLATE.sources(),
                null,
                "draft-foo.xml",
                3,
                1,
                "the draft does not say how to read the key words",
                false,
                null);
    }
}
