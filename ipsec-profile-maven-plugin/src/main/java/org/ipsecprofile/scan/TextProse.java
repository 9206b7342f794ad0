package org.ipsecprofile.scan;

import java.util.regex.Pattern;

/**
 * The prose of an RFC-style plain-text draft. Left out: page footers ({@code … [Page 3]}),
 * page headers ({@code Internet-Draft   Title   March 2026}, or the first line after a form
 * feed), form feeds, and the references sections (from a heading such as
 * {@code 9.1.  Normative References} to the next heading that is not a references heading).
 * A page break does not end a sentence: the blank lines around it are read as one space.
 * Headings (lines that start in column 1) and the other blank lines end sentences.
 */
final class TextProse {

    private static final Pattern FOOTER = Pattern.compile(".*\\[Page \\d+\\]\\s*");
    private static final Pattern HEADER =
            Pattern.compile("(?:Internet-Draft|INTERNET-DRAFT|RFC \\d{1,5})\\s{2,}.*\\S\\s{2,}.*\\d{4}\\s*");
    private static final Pattern REFERENCES_HEADING = Pattern.compile(
            "(?:(?:\\d+\\.)+(?:\\d+)?\\.?\\s+|[A-Z]\\.(?:\\d+\\.?)*\\s+)?(?i:(?:normative|informative)\\s+)?"
                    + "(?i:references)\\s*");

    /** A list item's bullet or number at the start of an indented line: {@code o  }, {@code *  }, {@code 1.  }, {@code a.  }. */
    private static final Pattern BULLET =
            Pattern.compile("(\\s+(?:o|\\*|-|\\+|\\d{1,3}\\.|[a-z]\\.|\\(\\d{1,3}\\))\\s{1,4})\\S.*");

    private enum Kind {
        TEXT,
        BLANK,
        FURNITURE,
        HEADING
    }

    private TextProse() {}

    static Prose extract(String s) {
        int n = s.length();
        int lineCount = 1;
        for (int i = 0; i < n; i++) {
            if (s.charAt(i) == '\n') {
                lineCount++;
            }
        }
        int[] starts = new int[lineCount];
        int[] ends = new int[lineCount];
        Kind[] kinds = new Kind[lineCount];
        int line = 0;
        int ls = 0;
        boolean afterFormFeed = false;
        while (line < lineCount) {
            int le = s.indexOf('\n', ls);
            if (le < 0) {
                le = n;
            }
            int contentEnd = le > ls && s.charAt(le - 1) == '\r' ? le - 1 : le;
            starts[line] = ls;
            ends[line] = contentEnd;
            String text = s.substring(ls, contentEnd);
            Kind kind;
            if (text.indexOf('\f') >= 0) {
                kind = Kind.FURNITURE;
                afterFormFeed = text.substring(text.lastIndexOf('\f') + 1).isBlank();
            } else if (text.isBlank()) {
                kind = Kind.BLANK;
            } else if (afterFormFeed || isPageFurniture(text)) {
                kind = Kind.FURNITURE;
                afterFormFeed = false;
            } else {
                kind = Character.isWhitespace(text.charAt(0)) ? Kind.TEXT : Kind.HEADING;
            }
            kinds[line] = kind;
            line++;
            ls = le + 1;
        }
        boolean[] pageBreak = pageBreakBlanks(kinds);
        Prose prose = new Prose(n);
        boolean inReferences = false;
        for (int k = 0; k < lineCount; k++) {
            switch (kinds[k]) {
                case FURNITURE -> prose.space(starts[k]);
                case BLANK -> {
                    if (pageBreak[k]) {
                        prose.space(starts[k]);
                    } else {
                        prose.hardBreak(starts[k]);
                    }
                }
                case HEADING -> {
                    String text = s.substring(starts[k], ends[k]);
                    inReferences = REFERENCES_HEADING.matcher(text).matches();
                    prose.hardBreak(starts[k]);
                    if (!inReferences) {
                        append(s, starts[k], ends[k], prose);
                        prose.hardBreak(ends[k]);
                    }
                }
                case TEXT -> {
                    if (!inReferences) {
                        int from = starts[k];
                        var bullet = BULLET.matcher(s.substring(starts[k], ends[k]));
                        if (mayBeBullet(s, starts[k], ends[k]) && bullet.matches()) {
                            prose.hardBreak(from);
                            from += bullet.group(1).length();
                        }
                        append(s, from, ends[k], prose);
                        prose.append('\n', ends[k]);
                    }
                }
            }
        }
        return prose;
    }

    /**
     * True when a line of a text draft, white space stripped, is RFC page furniture: the footer
     * ("Author   Category   [Page 3]") or the running header ("Internet-Draft   Title   May 2026").
     */
    static boolean isPageFurniture(String line) {
        return line.contains("[Page ") && FOOTER.matcher(line).matches()
                || mayBeHeader(line) && HEADER.matcher(line).matches();
    }

    private static boolean mayBeHeader(String line) {
        return line.startsWith("Internet-Draft") || line.startsWith("INTERNET-DRAFT") || line.startsWith("RFC ");
    }

    /** A cheap test before the {@link #BULLET} expression: a short token, then two spaces. */
    private static boolean mayBeBullet(String s, int from, int to) {
        int i = from;
        while (i < to && s.charAt(i) == ' ') {
            i++;
        }
        int token = i;
        while (i < to && s.charAt(i) != ' ' && i - token <= 5) {
            i++;
        }
        return i > token && i - token <= 5 && i < to && s.charAt(i) == ' ';
    }

    private static void append(String s, int from, int to, Prose prose) {
        for (int i = from; i < to; i++) {
            prose.append(s.charAt(i), i);
        }
    }

    /** For each blank line: true when its run of blank lines touches a page header, footer or form feed. */
    private static boolean[] pageBreakBlanks(Kind[] kinds) {
        boolean[] result = new boolean[kinds.length];
        boolean furnitureBefore = false;
        for (int k = 0; k < kinds.length; k++) {
            if (kinds[k] == Kind.BLANK) {
                result[k] = furnitureBefore;
            } else {
                furnitureBefore = kinds[k] == Kind.FURNITURE;
            }
        }
        boolean furnitureAfter = false;
        for (int k = kinds.length - 1; k >= 0; k--) {
            if (kinds[k] == Kind.BLANK) {
                result[k] |= furnitureAfter;
            } else {
                furnitureAfter = kinds[k] == Kind.FURNITURE;
            }
        }
        return result;
    }
}
