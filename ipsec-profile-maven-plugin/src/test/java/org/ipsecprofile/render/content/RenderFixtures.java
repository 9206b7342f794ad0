package org.ipsecprofile.render.content;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.ipsecprofile.check.Finding;
import org.ipsecprofile.check.ProfileChecker;
import org.ipsecprofile.check.RuleSettings;
import org.ipsecprofile.model.Profile;
import org.ipsecprofile.parse.DescriptorParser;

/** Profiles parsed from the test descriptors, their findings, and the writers under test. */
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

    static Section securitySection(Profile... profiles) {
        List<Finding> findings = java.util.Arrays.stream(profiles)
                .flatMap(p -> findings(p).stream())
                .toList();
        return new SecurityConsiderationsWriter(SectionText.LIBRARY::contains).write(List.of(profiles), findings);
    }
}
