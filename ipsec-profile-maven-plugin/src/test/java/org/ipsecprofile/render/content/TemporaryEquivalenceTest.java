package org.ipsecprofile.render.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipsecprofile.check.Finding;
import org.ipsecprofile.model.*;
import org.ipsecprofile.render.TemplateEngine;
import org.junit.jupiter.api.Test;

class TemporaryEquivalenceTest {

    @Test
    void templatesWriteWhatTheJavaWriterWrote() throws Exception {
        TemplateEngine engine = new TemplateEngine(null);
        List<Profile> all = SecurityVariants.all();
        List<List<Profile>> cases = new ArrayList<>();
        for (Profile p : all) {
            cases.add(List.of(p));
        }
        for (int i = 0; i + 1 < all.size(); i++) {
            cases.add(List.of(all.get(i), all.get((i * 7 + 3) % all.size())));
        }
        cases.add(all);
        cases.add(List.of());
        for (List<Profile> profiles : cases) {
            List<Finding> findings = profiles.stream()
                    .flatMap(p -> RenderFixtures.findings(p).stream())
                    .toList();
            Section expected = new SecurityConsiderationsWriter(
                            org.ipsecprofile.render.refs.ReferenceLibrary.standard()::contains)
                    .write(profiles, findings);
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("facts", SecurityFacts.of(profiles, findings));
            Section actual = engine.renderSection("wording/security/section.ftlx", root);
            assertThat(SectionText.of(actual))
                    .as(profiles.stream().map(Profile::id).toList().toString())
                    .isEqualTo(SectionText.of(expected));
            assertThat(actual).isEqualTo(expected);
        }
    }
}
