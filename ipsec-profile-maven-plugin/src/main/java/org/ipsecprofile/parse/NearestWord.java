package org.ipsecprofile.parse;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.ipsecprofile.check.EditDistance;

/** Finds the known word a misspelt key or value most likely meant, for "did you mean" hints. */
final class NearestWord {

    private static final int MAX_DISTANCE = 3;

    private NearestWord() {}

    /**
     * The candidate closest to {@code written}, compared without regard to case, when it is close
     * enough: at most three edits, and fewer for short words (one edit for {@code id}, two for
     * {@code schema}) so that any short word does not "match" any other. Ties go to the candidate
     * listed first.
     */
    static Optional<String> nearest(String written, Collection<String> candidates) {
        String typed = written.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int allowed = Math.min(MAX_DISTANCE, Math.max(1, candidate.length() / 3));
            int distance = EditDistance.within(typed, candidate.toLowerCase(Locale.ROOT), allowed);
            if (distance >= 0 && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }
}
