package org.ipsecprofile.render.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipsecprofile.check.Finding;
import org.ipsecprofile.check.ProfileChecker;
import org.ipsecprofile.check.RuleSettings;
import org.ipsecprofile.model.Profile;
import org.ipsecprofile.parse.DescriptorParser;
import org.ipsecprofile.render.TemplateEngine;
import org.ipsecprofile.render.TemplateProblem;

/** Profiles parsed from the test descriptors, their findings, and the sections made of them. */
final class RenderFixtures {

    private RenderFixtures() {}

    /** A descriptor of {@code src/test/resources/descriptors/valid}, parsed. */
    static Profile valid(String name) {
        try {
            Path file = Path.of(RenderFixtures.class
                    .getResource("/descriptors/valid/" + name)
                    .toURI());
            return new DescriptorParser().parse(file, "src/main/ipsec/" + name).profile();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every finding of the profile under the default rule settings, suppressed ones included. */
    static List<Finding> findings(Profile profile) {
        return new ProfileChecker(RuleSettings.defaults()).check(profile);
    }

    static Section profileSection(Profile profile) {
        return new ProfileSectionWriter(SectionText.LIBRARY::contains).write(profile, findings(profile));
    }

    /** The Security Considerations of the profiles, as the wording templates write them. */
    static Section securitySection(Profile... profiles) {
        List<Finding> findings = java.util.Arrays.stream(profiles)
                .flatMap(p -> findings(p).stream())
                .toList();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("facts", SecurityFacts.of(List.of(profiles), findings));
        try {
            return Templates.ENGINE.renderSection("wording/security/section.ftlx", root);
        } catch (TemplateProblem e) {
            throw new IllegalStateException(e);
        }
    }

    /** The default templates, loaded once for all tests. */
    private static final class Templates {
        static final TemplateEngine ENGINE = engine();

        private static TemplateEngine engine() {
            try {
                return new TemplateEngine(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
