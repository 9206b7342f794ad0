package org.ipsecprofile.render.refs;

import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The RFC entries of RFC 5406 Section 12 as the text writes them
 * ({@code [RFC2401]  Kent, S. and R. Atkinson, "Title", RFC 2401, November 1998.}), read from the
 * RFC's plain text: page footers and headers are dropped and each entry's lines joined. Entries
 * that are not RFCs ({@code [Bell96]}) are left out.
 */
final class Rfc5406ReferenceList {

    /** One entry: authors as initials and surname, in order; {@code series} such as {@code BCP 107}. */
    record Entry(String anchor, List<Author> authors, String title, List<String> series, YearMonth date) {}

    private static final Pattern PAGE_FOOTER = Pattern.compile("^\\S.*\\[Page \\d+\\]\\s*$");
    private static final Pattern PAGE_HEADER = Pattern.compile("^RFC \\d+\\s{2,}.*\\s{2,}\\w+ \\d{4}\\s*$");
    private static final Pattern ENTRY_START = Pattern.compile("^ {3}\\[([^\\]]+)\\]\\s+(.*)$");
    private static final Pattern RFC_ENTRY = Pattern.compile(
            "^(?<authors>.+?), \"(?<title>.+)\", (?<series>(?:(?:BCP|STD) \\d+, )?RFC \\d+), (?<month>[A-Z][a-z]+) (?<year>\\d{4})\\.$");
    private static final Pattern LAST_AUTHOR = Pattern.compile("^((?:\\p{Lu}\\.(?:-\\p{Lu}\\.)?\\s*)+)\\s*(.+)$");

    private Rfc5406ReferenceList() {}

    /** The RFC entries of Section 12 of {@code rfcText}, by anchor, in the order of the text. */
    static Map<String, Entry> parse(String rfcText) {
        List<String> entries = entryTexts(rfcText);
        Map<String, Entry> result = new LinkedHashMap<>();
        for (String text : entries) {
            Matcher start = Pattern.compile("^\\[([^\\]]+)\\]\\s+(.*)$").matcher(text);
            if (!start.matches() || !start.group(1).startsWith("RFC")) {
                continue;
            }
            Matcher m = RFC_ENTRY.matcher(start.group(2));
            if (!m.matches()) {
                throw new IllegalArgumentException("cannot read reference entry: " + text);
            }
            List<String> series = List.of(m.group("series").split(", "));
            YearMonth date = YearMonth.of(Integer.parseInt(m.group("year")), month(m.group("month")));
            result.put(
                    start.group(1),
                    new Entry(start.group(1), authors(m.group("authors")), m.group("title"), series, date));
        }
        return result;
    }

    /** Each entry of Section 12 on one line, whitespace collapsed. */
    private static List<String> entryTexts(String rfcText) {
        String[] lines = rfcText.replace("\r", "").replace("\f", "").split("\n");
        int from = -1;
        int to = lines.length;
        for (int i = 0; i < lines.length; i++) {
            if (from < 0 && lines[i].matches("^12\\.\\s+References\\s*$")) {
                from = i + 1;
            } else if (from >= 0 && lines[i].matches("^(\\d+\\.\\s|Author's Address|Authors' Addresses).*")) {
                to = i;
                break;
            }
        }
        if (from < 0) {
            throw new IllegalArgumentException("no Section 12 \"References\" in the text");
        }
        List<String> entries = new ArrayList<>();
        StringBuilder current = null;
        for (int i = from; i < to; i++) {
            String line = lines[i];
            if (PAGE_FOOTER.matcher(line).matches()
                    || PAGE_HEADER.matcher(line).matches()
                    || line.isBlank()
                    || line.matches("^12\\.\\d+\\.\\s.*")) {
                continue;
            }
            if (ENTRY_START.matcher(line).matches()) {
                if (current != null) {
                    entries.add(current.toString());
                }
                current = new StringBuilder(line.strip());
            } else if (current != null) {
                String part = line.strip();
                // a word broken at a hyphen at the end of a line keeps the hyphen and no space
                boolean brokenAtHyphen = current.length() > 1
                        && current.charAt(current.length() - 1) == '-'
                        && Character.isLetter(current.charAt(current.length() - 2));
                current.append(brokenAtHyphen ? "" : " ").append(part);
            }
        }
        if (current != null) {
            entries.add(current.toString());
        }
        return entries.stream().map(e -> e.replaceAll("\\s+", " ")).toList();
    }

    /**
     * Authors as RFC reference lists write them: {@code Kent, S.} for each but the last,
     * {@code R. Atkinson} for the last after "and"; a single author is {@code Kaufman, C.}.
     */
    static List<Author> authors(String text) {
        String head = text;
        String last = null;
        int and = text.lastIndexOf(" and ");
        if (and >= 0) {
            head = text.substring(0, and).replaceAll(",$", "");
            last = text.substring(and + " and ".length());
        }
        List<Author> authors = new ArrayList<>();
        String[] parts = head.split(", ");
        for (int i = 0; i < parts.length; i++) {
            String surname = parts[i];
            if (i + 1 >= parts.length) {
                throw new IllegalArgumentException("author without initials in: " + text);
            }
            String initials = parts[++i];
            authors.add(Author.of(initials, surname));
        }
        if (last != null) {
            Matcher m = LAST_AUTHOR.matcher(last);
            if (!m.matches()) {
                throw new IllegalArgumentException("cannot read last author \"" + last + "\" in: " + text);
            }
            authors.add(Author.of(m.group(1).strip(), m.group(2).strip()));
        }
        return authors;
    }

    private static Month month(String name) {
        for (Month month : Month.values()) {
            if (month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).equals(name)) {
                return month;
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }
}
