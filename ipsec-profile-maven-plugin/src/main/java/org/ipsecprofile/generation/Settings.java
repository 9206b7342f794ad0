package org.ipsecprofile.generation;

import java.nio.charset.Charset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ipsecprofile.check.ConfigurationException;
import org.ipsecprofile.check.FailOn;
import org.ipsecprofile.check.RuleSettings;
import org.ipsecprofile.render.Format;
import org.ipsecprofile.scan.DraftSelection;

/**
 * The configured values a request holds as text, read into what the core uses; a value that
 * cannot be used is a {@link GenerationException} naming the setting and what to write instead.
 */
final class Settings {

    private Settings() {}

    static FailOn failOn(String failOn) throws GenerationException {
        String value = failOn == null ? "error" : failOn.trim();
        return FailOn.fromKeyword(value)
                .orElseThrow(() -> new GenerationException(
                        "failOn '" + failOn + "' is not valid: write error, warning, info or none in <failOn> or"
                                + " -Dipsec-profile.failOn"));
    }

    static RuleSettings ruleSettings(Map<String, String> ruleSeverities) throws GenerationException {
        try {
            return ruleSeverities == null ? RuleSettings.defaults() : RuleSettings.from(ruleSeverities);
        } catch (ConfigurationException e) {
            throw new GenerationException(e.getMessage(), e);
        }
    }

    static Charset encoding(String encoding) throws GenerationException {
        try {
            return DraftSelection.encoding(encoding);
        } catch (ConfigurationException e) {
            throw new GenerationException(e.getMessage(), e);
        }
    }

    static Set<Format> formats(List<String> formats) throws GenerationException {
        Set<Format> selected = EnumSet.noneOf(Format.class);
        for (String name : formats == null ? List.<String>of() : formats) {
            for (String part : name.split(",")) {
                String keyword = part.trim();
                if (keyword.isEmpty()) {
                    continue;
                }
                selected.add(Format.fromKeyword(keyword)
                        .orElseThrow(() -> new GenerationException("formats: '" + keyword
                                + "' is not a format: write xml2rfc, markdown or text in <formats>"
                                + " or -Dipsec-profile.formats")));
            }
        }
        if (selected.isEmpty()) {
            throw new GenerationException("formats is empty: name at least one of xml2rfc, markdown, text");
        }
        return selected;
    }

    /** Checks the rendering settings, so a bad one stops {@code generate} before any descriptor is read. */
    static Set<Format> checkRendering(GenerationRequest.Rendering rendering) throws GenerationException {
        Set<Format> formats = formats(rendering.formats());
        int level = rendering.markdownHeadingLevel();
        if (level < 1 || level > 6) {
            throw new GenerationException("markdownHeadingLevel " + level
                    + " is not valid: write a number from 1 to 6 in <markdownHeadingLevel>");
        }
        return formats;
    }
}
