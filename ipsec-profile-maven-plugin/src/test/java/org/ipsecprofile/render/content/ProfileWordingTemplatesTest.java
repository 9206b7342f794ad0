package org.ipsecprofile.render.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ipsecprofile.model.Profile;
import org.ipsecprofile.render.TemplateEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default wording templates of the profile section as files: small, documented, overridable one by one. */
class ProfileWordingTemplatesTest {

    private static final String ROOT = TemplateEngine.DEFAULT_TEMPLATE_PATH + "/";
    private static final Pattern INCLUDED = Pattern.compile("<#(?:include|import) \"([^\"]+)\"");

    /** Each template the profile section's wording includes or imports, section.ftlx first, with its text. */
    private static Map<String, String> templates() {
        Map<String, String> found = new LinkedHashMap<>();
        Deque<String> next = new ArrayDeque<>();
        next.add(RenderFixtures.PROFILE_WORDING);
        while (!next.isEmpty()) {
            String name = next.poll();
            if (found.containsKey(name)) {
                continue;
            }
            String text = read(name);
            found.put(name, text);
            Matcher matcher = INCLUDED.matcher(text);
            while (matcher.find()) {
                next.add(Path.of(name)
                        .resolveSibling(matcher.group(1))
                        .normalize()
                        .toString()
                        .replace('\\', '/'));
            }
        }
        return found;
    }

    private static String read(String name) {
        try (InputStream in = TemplateEngine.class.getClassLoader().getResourceAsStream(ROOT + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theSectionIncludesATemplatePerPart() {
        assertThat(templates().keySet())
                .contains(
                        "wording/phrases.ftlx",
                        "wording/profile/introduction.ftlx",
                        "wording/profile/item-a-selectors.ftlx",
                        "wording/profile/item-b-protocols-and-mode.ftlx",
                        "wording/profile/item-c-key-management.ftlx",
                        "wording/profile/item-d-identification.ftlx",
                        "wording/profile/item-e-user-switching.ftlx",
                        "wording/profile/item-f-authentication.ftlx",
                        "wording/profile/item-g-authorization.ftlx",
                        "wording/profile/item-h-ike-version.ftlx",
                        "wording/profile/item-i-availability.ftlx");
    }

    @Test
    void noWordingTemplateIsLongerThan60Lines() {
        templates()
                .forEach((name, text) ->
                        assertThat(text.lines().count()).as(name).isLessThanOrEqualTo(60));
    }

    @Test
    void eachWordingTemplateStartsWithACommentSayingWhatItWords() {
        templates().forEach((name, text) -> assertThat(text).as(name).startsWith("<#--"));
    }

    @Test
    void anOverriddenItemTemplateChangesThatItemOnly(@TempDir Path overrides) throws Exception {
        Path item = overrides.resolve("wording/profile/item-i-availability.ftlx");
        Files.createDirectories(item.getParent());
        Files.writeString(item, "<p>Routers of every vendor ship it.</p>\n");
        Profile bgp = RenderFixtures.valid("bgp.yaml");
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("profile", bgp);
        root.put("findings", RenderFixtures.findings(bgp));
        root.put("facts", ProfileFacts.of(bgp, RenderFixtures.findings(bgp), SectionText.LIBRARY::contains));
        Section section = new TemplateEngine(overrides, SectionText.LIBRARY::contains)
                .renderSection(RenderFixtures.PROFILE_WORDING, root);
        Section defaults = RenderFixtures.profileSection(bgp);

        assertThat(SectionText.definition(section, "Availability")).isEqualTo("Routers of every vendor ship it.\n\n");
        for (String term : SectionText.terms(defaults)) {
            if (!term.equals("Availability")) {
                assertThat(SectionText.definition(section, term))
                        .as(term)
                        .isEqualTo(SectionText.definition(defaults, term));
            }
        }
    }
}
