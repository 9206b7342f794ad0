package org.ipsecprofile.render.content;

/**
 * A citation of a reference by its anchor ({@code RFC4301}), optionally of one of its sections
 * ({@code 3.1}, or null). {@code normative} says how the text relies on it: a reference cited
 * normatively anywhere is listed among the normative references.
 */
public record Citation(String anchor, String section, boolean normative) implements Inline {

    public static Citation normative(String anchor) {
        return new Citation(anchor, null, true);
    }

    public static Citation informative(String anchor) {
        return new Citation(anchor, null, false);
    }

    public static Citation informative(String anchor, String section) {
        return new Citation(anchor, section, false);
    }
}
