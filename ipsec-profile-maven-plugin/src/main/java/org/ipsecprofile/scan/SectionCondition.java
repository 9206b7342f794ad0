package org.ipsecprofile.scan;

import java.util.regex.Pattern;

/**
 * Whether a sentence's section has said, before it, that its requirements hold only where IPsec is
 * used: a sentence of the section that points at the section or at what follows ("this section",
 * "this subsection", "the following", "below") and states the condition that IPsec, ESP, AH or IKE
 * is used, implemented, supported or present ("if IPsec is implemented", "whenever IPsec is being
 * used", "when IKEv2 is supported"). So after "The requirements of this section apply only if
 * IPsec is used." or "When ESP is supported, the following rules apply.", "Relays MUST use IKEv2
 * for key management" is a setting of an optional IPsec, not a mandate to use it; a requirement
 * that stands before that sentence, one in another section, and one after a condition that is not
 * about IPsec ("The rules below apply when the path is not trusted.") are still mandates.
 *
 * <p>The section is the one {@link SectionHeadings} tracks (from the end of its heading); its
 * source is read forward once, as the scan's flagged sentences come in order, and only for a draft
 * with a flagged sentence.
 */
final class SectionCondition {

    private static final String POINTER = "(?:this\\s+(?:sub)?section|the\\s+following|below)";

    private static final String CONDITION = "\\b(?:if|when|whenever|where)\\s+(?:the\\s+)?(?:use\\s+of\\s+)?"
            + IpsecTerms.SHORT_NAME + "\\b[^.;:]{0,40}?" + IpsecTerms.IS_IN_USE;

    /** A pointer and a condition on IPsec in one sentence, either first (no full stop between them). */
    private static final Pattern SCOPE = Pattern.compile("(?i)\\b" + POINTER + "\\b[^.]{0,160}?" + CONDITION + "|"
            + CONDITION + "[^.]{0,160}?\\b" + POINTER + "\\b");

    /** How far back a stretch is read again, so a sentence cut by the previous stretch is still seen whole. */
    private static final int OVERLAP = 400;

    private final String source;
    private int section = -1;
    private int readTo;
    private boolean found;

    /** The source offset of the next word that may point at a section, at or after where it was last looked for. */
    private int nextCue = -1;

    SectionCondition(String source) {
        this.source = source;
    }

    /**
     * True when the section starting at source offset {@code sectionStart} has stated, between its
     * start and {@code offset}, that its requirements hold only where IPsec is used. Asked with
     * offsets in text order.
     */
    boolean holds(int sectionStart, int offset) {
        if (sectionStart != section) {
            section = sectionStart;
            readTo = sectionStart;
            found = false;
        }
        if (!found && readTo < offset) {
            int from = Math.max(section, readTo - OVERLAP);
            if (nextCue < from) {
                nextCue = nextCue(from);
            }
            if (nextCue < offset) {
                found = SCOPE.matcher(source.substring(from, offset)).find();
            }
            readTo = offset;
        }
        return found;
    }

    /** True when {@code text} holds a sentence that makes a section's requirements conditional on IPsec. */
    static boolean scopes(String text) {
        for (String cue : POINTER_CUES) {
            if (text.contains(cue)) {
                return SCOPE.matcher(text).find();
            }
        }
        return false;
    }

    private int nextCue(int from) {
        int next = Integer.MAX_VALUE;
        for (String cue : POINTER_CUES) {
            int at = source.indexOf(cue, from);
            if (at >= 0 && at < next) {
                next = at;
            }
        }
        return next;
    }

    /** A cheap test before the pattern: a stretch without any of these words cannot point at a section. */
    private static final String[] POINTER_CUES = {"ection", "ECTION", "ollowing", "OLLOWING", "elow", "ELOW"};
}
