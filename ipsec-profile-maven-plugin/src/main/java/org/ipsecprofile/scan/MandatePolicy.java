package org.ipsecprofile.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ipsecprofile.scan.RequirementWords.Force;
import org.ipsecprofile.scan.RequirementWords.Keyword;

/**
 * Decides whether one sentence requires or recommends IPsec: the entry point ({@link #find}) and
 * the decision ({@code decide}: which requirement word governs which term, prohibitions lifted by
 * IPsec, refusals, conditions of use, pronouns). The readings it asks live in their own classes,
 * each stating its rules: {@link IpsecTerms}, {@link RequirementWords}, {@link Clauses}, {@link
 * Conditions}, {@link Alternatives}, {@link Refusals}, {@link IpsecSpecification} and {@link
 * CloseReading}. The policy, precision first (a missed mandate costs less than a build failed for
 * nothing):
 *
 * <ul>
 * <li>An IPsec term ({@link IpsecTerms}: IPsec, ESP, AH, IKE, their names spelt out, or a citation
 *     of their RFCs), not joined by a hyphen to the word before.</li>
 * <li>A requirement word ({@link RequirementWords}, which states how they are found and vetted):
 *     MUST, SHALL, SHOULD, REQUIRED and RECOMMENDED make a mandate, reported as an error; the
 *     plain-English "must", "shall", "should", "is required", … (RFC 8174 Section 2) a mandate
 *     reported as a warning, when the sentence holds no upper-case requirement. A plain-English
 *     word counts only when the drafts' text names IPsec, IKE or ESP in it ({@link
 *     #termPositions}) and a plain "must", "shall" or "should" asks to use, support, implement or
 *     protect, or to be used, supported, protected … ("the initiator must quickly change to port
 *     4500" is ordinary English); "require(s) (the) use of" not with the term as what requires,
 *     nor after a cited subject or a cause. A negated word makes no mandate, except when the
 *     prohibition is lifted by IPsec or prohibits going without it ({@link Refusals}). "It is
 *     REQUIRED that …" asks for IPsec only when its clause has a verb of use.</li>
 * <li>The term belongs to the nearest requirement word, counted in words, within reach and not
 *     across a break of clause ({@link Clauses}). A term before the word does not belong to it
 *     when the sentence opens with a phrase of its own that holds the term ("For IPsec, default
 *     profiles must be defined"). A requirement to support, use or implement "it", "this" or
 *     "them" reaches the last IPsec term before it in the sentence ("IPsec …; implementations MUST
 *     support it").</li>
 * <li>A mandate to refuse what IPsec does not protect counts ({@link Refusals}).</li>
 * <li>IPsec machinery, a part or an implementation of IPsec, and history or a rejected design are
 *     not a mandate to use IPsec ({@link IpsecSpecification} lists them); nor is a requirement
 *     that has a security association as its subject ("the SA establishment procedure MUST
 *     ensure"). A term is not counted when it is the subject of a requirement to act rather than
 *     to be used ("IPsec MUST perform", "IKE MUST validate"; "IKE MUST be used" stays a
 *     mandate).</li>
 * <li>No mandate when the words just before the term negate or set it aside ("not", "without",
 *     "instead of", "unlike", "rather than", "unless", "co-exist with", …) or make it an example
 *     or a comparison ("such as", "e.g.", "for example", "like", "similar to", …) or a thing
 *     passed over ("prefer X over IPsec"), a negation in another clause aside ("If this cannot be
 *     done, IPsec must be used"); when the term is one of several alternatives ({@link
 *     Alternatives}); when the term is the subject of "should only be used" (a restriction) or
 *     "should be used with care" (a caution); when a term sits in a condition or concession, or a
 *     condition is that IPsec is in use ({@link Conditions}); when the term qualifies the subject
 *     through a participle and the requirement is not to use it ("traffic carried over an IPsec
 *     tunnel MUST still be authenticated"); when the requirement is to allow or permit IPsec
 *     ("MUST allow ESP packets to pass"), or to do without it ("SHOULD be avoided", "MUST tear
 *     down the IPsec SAs"); when the term is compared ("than the one used for IPsec").</li>
 * <li>A sentence that would be flagged is read once more, closely (no other sentence is): its
 *     requirement words are vetted ({@link RequirementWords}: nouns, references, statements,
 *     reported requirements). Then {@link CloseReading} reads the pair of keyword and term
 *     (machinery, SAs in place, the term as an agent, allowing, set-to values, examples,
 *     hypothetical, subordinate, indirect or relative plain-English words). A term in a "given
 *     that" clause is a condition.</li>
 * <li>More readings: alternatives joined by "or" ({@link Alternatives}). An example in an
 *     opening phrase is not the main clause's ("When using protocols such as X, IPsec should be
 *     used"). A plain "is required because/since …" explains, and a plain "is required to" with a
 *     verb that is neither one of use nor a purpose ("is required to derive the IPsec SAs") says
 *     what the subject does. A requirement that the protocol set up or use an IPsec SA of its own
 *     ("SHALL be configured with a transport mode IPsec SA and SPD entry", "MUST establish an ESP
 *     SA") asks for IPsec whatever machinery describes the SA ("the IPsec SAs" stay SAs in place).
 *     "use X for ESP" governs X; a term in the subject with a modal followed by an active verb
 *     other than protect or secure is the subject acting, at any distance ("the ESP traffic that
 *     follows should use the new locator"); a refusal counts only for what lacks the term ({@link
 *     Refusals}); machinery in a citation or in another stretch between semicolons ({@link
 *     IpsecSpecification}); conditions of practicality and "before"/"after" ({@link Conditions});
 *     the term in a relative clause of another object, after a verb that is not of use ("SHOULD
 *     set the DF bit on probes that carry ESP"), is not what is required. A term followed by an
 *     elided condition of its presence ("before any ESP header (if present)", {@link
 *     Conditions}), a term in a list of example mechanisms ("(TLS, IPsec, etc.)"), a requirement
 *     on what a document shows or says ("MUST be explicitly shown") and one that places something
 *     relative to the term ("SHOULD be placed before the AH header") ask for nothing ({@link
 *     CloseReading}); nor does a clause that gives another document as the source of its
 *     requirement ("according to the Widget specifications", {@link RequirementWords}), nor IPsec
 *     as a yardstick ("equivalent to", "as strong as"). In a sentence that opens with "If" or
 *     "When" and goes on to ", then", a term before "then" stands in the condition, however many
 *     commas it takes.</li>
 * <li>Found though the rules above would miss them: "by implementing IPsec" after a requirement
 *     (nodes "implementing IPsec" as a subject stay a condition); a plain "should" after "rather"
 *     continuing a BCP 14 prohibition ("MUST NOT sign, but rather should rely on IPsec"; "rely on"
 *     counts as "use"); a condition that something else uses IPsec before a requirement to use
 *     IPsec too ({@link Conditions}).</li>
 * </ul>
 */
final class MandatePolicy {

    /** The words that say "IPsec" in a sentence ({@link IpsecTerms#TERM}). */
    static final Pattern TERM = IpsecTerms.TERM;

    static final Pattern SET_ASIDE = Pattern.compile("\\b(?:not|never|no|nor|neither|without|unless"
            + "|instead of|rather than|unlike|other than|in place of|independent(?:ly)? of|regardless of"
            + "|apart from|besides|except|alternatives? to|as opposed to|distinct from|separate from|different from|avoids?|avoiding|replaces?|replacing"
            + "|co-?exist(?:s|ing)? with|cannot|can't|don't|doesn't|won't|isn't|aren't)\\b(?:\\W+\\w+){0,4}\\W*$");

    /** The words that introduce examples, as a regular expression. */
    static final String EXAMPLE_WORDS = "such as|e\\.g\\.|e\\.g\\b|for example|for instance";

    static final Pattern EXAMPLE = Pattern.compile("\\b(?:" + EXAMPLE_WORDS
            + "|like|including|similar(?:ly)? to|analogous to|akin to|modell?ed on|inspired by|comparable to"
            + "|same as|used by|defined for|borrowed from|taken from|equivalent to|as (?:strong|secure|good|robust) as"
            + ")\\W*(?:\\w+\\W+){0,3}$");

    /** After a plain requirement adjective: its reason ("is required because", "is mandatory since"). */
    private static final Pattern BECAUSE_AFTER = Pattern.compile(
            "\\s*,?\\s+(?:because|since|due\\s+to|as\\s+(?:the|a|an|it|they|this|there|each|all|every))\\b");

    /** A subordinate opening of the sentence ("When using …", "If the relay …"). */
    private static final Pattern INTRODUCTION = Pattern.compile(
            "^\\W*(?:when|if|where|while|whenever|once|since|because|although|unless|as\\s+long\\s+as)\\b");

    /** Between a comma and a term: nothing but an article ("…, the ESP header"). */
    private static final Pattern OPENS_CLAUSE = Pattern.compile("\\s*(?:(?:the|an?)\\s+)?");

    /** Before a term in the same clause: a comparison ("a different key than the one used for IPsec"). */
    private static final Pattern COMPARED = Pattern.compile("\\bthan\\b[^,;]{0,30}$");

    private static final Pattern PREFERENCE = Pattern.compile("\\bprefer\\w*\\b(?:\\W+\\w+){0,6}\\W+over\\W*$");

    /** Before a term in a subject: a participle that qualifies the subject by it ("traffic carried over an"). */
    private static final Pattern QUALIFIED_SUBJECT = Pattern.compile(
            "\\b[a-z]+ed\\s+(?:over|by|with|through|via|using|inside|within|in)\\s+(?:(?:an?|the)\\s+)?$");

    /** After a keyword: a verb of being used ("MUST be used", "SHOULD also be supported"). */
    private static final Pattern USED_AFTER = Pattern.compile(
            "\\s+(?:(?:also|always|then|thus|therefore|only|still)\\s+)*"
                    + "be\\s+(?:\\w+ly\\s+)?(?:used|supported|implemented|employed|applied|provided|enabled|deployed|available)\\b");

    /** After "It is REQUIRED", "it is recommended": the clause that says what is required. */
    private static final Pattern THAT_AFTER = Pattern.compile("\\s+that\\b");

    /** In a clause after "that": a verb of using, supporting or protecting ("that IPsec be employed", "that relays support"). */
    private static final Pattern USE_IN_CLAUSE =
            Pattern.compile("\\b(?:us(?:e|es|ed|ing)|support\\w*|implement\\w*|employ\\w*"
                    + "|appl(?:y|ies|ied)|deploy\\w*|protect\\w*|secur(?:e|es|ed)|run|runs|rel(?:y|ies)|provid\\w*|enabl\\w*"
                    + "|establish\\w*|negotiat\\w*|authenticat\\w*|encrypt\\w*|carr(?:y|ies|ied)|sent|send)\\b");

    /** A security association or an IKE phase as the subject of a requirement. */
    private static final Pattern SA_SUBJECT =
            Pattern.compile("\\b(?:SAs?|security\\s+associations?|[Pp]hase\\s*[12])\\b");

    /** Before "require(s) the use of": a cited document as the subject, or a cause. */
    private static final Pattern CITED_OR_CAUSED =
            Pattern.compile("\\[|\\bRFC\\s?\\d|\\b(?i:caus|trigger|forc|lead)\\w*\\b");

    /** The words that open a sentence with a phrase of its own ("For IPsec, …", "In IKEv2, …"). */
    private static final Pattern OPENING_PHRASE = Pattern.compile(
            "^\\W*(?i:for|to|in|by|with|on|after|before|during" + "|via|through|using|regarding|as|under|within)\\b");

    /** A verb of being used: "MUST be used", "SHOULD also be supported". */
    private static final Pattern PASSIVE_OR_OBJECT = Pattern.compile(
            "^\\s+(?:(?:also|always|then|thus|therefore|only" + "|still|not)\\s+)*(?:be|protect|secure|cover)\\b");

    /** After a keyword: a verb, the subject acting ("… should use the locator"), not a preposition after a noun keyword. */
    private static final Pattern ACTS = Pattern.compile("^\\s+(?:(?:also|then|thus|still|\\w+ly)\\s+)*"
            + "(?!(?:for|to|in|on|of|and|or|by|with|at|as|from|if|when|the|a|an)\\b)[a-z]+\\b");

    /** After a plain requirement adjective: an infinitive ("is required to derive …"). */
    private static final Pattern TO_AFTER =
            Pattern.compile("^ to (?!(?:be|ensure|provide|prevent|guarantee|achieve|guard"
                    + "|avoid|mitigate|counter|meet|offer|obtain|allow|enable|make)\\b)");

    private static final int TO_LENGTH = 3;

    private static final Pattern ONLY = Pattern.compile("^\\s+only\\b");

    /** After a keyword with the term in its subject: a caution, not a recommendation ("should be used with care"). */
    private static final Pattern CAUTION = Pattern.compile("^\\s+be\\s+(?:used|deployed|applied|employed)\\s+"
            + "(?:with\\s+(?:great\\s+|some\\s+)?(?:care|caution)|sparingly|carefully|cautiously|judiciously)\\b");

    /** "MUST support it": a requirement whose object stands for the IPsec named earlier. */
    private static final Pattern PRONOUN_OBJECT = Pattern.compile("^\\s+(?:(?:also|always|then|thus|therefore)\\s+)?"
            + "(?:support|use|implement|employ|enable|apply|deploy)s?\\s+(?:it|this|them)\\b");

    /**
     * What a sentence asks for: the keyword (as written, e.g. {@code MUST} or {@code must}), the
     * IPsec term it governs, and whether the keyword is a BCP 14 one (upper case) or plain English.
     */
    record Mandate(String keyword, String term, boolean bcp14) {}

    private MandatePolicy() {}

    /** Where the upper-case keywords that can make a mandate start ({@link RequirementWords#positions}). */
    static int[] keywordPositions(String text) {
        return RequirementWords.positions(text);
    }

    /** Where "IPsec", "IKE" or "ESP" starts a word ({@link IpsecTerms#positions}). */
    static int[] termPositions(String text) {
        return IpsecTerms.positions(text);
    }

    /** A cheap test before {@link #TERM}: could the text hold one of its words at all? */
    static boolean mayNameIpsec(String text) {
        return IpsecTerms.mayNameIpsec(text);
    }

    /** A cheap test before the plain-English requirement words: could the sentence hold one? */
    static boolean mayHoldPlainKeyword(String sentence) {
        return RequirementWords.mayHoldPlainKeyword(sentence);
    }

    /** The mandate the sentence makes, or null when it makes none. */
    static Mandate find(String text) {
        if (!mayNameIpsec(text)) {
            return null;
        }
        String sentence = collapseWhitespace(text);
        List<int[]> terms = new ArrayList<>();
        Matcher t = TERM.matcher(sentence);
        while (t.find()) {
            terms.add(new int[] {t.start(), t.end()});
        }
        if (terms.isEmpty()) {
            return null;
        }
        List<Keyword> keywords = RequirementWords.keywords(sentence, false);
        if (!RequirementWords.requires(keywords)) {
            return null;
        }
        String lower = sentence.toLowerCase(Locale.ROOT);
        Mandate found = decide(sentence, lower, terms, keywords);
        if (found == null) {
            return null;
        }
        // Only a sentence that would be flagged has its keywords read again, more closely.
        List<Keyword> vetted = RequirementWords.keywords(sentence, true);
        if (vetted.equals(keywords)) {
            return found;
        }
        return RequirementWords.requires(vetted) ? decide(sentence, lower, terms, vetted) : null;
    }

    /** The mandate of a sentence with these terms and keywords, or null. */
    private static Mandate decide(String sentence, String lower, List<int[]> terms, List<Keyword> keywords) {
        int n = terms.size();
        int[] cues = new int[n];
        Keyword[] near = new Keyword[n];
        for (int i = 0; i < n; i++) {
            cues[i] = Conditions.conditionCue(lower, keywords, terms.get(i));
            near[i] = Clauses.nearest(sentence, keywords, terms.get(i));
        }
        for (int i = 0; i < n; i++) {
            int[] term = terms.get(i);
            Keyword k = near[i];
            if (k != null
                    && k.force() == Force.PROHIBITION
                    && k.end() <= term[0]
                    && Refusals.LIFTED.matcher(lower).region(k.end(), term[0]).find()
                    && !EXAMPLE.matcher(lower.substring(Math.max(k.end(), term[0] - Clauses.WINDOW), term[0]))
                            .find()
                    && !Alternatives.alternative(sentence, List.of(), term)) {
                return IpsecSpecification.specifiesIpsec(sentence, lower, terms, keywords, k, term)
                        ? null
                        : mandate(k, sentence, term);
            }
        }
        for (int i = 0; i < n; i++) {
            int[] term = terms.get(i);
            Keyword k = near[i];
            if (cues[i] < 0
                    && k != null
                    && k.force() == Force.PROHIBITION
                    && k.end() <= term[0]
                    && Refusals.DISABLE.matcher(lower).region(k.end(), term[0]).lookingAt()
                    && !Alternatives.alternative(sentence, List.of(), term)) {
                // "MUST NOT turn off IPsec": a prohibition of going without IPsec.
                return IpsecSpecification.specifiesIpsec(sentence, lower, terms, keywords, k, term)
                        ? null
                        : mandate(k, sentence, term);
            }
        }
        // "… SHOULD use IKE, where IPsec is present": the requirement holds while IPsec is in use, in
        // the stretch of the sentence between semicolons that holds the condition.
        List<int[]> inUse = new ArrayList<>();
        boolean[] conditionOfUse = new boolean[n];
        for (int i = 0; i < n; i++) {
            int[] term = terms.get(i);
            if (cues[i] >= 0 && Conditions.inUse(sentence, lower, term)) {
                int end = sentence.indexOf(';', term[1]);
                inUse.add(new int[] {sentence.lastIndexOf(';', term[0]) + 1, end < 0 ? sentence.length() : end});
                conditionOfUse[i] = true;
            }
        }
        if (!inUse.isEmpty() && inUse.get(0)[0] == 0 && inUse.get(0)[1] == sentence.length()) {
            return null;
        }
        for (int i = 0; i < n; i++) {
            if (cues[i] >= 0
                    && !conditionOfUse[i]
                    && !Conditions.governedBefore(terms, cues, near, cues[i])
                    && !Conditions.FEASIBLE_AFTER
                            .matcher(lower)
                            .region(terms.get(i)[1], Math.min(lower.length(), terms.get(i)[1] + 60))
                            .lookingAt()
                    && !Conditions.usedToo(sentence, lower, terms, cues, near, i)) {
                return null;
            }
        }
        for (int i = 0; i < n; i++) {
            int[] term = terms.get(i);
            Keyword k = near[i];
            if (cues[i] >= 0 || k == null || within(inUse, k.start())) {
                continue;
            }
            if (k.force() == Force.PROHIBITION && k.end() <= term[0] || k.force() == Force.PERMISSION) {
                continue;
            }
            boolean subject = term[1] <= k.start();
            if (subject
                    && Conditions.IN_USE_ELIDED
                            .matcher(lower)
                            .region(term[1], k.start())
                            .lookingAt()) {
                continue;
            }
            if (!subject && Conditions.inUseElidedAfter(lower, terms, i)) {
                // "… before any ESP header (if present)": the requirement holds where ESP is used.
                continue;
            }
            if (subject && Refusals.refusedUnprotected(lower, k, term)) {
                return IpsecSpecification.specifiesIpsec(sentence, lower, terms, keywords, k, term)
                        ? null
                        : mandate(k, sentence, term);
            }
            if (k.force() != Force.MANDATE || !counts(sentence, lower, keywords, k, term)) {
                continue;
            }
            if (IpsecSpecification.setsUpSa(lower, k, term)) {
                // "R1 MUST set up an IPsec SA …": the protocol's own SA, whatever machinery describes it.
                return IpsecSpecification.discussed(lower) ? null : mandate(k, sentence, term);
            }
            return IpsecSpecification.specifiesIpsec(sentence, lower, terms, keywords, k, term)
                    ? null
                    : mandate(k, sentence, term);
        }
        Mandate pronoun = throughPronoun(sentence, lower, keywords, terms);
        return pronoun == null || IpsecSpecification.specifiesIpsec(sentence, lower, terms, keywords) ? null : pronoun;
    }

    /** True when {@code at} lies in one of the stretches. */
    private static boolean within(List<int[]> stretches, int at) {
        for (int[] stretch : stretches) {
            if (at >= stretch[0] && at < stretch[1]) {
                return true;
            }
        }
        return false;
    }

    private static Mandate mandate(Keyword k, String sentence, int[] term) {
        return new Mandate(k.word(), sentence.substring(term[0], term[1]), k.bcp14());
    }

    /** True when the term, governed by the mandate {@code k}, is IPsec asked for rather than set aside or specified. */
    private static boolean counts(String sentence, String lower, List<Keyword> keywords, Keyword k, int[] term) {
        boolean subject = term[1] <= k.start();
        if (Alternatives.alternative(sentence, keywords, term) || IpsecTerms.nonPrefixed(lower, term)) {
            return false;
        }
        if (!k.bcp14()
                && RequirementWords.MODAL.matcher(k.word()).matches()
                && !RequirementWords.PLAIN_USE
                        .matcher(lower)
                        .region(k.end(), lower.length())
                        .lookingAt()) {
            return false;
        }
        if (!k.bcp14()
                && k.word().endsWith("required")
                && TO_AFTER.matcher(lower).region(k.end(), lower.length()).lookingAt()
                && !RequirementWords.PLAIN_USE
                        .matcher(lower)
                        .region(k.end() + TO_LENGTH, lower.length())
                        .lookingAt()) {
            // "A further protocol is required to derive the IPsec SAs": what the subject has to do, not a use of IPsec.
            return false;
        }
        if (k.word().startsWith("require")
                && (subject
                        || CITED_OR_CAUSED
                                .matcher(sentence.substring(Clauses.clauseStart(sentence, k.start()), k.start()))
                                .find())) {
            // "ESP requires the use of a fresh IV": the term is what requires, not what is required;
            // "X [RFC9999] requires the use of IPsec" reports X; "this causes the server to require use of IPsec"
            // describes.
            return false;
        }
        if (!subject
                && THAT_AFTER.matcher(lower).region(k.end(), lower.length()).lookingAt()
                && !USE_IN_CLAUSE
                        .matcher(lower)
                        .region(k.end(), Math.min(lower.length(), term[1] + 40))
                        .find()) {
            // "It is recommended that operators read the IPsec documents": the clause asks for something else.
            return false;
        }
        if (subject && INTRODUCTION.matcher(lower).lookingAt()) {
            int then = lower.indexOf(", then ", term[1]);
            if (then >= 0 && then < k.start()) {
                // "If trust is an issue, in particular for the IPsec settings, then X should be enabled":
                // everything before "then" belongs to the condition.
                return false;
            }
        }
        String clause = subject ? "" : sentence.substring(Clauses.clauseStart(sentence, k.start()), k.start());
        if ((clause.contains("SA") || clause.contains("ecurity assoc") || clause.contains("hase"))
                && SA_SUBJECT.matcher(clause).find()) {
            // "the SA establishment procedure MUST ensure that first ESP, then AH are applied".
            return false;
        }
        if (subject) {
            String after = sentence.substring(k.end(), Math.min(sentence.length(), k.end() + 40));
            if (ONLY.matcher(after).find()
                    || CAUTION.matcher(after.toLowerCase(Locale.ROOT)).find()) {
                return false;
            }
            if (RequirementWords.MODAL.matcher(k.word()).matches()
                    && !PASSIVE_OR_OBJECT.matcher(after).find()
                    && ACTS.matcher(after).lookingAt()
                    && !after.isEmpty()
                    && Character.isLetter(
                            after.strip().isEmpty() ? ' ' : after.strip().charAt(0))) {
                // The term acts ("IPsec MUST perform"): a statement about IPsec itself.
                return false;
            }
            if (QUALIFIED_SUBJECT
                            .matcher(lower.substring(Clauses.clauseStart(lower, term[0]), term[0]))
                            .find()
                    && !USED_AFTER.matcher(after).lookingAt()
                    && RequirementWords.MODAL.matcher(k.word()).matches()) {
                // "Traffic carried over an IPsec tunnel MUST still be authenticated": the term qualifies the subject.
                return false;
            }
            if (OPENING_PHRASE.matcher(sentence).find()
                    && sentence.indexOf(',') >= term[1]
                    && sentence.indexOf(',') < k.start()) {
                return false;
            }
        }
        int from = !subject ? k.end() : Math.max(0, term[0] - Clauses.WINDOW);
        int semicolon = sentence.lastIndexOf(';', term[0]);
        from = Math.max(from, semicolon + 1);
        String before = lower.substring(Math.max(from, term[0] - Clauses.WINDOW), term[0]);
        // "If this cannot be done, IPsec must be used": a negation in another clause does not set the term aside.
        String own = opensClause(lower, term[0])
                ? lower.substring(
                        Math.max(Math.max(from, Clauses.clauseStart(lower, term[0])), term[0] - Clauses.WINDOW),
                        term[0])
                : before;
        // "When using protocols such as X, IPsec should be used": an example in an opening phrase of
        // its own is not the term's.
        String near = introduced(lower, term[0]) ? own : before;
        boolean refused = !subject
                && Refusals.REFUSAL.matcher(before).find()
                && Refusals.UNPROTECTED.matcher(before).find();
        boolean counts = refused
                || !(SET_ASIDE.matcher(own).find()
                        || EXAMPLE.matcher(near).find()
                        || COMPARED.matcher(near).find()
                        || PREFERENCE.matcher(before).find());
        return counts
                && !explained(lower, k)
                && !Alternatives.orElse(lower, keywords, k, term)
                && !CloseReading.doubted(sentence, lower, k, term, subject);
    }

    /**
     * "IPsec tunnel mode is required because …": a plain-English requirement word followed by its
     * reason explains why something is needed; it does not set a requirement.
     */
    private static boolean explained(String lower, Keyword k) {
        return !k.bcp14()
                && !RequirementWords.MODAL.matcher(k.word()).matches()
                && BECAUSE_AFTER.matcher(lower).region(k.end(), lower.length()).lookingAt();
    }

    /**
     * True when the term opens the main clause after an opening phrase of the sentence, the one
     * comma before it ending that phrase ("When using protocols such as X, IPsec should …").
     */
    private static boolean introduced(String lower, int start) {
        if (!opensClause(lower, start)) {
            return false;
        }
        int comma = Clauses.clauseStart(lower, start) - 1;
        String opening = lower.substring(0, comma);
        return opening.indexOf(',') < 0
                && opening.indexOf(';') < 0
                && (OPENING_PHRASE.matcher(opening).find()
                        || INTRODUCTION.matcher(opening).lookingAt());
    }

    /** True when the term opens a clause after a comma, an article aside ("…, IPsec must", "…, the ESP …"). */
    private static boolean opensClause(String lower, int start) {
        int clause = Clauses.clauseStart(lower, start);
        return clause > 0
                && lower.charAt(clause - 1) == ','
                && OPENS_CLAUSE.matcher(lower.substring(clause, start)).matches();
    }

    /** "IPsec …; implementations MUST support it": the last term before a requirement whose object is a pronoun. */
    private static Mandate throughPronoun(String sentence, String lower, List<Keyword> keywords, List<int[]> terms) {
        for (Keyword k : keywords) {
            if (k.force() != Force.MANDATE
                    || !PRONOUN_OBJECT
                            .matcher(sentence)
                            .region(k.end(), sentence.length())
                            .lookingAt()) {
                continue;
            }
            int[] last = null;
            for (int[] term : terms) {
                if (term[1] <= k.start()) {
                    last = term;
                }
            }
            if (last == null || Alternatives.alternative(sentence, List.of(), last)) {
                continue;
            }
            String before = lower.substring(Math.max(0, last[0] - Clauses.WINDOW), last[0]);
            if (SET_ASIDE.matcher(before).find() || EXAMPLE.matcher(before).find()) {
                continue;
            }
            return mandate(k, sentence, last);
        }
        return null;
    }

    /** What {@code Pattern.compile("\\s+").matcher(text).replaceAll(" ")} gives, without a regular expression. */
    static String collapseWhitespace(String text) {
        StringBuilder out = null;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (isRegexSpace(c)) {
                int end = i + 1;
                while (end < n && isRegexSpace(text.charAt(end))) {
                    end++;
                }
                if (out == null) {
                    if (c == ' ' && end == i + 1) {
                        continue;
                    }
                    out = new StringBuilder(n).append(text, 0, i);
                }
                out.append(' ');
                i = end - 1;
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** {@code \\s} of {@link Pattern} without UNICODE_CHARACTER_CLASS: space, tab, LF, VT, FF, CR. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
