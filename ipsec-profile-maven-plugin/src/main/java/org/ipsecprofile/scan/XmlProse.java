package org.ipsecprofile.scan;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import org.ipsecprofile.xml.XmlMarkup;

/**
 * The prose of an xml2rfc draft. A small tolerant scanner rather than an XML parser: a draft
 * being edited need not be well-formed, and positions must be kept. Left out: comments,
 * processing instructions, the DOCTYPE, and the content of elements that are not running text
 * ({@code artwork}, {@code sourcecode}, {@code references}, {@code cref}, {@code tt}, author
 * data). Inline elements ({@code bcp14}, {@code em}, {@code xref}, …) keep the sentence
 * going; every other tag ends it. An {@code xref} or {@code relref} is read as its target in
 * brackets ({@code <xref target="RFC4301"/>} as {@code [RFC4301]}).
 */
final class XmlProse {

    private static final Set<String> SKIPPED = Set.of(
            "artwork",
            "sourcecode",
            "references",
            "reference",
            "referencegroup",
            "cref",
            "tt",
            "author",
            "workgroup",
            "keyword",
            "area",
            "seriesInfo",
            "date",
            "displayreference",
            "preamble",
            "postamble");

    private static final Set<String> INLINE = Set.of(
            "bcp14", "xref", "relref", "eref", "em", "strong", "sub", "sup", "br", "u", "spanx", "vspace", "iref",
            "contact", "span");

    private XmlProse() {}

    static Prose extract(String s) {
        Prose prose = new Prose(s.length());
        Deque<String> skipped = new ArrayDeque<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c != '<') {
                if (!skipped.isEmpty()) {
                    int next = s.indexOf('<', i);
                    i = next < 0 ? n : next;
                    continue;
                }
                if (c == '&') {
                    int semi = s.indexOf(';', i);
                    if (semi > i && semi - i <= 10) {
                        String name = s.substring(i + 1, semi);
                        char decoded = switch (name) {
                            case "lt" -> '<';
                            case "gt" -> '>';
                            case "amp" -> '&';
                            case "quot" -> '"';
                            case "apos" -> '\'';
                            default -> ' ';
                        };
                        prose.append(decoded, i);
                        i = semi + 1;
                        continue;
                    }
                }
                prose.append(c, i);
                i++;
                continue;
            }
            if (s.startsWith("<!--", i)) {
                i = XmlMarkup.after(s, "-->", i + 4);
                prose.space(i - 1);
            } else if (s.startsWith("<![CDATA[", i)) {
                int end = s.indexOf("]]>", i + 9);
                int stop = end < 0 ? n : end;
                if (skipped.isEmpty()) {
                    for (int k = i + 9; k < stop; k++) {
                        prose.append(s.charAt(k), k);
                    }
                }
                i = end < 0 ? n : end + 3;
            } else if (s.startsWith("<?", i)) {
                i = XmlMarkup.after(s, "?>", i + 2);
            } else if (s.startsWith("<!", i)) {
                i = XmlMarkup.afterDeclaration(s, i);
                prose.hardBreak(i - 1);
            } else {
                i = tag(s, i, skipped, prose);
            }
        }
        return prose;
    }

    /** Reads the tag at {@code start}, updates the skipped-element stack, and returns the offset after it. */
    private static int tag(String s, int start, Deque<String> skipped, Prose prose) {
        int n = s.length();
        int end = tagEnd(s, start + 1);
        boolean closing = start + 1 < n && s.charAt(start + 1) == '/';
        int nameStart = closing ? start + 2 : start + 1;
        int nameEnd = nameStart;
        while (nameEnd < end && isNameChar(s.charAt(nameEnd))) {
            nameEnd++;
        }
        if (nameEnd == nameStart) {
            // A lone '<' in text: keep it as text.
            if (skipped.isEmpty()) {
                prose.append('<', start);
            }
            return start + 1;
        }
        String name = s.substring(nameStart, nameEnd);
        int colon = name.indexOf(':');
        String local = colon < 0 ? name : name.substring(colon + 1);
        boolean selfClosing = end > start && end < n && s.charAt(end - 1) == '/';
        if (SKIPPED.contains(local)) {
            if (closing) {
                if (!skipped.isEmpty() && skipped.peek().equals(local)) {
                    skipped.pop();
                }
            } else if (!selfClosing) {
                skipped.push(local);
            }
            if (skipped.isEmpty()) {
                prose.space(start);
            }
        } else if (skipped.isEmpty()) {
            if (INLINE.contains(local)) {
                if (!closing && (local.equals("xref") || local.equals("relref"))) {
                    String target = attribute(s, nameEnd, end, "target");
                    if (target != null) {
                        prose.appendSynthetic("[" + target + "]", start);
                    }
                } else if (local.equals("br") || local.equals("vspace")) {
                    prose.space(start);
                }
            } else {
                prose.hardBreak(start);
            }
        }
        return end < n ? end + 1 : n;
    }

    /** The offset of the {@code >} that closes a tag, skipping quoted attribute values. */
    private static int tagEnd(String s, int from) {
        char quote = 0;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i;
            } else if (c == '<') {
                return i - 1;
            }
        }
        return s.length();
    }

    private static String attribute(String s, int from, int to, String name) {
        int i = from;
        while (i < to) {
            int at = s.indexOf(name, i);
            if (at < 0 || at >= to) {
                return null;
            }
            int k = at + name.length();
            boolean startsWord = at > 0 && Character.isWhitespace(s.charAt(at - 1));
            while (k < to && Character.isWhitespace(s.charAt(k))) {
                k++;
            }
            if (startsWord && k < to && s.charAt(k) == '=') {
                k++;
                while (k < to && Character.isWhitespace(s.charAt(k))) {
                    k++;
                }
                if (k < to && (s.charAt(k) == '"' || s.charAt(k) == '\'')) {
                    int close = s.indexOf(s.charAt(k), k + 1);
                    if (close > k && close <= to) {
                        return s.substring(k + 1, close);
                    }
                }
                return null;
            }
            i = at + name.length();
        }
        return null;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == ':' || c == '-' || c == '_' || c == '.';
    }
}
