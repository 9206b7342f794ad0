package org.ipsecprofile.check;

/**
 * The Levenshtein distance of two words (insertions, deletions and substitutions, each counting
 * one), for "did you mean" hints. Descriptor keys and rule ids are short, so the plain
 * two-row algorithm is all it takes; commons-text was a dependency for this alone.
 */
public final class EditDistance {

    private EditDistance() {}

    /** The number of single-character edits that turn {@code a} into {@code b}. */
    public static int between(CharSequence a, CharSequence b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            char c = a.charAt(i - 1);
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (c == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** The distance when it is at most {@code limit}, else -1. */
    public static int within(CharSequence a, CharSequence b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return -1;
        }
        int distance = between(a, b);
        return distance <= limit ? distance : -1;
    }
}
