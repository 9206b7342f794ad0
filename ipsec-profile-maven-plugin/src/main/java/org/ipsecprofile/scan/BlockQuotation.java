package org.ipsecprofile.scan;

import java.util.regex.Pattern;

/**
 * Whether a sentence stands in a block quotation of another document: what it requires is that
 * document's requirement, reported, not one the draft makes. Where a draft marks a quotation:
 *
 * <ul>
 * <li>xml2rfc: the sentence stands inside a {@code <blockquote>};</li>
 * <li>kramdown-rfc: the sentence's line starts with {@code >};</li>
 * <li>plain text: the sentence's paragraph is indented deeper than the paragraph before it, does
 *     not start with a list bullet, and that paragraph ends with a colon after citing where the
 *     quoted text comes from, with a word that reports it ("As described in [RFC 9999], Section
 *     4:", "Section 3 of [WIDGET] states:", "according to RFC 9999:"). A quotation may run over
 *     several paragraphs at the same depth and across page breaks.</li>
 * </ul>
 *
 * So after "As [RFC9999] Section 4.2 says:" an indented "Relays MUST support IPsec ESP." is not a
 * mandate of the draft; an indented list after "Relays MUST meet the following requirements:" or
 * after "The following applies:" (no citation) still holds the draft's own mandates. Read only
 * for sentences the policy already flagged.
 */
final class BlockQuotation {

    private static final Pattern BULLET =
            Pattern.compile("\\s*(?:o|\\*|-|\\+|\\d{1,3}\\.|[a-z]\\.|\\(\\d{1,3}\\))\\s.*");

    private static final Pattern CITATION =
            Pattern.compile("\\[[^\\]]+\\]|\\bRFC\\s?\\d+|\\b[Ss]ection\\s+\\d|\\b[Aa]ppendix\\s+[A-Z]\\b");

    private static final Pattern REPORTS = Pattern.compile("(?i)\\b(?:described|discussed|stated|states|says|said|noted"
            + "|notes|specified|specifies|defined|defines|reads|quoted|quote|according\\s+to|excerpt|from)\\b");

    /** How many source lines back a quotation's start is looked for. */
    private static final int MAX_LINES = 80;

    private final String source;
    private final DraftFormat format;

    /** Whether an xml2rfc source holds a {@code <blockquote>} at all. */
    private final boolean xmlQuotes;

    /**
     * The last text walk: its depth, the line it started from and its verdict. A later walk at the
     * same depth that reaches that line while still in the same stretch of text has the same
     * verdict, so the scan's flagged sentences, asked in text order, read each line about once.
     */
    private int lastDepth = -1;

    private int lastFrom = -1;
    private boolean lastVerdict;

    BlockQuotation(String source, DraftFormat format) {
        this.source = source;
        this.format = format;
        this.xmlQuotes = format == DraftFormat.XML && source.contains("<blockquote");
    }

    /** True when the sentence starting at source offset {@code offset} stands in a block quotation. */
    boolean holds(int offset) {
        return switch (format) {
            case XML ->
                xmlQuotes && source.lastIndexOf("<blockquote", offset) > source.lastIndexOf("</blockquote", offset);
            case MARKDOWN -> {
                int ls = source.lastIndexOf('\n', offset - 1) + 1;
                yield source.substring(ls, offset).stripLeading().startsWith(">");
            }
            case TEXT -> {
                int ls = source.lastIndexOf('\n', offset - 1) + 1;
                if (ls == lastFrom) {
                    yield lastVerdict;
                }
                boolean verdict = quotedText(ls);
                lastDepth = indent(lineAt(ls));
                lastFrom = ls;
                lastVerdict = verdict;
                yield verdict;
            }
        };
    }

    private boolean quotedText(int ls) {
        String first = lineAt(ls);
        int depth = indent(first);
        if (depth == 0) {
            return false;
        }
        boolean blank = false;
        boolean pageBreak = false;
        for (int n = 0; n < MAX_LINES && ls > 0; n++) {
            ls = source.lastIndexOf('\n', ls - 2) + 1;
            String above = lineAt(ls);
            if (above.isBlank()) {
                blank = true;
                continue;
            }
            if (furniture(above)) {
                pageBreak = true;
                continue;
            }
            int d = indent(above);
            boolean sameParagraph = !blank || pageBreak;
            blank = false;
            pageBreak = false;
            if (d == depth) {
                // The same paragraph, or an earlier paragraph of the same quotation.
                if (depth == lastDepth && ls == lastFrom) {
                    return lastVerdict;
                }
                first = above;
                continue;
            }
            if (sameParagraph || d > depth) {
                return false; // a hanging list item, or a paragraph of mixed depth
            }
            // The paragraph before the one at this depth: it has to introduce a quotation.
            if (BULLET.matcher(first).matches() || !above.strip().endsWith(":")) {
                return false;
            }
            String intro = introduction(ls, d);
            return CITATION.matcher(intro).find() && REPORTS.matcher(intro).find();
        }
        return false;
    }

    /** The last lines (up to three) of the paragraph whose last line starts at {@code ls}, joined. */
    private String introduction(int ls, int depth) {
        StringBuilder intro = new StringBuilder(lineAt(ls).strip());
        for (int n = 0; n < 2 && ls > 0; n++) {
            ls = source.lastIndexOf('\n', ls - 2) + 1;
            String above = lineAt(ls);
            if (above.isBlank() || indent(above) != depth) {
                break;
            }
            intro.insert(0, above.strip() + " ");
        }
        // Only the last sentence introduces the quotation.
        String text = intro.toString();
        int stop = Math.max(text.lastIndexOf(". ", text.length() - 3), text.lastIndexOf(".  ", text.length() - 3));
        return stop > 0 ? text.substring(stop + 1) : text;
    }

    private static boolean furniture(String line) {
        return line.indexOf('\f') >= 0 || TextProse.isPageFurniture(line);
    }

    private String lineAt(int ls) {
        int le = source.indexOf('\n', ls);
        return source.substring(ls, le < 0 ? source.length() : le).replace("\r", "");
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
