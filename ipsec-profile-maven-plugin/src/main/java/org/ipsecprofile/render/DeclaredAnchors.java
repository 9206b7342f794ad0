package org.ipsecprofile.render;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * The anchors of the references the project's drafts declare themselves (SPEC §5), by the format
 * of the drafts that declare them: the xml2rfc reference groups leave out what the XML drafts
 * declare, {@code references.yaml} what the kramdown-rfc drafts declare. An XML draft never reads
 * {@code references.yaml}, nor a Markdown draft the XML groups, so a project with an XML draft
 * and its Markdown twin gets for each the references it lacks.
 *
 * @param xml2rfc  declared by the xml2rfc drafts (or the files they include)
 * @param markdown declared by the kramdown-rfc drafts
 */
public record DeclaredAnchors(Set<String> xml2rfc, Set<String> markdown) {

    /** Drafts that declare nothing. */
    public static final DeclaredAnchors NONE = new DeclaredAnchors(Set.of(), Set.of());

    public DeclaredAnchors {
        xml2rfc = Collections.unmodifiableSortedSet(new TreeSet<>(xml2rfc));
        markdown = Collections.unmodifiableSortedSet(new TreeSet<>(markdown));
    }

    /** One line for a fingerprint: both sets, sorted. */
    public String fingerprint() {
        return "xml2rfc=" + String.join(" ", xml2rfc) + "\nmarkdown=" + String.join(" ", markdown);
    }
}
