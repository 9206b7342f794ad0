package org.ipsecprofile.parse;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Finds the known word a misspelt key or value most likely meant, for "did you mean" hints.
 *
 * <p>The distance is commons-text's {@link LevenshteinDistance} with a threshold. This class is
 * used only when a descriptor holds an unknown key or value, so a valid descriptor's build
 * loads no commons-text class (the {@code it/bgp-example} integration test checks that).
 */
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
            // -1 when the words are more than `allowed` edits apart
            int distance = new LevenshteinDistance(allowed).apply(typed, candidate.toLowerCase(Locale.ROOT));
            if (distance >= 0 && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }
}
