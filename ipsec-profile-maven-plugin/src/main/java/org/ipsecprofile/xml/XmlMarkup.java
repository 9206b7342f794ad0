package org.ipsecprofile.xml;

/**
 * Skipping over XML markup by position, for the code that reads drafts as text (the draft
 * scan, the draft inliner) and must keep every other byte and offset as it is.
 */
public final class XmlMarkup {

    private XmlMarkup() {}

    /** The index just past the first {@code terminator} at or after {@code from}, or the end of the text. */
    public static int after(String text, String terminator, int from) {
        int end = text.indexOf(terminator, from);
        return end < 0 ? text.length() : end + terminator.length();
    }

    /**
     * The index just past a declaration such as {@code <!DOCTYPE …>} that starts at
     * {@code start} (its {@code <!}), with its quoted strings, its internal subset in brackets
     * and the comments inside that subset; the end of the text when it is not closed.
     */
    public static int afterDeclaration(String text, int start) {
        int depth = 0;
        char quote = 0;
        for (int i = start + 2; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == '>' && depth <= 0) {
                return i + 1;
            } else if (depth > 0 && text.startsWith("<!--", i)) {
                i = after(text, "-->", i + 4) - 1;
            }
        }
        return text.length();
    }
}
