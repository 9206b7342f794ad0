package org.ipsecprofile.render;

import java.util.List;
import java.util.Set;
import org.ipsecprofile.check.Finding;
import org.ipsecprofile.model.Profile;

/**
 * What to render: the profiles that parsed (in file order), the findings of the check (all
 * profiles; suppressed ones included), the formats, the heading level of the Markdown
 * sections (1 = {@code #}), and the anchors of the references the drafts declare themselves,
 * which the generated reference lists of their format leave out (SPEC §5).
 */
public record RenderRequest(
        List<Profile> profiles,
        List<Finding> findings,
        Set<Format> formats,
        int markdownHeadingLevel,
        DeclaredAnchors declaredReferences) {

    /** A request for drafts that declare no reference of their own. */
    public RenderRequest(
            List<Profile> profiles, List<Finding> findings, Set<Format> formats, int markdownHeadingLevel) {
        this(profiles, findings, formats, markdownHeadingLevel, DeclaredAnchors.NONE);
    }

    public RenderRequest {
        profiles = List.copyOf(profiles);
        findings = List.copyOf(findings);
        formats = Set.copyOf(formats);
        declaredReferences = declaredReferences == null ? DeclaredAnchors.NONE : declaredReferences;
        if (markdownHeadingLevel < 1 || markdownHeadingLevel > 6) {
            throw new IllegalArgumentException("markdownHeadingLevel must be 1 to 6, not " + markdownHeadingLevel);
        }
    }
}
