package org.ipsecprofile.render.content;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * Makes citations of the references the plugin's library holds, and plain text for any other
 * document, so that every {@link Citation} the writers produce resolves to a reference entry.
 */
final class Citations {

    private final Predicate<String> knownReference;

    Citations(Predicate<String> knownReference) {
        this.knownReference = Objects.requireNonNull(knownReference, "knownReference");
    }

    boolean known(String anchor) {
        return anchor != null && knownReference.test(anchor);
    }

    /** A citation of a document that implementing the profile requires. */
    Inline normative(String anchor) {
        return cite(anchor, null, true);
    }

    /** A citation of background or guidance. */
    Inline informative(String anchor) {
        return cite(anchor, null, false);
    }

    /** A citation of a section of RFC 5406, whose guidance the text applies. */
    Inline guidance(String section) {
        return cite("RFC5406", section, false);
    }

    Inline cite(String anchor, String section, boolean normative) {
        if (known(anchor)) {
            return new Citation(anchor, section, normative);
        }
        String name = anchor.matches("RFC\\d+") ? "RFC " + anchor.substring(3) : anchor;
        return new Text(section == null ? name : "Section " + section + " of " + name);
    }
}
