package org.ipsecprofile.scan;

import java.util.regex.Pattern;

/**
 * The prose of a kramdown-rfc draft. Left out: the YAML header (kramdown-rfc reads everything
 * from the first {@code ---} line to the first section line such as {@code --- abstract} or
 * {@code --- middle} as YAML; a file that does not start with {@code ---} has no header),
 * the section lines themselves, fenced code blocks ({@code ~~~} and {@code ```}), indented
 * code blocks (four spaces or a tab after a blank line), inline code, HTML comments,
 * {@code {::comment}} and {@code {::nomarkdown}} blocks, and attribute lists and extensions
 * ({@code {: …}}, {@code {#…}}, {@code {::…}}). Citations such as {@code {{RFC4301}}} stay in the
 * text. Blank lines, headings, list items, definitions and table cells end sentences.
 */
final class MarkdownProse {

    /** A kramdown-rfc section line, as its {@code RE_SECTION} reads them. */
    static final Pattern SECTION_LINE = Pattern.compile("---(?: +\\w+-?)?\\s*");

    private static final Pattern FENCE = Pattern.compile(" {0,3}(`{3,}|~{3,}).*");
    private static final Pattern HEADING = Pattern.compile(" {0,3}#{1,6}(?:\\s.*)?");
    private static final Pattern SETEXT_OR_RULE = Pattern.compile(" {0,3}(?:=+|-+|(?:\\* *){3,})\\s*");
    private static final Pattern TABLE_SEPARATOR = Pattern.compile("\\s*\\|?\\s*:?-{3,}.*\\|.*|\\s*\\|\\s*:?-{3,}.*");
    private static final Pattern EXTENSION_LINE = Pattern.compile("\\s*\\{:.*\\}\\s*");
    private static final Pattern LIST_ITEM = Pattern.compile("(\\s*(?:[*+-]|\\d+[.)])\\s+).*");
    private static final Pattern DEFINITION = Pattern.compile("( {0,3}:\\s+).*");
    private static final Pattern QUOTE = Pattern.compile("(\\s*(?:>\\s?)+).*");

    private MarkdownProse() {}

    static Prose extract(String source) {
        char[] t = withoutComments(source);
        Prose prose = new Prose(source.length());
        int n = t.length;
        boolean header = startsWithHeader(t);
        int headerStart = firstNonBlank(t);
        String fence = null;
        boolean previousBlank = true;
        boolean inCode = false;
        int ls = 0;
        while (ls < n) {
            int le = ls;
            while (le < n && t[le] != '\n') {
                le++;
            }
            int contentEnd = le > ls && t[le - 1] == '\r' ? le - 1 : le;
            String line = new String(t, ls, contentEnd - ls);
            int next = le + 1;
            boolean blank = line.isBlank();
            if (header) {
                if (SECTION_LINE.matcher(line).matches() && ls > headerStart) {
                    header = false;
                }
                ls = next;
                continue;
            }
            if (fence != null) {
                String trimmed = line.strip();
                char fenceChar = fence.charAt(0);
                if (trimmed.startsWith(fence) && trimmed.chars().allMatch(ch -> ch == fenceChar)) {
                    fence = null;
                }
                ls = next;
                continue;
            }
            if (blank) {
                prose.hardBreak(ls);
                previousBlank = true;
                ls = next;
                continue;
            }
            boolean indented = line.startsWith("    ") || line.startsWith("\t");
            if (indented && (previousBlank || inCode)) {
                inCode = true;
                previousBlank = false;
                prose.hardBreak(ls);
                ls = next;
                continue;
            }
            inCode = false;
            previousBlank = false;
            var fenceMatch = FENCE.matcher(line);
            if (startsWithLetter(line)) {
                inline(t, ls, contentEnd, prose, false);
                prose.append('\n', contentEnd);
            } else if (fenceMatch.matches()) {
                fence = fenceMatch.group(1);
                prose.hardBreak(ls);
            } else if (SECTION_LINE.matcher(line).matches()
                    || SETEXT_OR_RULE.matcher(line).matches()
                    || TABLE_SEPARATOR.matcher(line).matches()
                    || EXTENSION_LINE.matcher(line).matches()) {
                prose.hardBreak(ls);
            } else if (HEADING.matcher(line).matches()) {
                prose.hardBreak(ls);
                int from = ls;
                while (from < contentEnd && (t[from] == '#' || t[from] == ' ')) {
                    from++;
                }
                inline(t, from, contentEnd, prose, false);
                prose.hardBreak(contentEnd);
            } else {
                int from = ls;
                boolean table = false;
                var item = LIST_ITEM.matcher(line);
                var definition = DEFINITION.matcher(line);
                var quote = QUOTE.matcher(line);
                if (item.matches()) {
                    prose.hardBreak(ls);
                    from = ls + item.group(1).length();
                } else if (definition.matches()) {
                    prose.hardBreak(ls);
                    from = ls + definition.group(1).length();
                } else if (quote.matches()) {
                    from = ls + quote.group(1).length();
                } else if (line.stripLeading().startsWith("|")) {
                    table = true;
                    prose.hardBreak(ls);
                }
                inline(t, from, contentEnd, prose, table);
                if (table) {
                    prose.hardBreak(contentEnd);
                } else {
                    prose.append('\n', contentEnd);
                }
            }
            ls = next;
        }
        return prose;
    }

    /** A line that starts (after at most three spaces) with a letter is plain paragraph text. */
    private static boolean startsWithLetter(String line) {
        int i = 0;
        while (i < line.length() && i < 3 && line.charAt(i) == ' ') {
            i++;
        }
        return i < line.length() && Character.isLetter(line.charAt(i));
    }

    private static void inline(char[] t, int from, int to, Prose prose, boolean table) {
        int i = from;
        while (i < to) {
            char c = t[i];
            if (c == '`') {
                int run = 0;
                while (i + run < to && t[i + run] == '`') {
                    run++;
                }
                int close = closingRun(t, i + run, to, run);
                if (close >= 0) {
                    prose.space(i);
                    i = close + run;
                    continue;
                }
                for (int k = 0; k < run; k++) {
                    prose.append('`', i + k);
                }
                i += run;
                continue;
            }
            if (c == '{' && i + 1 < to && (t[i + 1] == ':' || t[i + 1] == '#')) {
                int close = indexOf(t, '}', i + 2, to);
                if (close >= 0) {
                    prose.space(i);
                    i = close + 1;
                    continue;
                }
            }
            if (c == '\\' && i + 1 < to) {
                prose.append(t[i + 1], i + 1);
                i += 2;
                continue;
            }
            if (c == '|' && table) {
                prose.hardBreak(i);
                i++;
                continue;
            }
            if (c == '&') {
                int semi = indexOf(t, ';', i + 1, Math.min(to, i + 11));
                if (semi > i + 1 && isEntityName(t, i + 1, semi)) {
                    prose.append(' ', i);
                    i = semi + 1;
                    continue;
                }
            }
            prose.append(c, i);
            i++;
        }
    }

    /** A copy of the source with comments and nomarkdown blocks blanked out, line breaks kept. */
    private static char[] withoutComments(String s) {
        char[] t = s.toCharArray();
        blank(t, s, "<!--", "-->");
        blank(t, s, "{::comment}", "{:/");
        blank(t, s, "{::nomarkdown}", "{:/");
        return t;
    }

    private static void blank(char[] t, String s, String open, String close) {
        int from = 0;
        while (true) {
            int start = s.indexOf(open, from);
            if (start < 0) {
                return;
            }
            int end = s.indexOf(close, start + open.length());
            int stop;
            if (end < 0) {
                stop = s.length();
            } else if (close.equals("{:/")) {
                int brace = s.indexOf('}', end);
                stop = brace < 0 ? s.length() : brace + 1;
            } else {
                stop = end + close.length();
            }
            for (int k = start; k < stop; k++) {
                if (t[k] != '\n' && t[k] != '\r') {
                    t[k] = ' ';
                }
            }
            from = stop;
        }
    }

    private static boolean startsWithHeader(char[] t) {
        int i = firstNonBlank(t);
        if (i >= t.length || i + 3 > t.length || t[i] != '-' || t[i + 1] != '-' || t[i + 2] != '-') {
            return false;
        }
        int k = i + 3;
        while (k < t.length && t[k] != '\n') {
            if (!Character.isWhitespace(t[k])) {
                return false;
            }
            k++;
        }
        return true;
    }

    private static int firstNonBlank(char[] t) {
        int i = 0;
        while (i < t.length && Character.isWhitespace(t[i])) {
            i++;
        }
        return i;
    }

    private static int closingRun(char[] t, int from, int to, int run) {
        int i = from;
        while (i < to) {
            if (t[i] == '`') {
                int k = 0;
                while (i + k < to && t[i + k] == '`') {
                    k++;
                }
                if (k == run) {
                    return i;
                }
                i += k;
            } else {
                i++;
            }
        }
        return -1;
    }

    private static int indexOf(char[] t, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (t[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isEntityName(char[] t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isLetterOrDigit(t[i]) && t[i] != '#') {
                return false;
            }
        }
        return true;
    }
}
