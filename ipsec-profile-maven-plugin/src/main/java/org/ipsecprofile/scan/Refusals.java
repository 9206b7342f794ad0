package org.ipsecprofile.scan;

import java.util.regex.Pattern;
import org.ipsecprofile.scan.RequirementWords.Keyword;

/**
 * Prohibitions that ask for IPsec and refusals of what IPsec does not protect, a reading of {@link
 * MandatePolicy}. A negated requirement word makes no mandate, except when the prohibition is
 * lifted by IPsec ("MUST NOT be sent unless protected by IPsec", "… without ESP") or prohibits
 * going without it ("MUST NOT disable IPsec", "… turn off …", "… bypass …"). A mandate to refuse
 * what IPsec does not protect counts ("MUST reject reports that are not carried in ESP", "packets
 * that are not protected with ESP MUST be discarded"), but only for what lacks the term ("not
 * protected by ESP", "without", "unless"), not for what it causes ("not possible due to AH").
 */
final class Refusals {

    private Refusals() {}

    static final Pattern LIFTED = Pattern.compile("\\b(?:unless|without|except|other than|outside|not)\\b");

    /** After a prohibition, before the term: doing without it ("MUST NOT disable", "SHOULD NOT turn off the"). */
    static final Pattern DISABLE = Pattern.compile(
            "\\s+(?:\\w+ly\\s+)?(?:disable|turn\\s+off|switch\\s+off" + "|bypass)\\s+(?:(?:the|any)\\s+)?");

    /** After the keyword: "MUST be silently discarded". */
    private static final Pattern REFUSED_CUE = Pattern.compile(
            "\\s+(?:\\w+\\s+){0,2}?(?:be\\s+)?(?:\\w+ly\\s+)?(?:rejected|discarded|dropped|ignored|refused|denied)\\b");

    /** A mandate to refuse what is not protected: "MUST discard packets not protected by ESP". */
    static final Pattern REFUSAL = Pattern.compile("\\b(?:reject|discard|drop|refuse|ignore|deny)(?:ed|ped)?\\b");

    /**
     * Before a term: what lacks it ("not protected by", "not carried in", "that do not use",
     * "without", "unless"); not a cause ("not possible due to AH").
     */
    static final Pattern UNPROTECTED =
            Pattern.compile("\\b(?:(?:not|never)\\b(?:\\W+\\w+){0,2}?\\W+(?:protected|secured"
                    + "|authenticated|encrypted|integrity[\\s-]protected|carried|covered|sent|received|encapsulated|tunnell?ed"
                    + "|use|uses|using|over|in|by|with|via|through|under|carry|carries|contain|contains|have|has|include|includes"
                    + "|bear|bears)|without|unless)\\b(?:\\W+\\w+){0,4}?\\W*$"
                    + "|\\b(?:not|never)\\W+(?:(?:an?|the)\\W+)?$");

    /** "Packets that are not protected with ESP MUST be discarded": a refusal with the term in its subject. */
    static boolean refusedUnprotected(String lower, Keyword k, int[] term) {
        if (!REFUSED_CUE
                .matcher(lower)
                .region(k.end(), Math.min(lower.length(), k.end() + 40))
                .lookingAt()) {
            return false;
        }
        return UNPROTECTED
                .matcher(lower)
                .region(Math.max(0, term[0] - Clauses.WINDOW), term[0])
                .find();
    }
}
