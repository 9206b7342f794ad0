package org.ipsecprofile.render.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.ipsecprofile.check.Finding;
import org.ipsecprofile.check.ProfileChecker;
import org.ipsecprofile.check.RuleSettings;
import org.ipsecprofile.model.Profile;
import org.ipsecprofile.parse.DescriptorParser;
import org.ipsecprofile.render.TemplateEngine;
import org.ipsecprofile.render.TemplateProblem;

/**
 * Profiles parsed from the test descriptors, their findings, and the sections the default
 * wording templates write for them.
 */
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

    /** The profile's findings (unsuppressed) as if another profile, {@code id}, had them. */
    static List<Finding> findingsAsIfOf(String id, Profile profile) {
        return findings(profile).stream()
                .map(f -> new Finding(
                        f.rule(),
                        f.severity(),
                        f.sources(),
                        id,
                        f.file(),
                        f.line(),
                        f.column(),
                        f.message(),
                        false,
                        null))
                .toList();
    }

    /** The wording template of a profile's section. */
    static final String PROFILE_WORDING = "wording/profile/section.ftlx";

    /** The profile's section with all its findings, citing the references of {@link SectionText#LIBRARY}. */
    static Section profileSection(Profile profile) {
        return profileSection(profile, findings(profile));
    }

    /** The profile's section with these findings, citing the references of {@link SectionText#LIBRARY}. */
    static Section profileSection(Profile profile, List<Finding> findings) {
        return render(DefaultEngine.ENGINE, profile, findings, SectionText.LIBRARY::contains);
    }

    /**
     * The section the default wording templates write for {@code profile}, with these findings,
     * when the reference library holds the anchors {@code knownReference} accepts.
     */
    static Section profileSection(Profile profile, List<Finding> findings, Predicate<String> knownReference) {
        return render(engine(knownReference), profile, findings, knownReference);
    }

    /** The engine of the default templates, whose wording may cite the references of {@link SectionText#LIBRARY}. */
    private static final class DefaultEngine {
        static final TemplateEngine ENGINE = engine(SectionText.LIBRARY::contains);
    }

    private static TemplateEngine engine(Predicate<String> knownReference) {
        try {
            return new TemplateEngine(null, knownReference);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Section render(
            TemplateEngine engine, Profile profile, List<Finding> findings, Predicate<String> knownReference) {
        return render(engine, profile, findings, knownReference, false);
    }

    private static Section render(
            TemplateEngine engine,
            Profile profile,
            List<Finding> findings,
            Predicate<String> knownReference,
            boolean defaultTitleCollides) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("profile", profile);
        root.put("findings", findings);
        root.put("facts", ProfileFacts.of(profile, findings, knownReference, defaultTitleCollides));
        try {
            return engine.renderSection(PROFILE_WORDING, root);
        } catch (TemplateProblem e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The facts of the Security Considerations, naming each profile section by the title its template writes. */
    static SecurityFacts securityFacts(List<Profile> profiles, List<Finding> findings) {
        java.util.Set<String> collisions = ProfileFacts.defaultTitleCollisions(profiles);
        return SecurityFacts.of(
                profiles,
                findings,
                p -> render(
                                DefaultEngine.ENGINE,
                                p,
                                findings(p),
                                SectionText.LIBRARY::contains,
                                collisions.contains(p.id()))
                        .title());
    }

    /** The Security Considerations of the profiles, as the wording templates write them. */
    static Section securitySection(Profile... profiles) {
        List<Finding> findings = java.util.Arrays.stream(profiles)
                .flatMap(p -> findings(p).stream())
                .toList();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("facts", securityFacts(List.of(profiles), findings));
        try {
            return DefaultEngine.ENGINE.renderSection("wording/security/section.ftlx", root);
        } catch (TemplateProblem e) {
            throw new IllegalStateException(e);
        }
    }
}
