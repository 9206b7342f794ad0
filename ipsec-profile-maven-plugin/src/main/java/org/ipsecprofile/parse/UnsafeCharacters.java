package org.ipsecprofile.parse;

/**
 * Characters a descriptor may not hold in any key or value. YAML refuses most control characters
 * written raw, but lets them in through the escapes of a double-quoted string (backslash-x07,
 * backslash-u202E, backslash-uD800); the bidirectional controls, U+0085 and U+2028/U+2029 it
 * accepts even raw. No output format carries them safely:
 *
 * <ul>
 *   <li>C0 controls other than tab, line feed and carriage return, DEL, and the C1 controls
 *       (U+0080–U+009F): XML 1.0 cannot hold the C0 ones at all, and in a log or a terminal they
 *       move the cursor, change colours or erase lines;</li>
 *   <li>the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069):
 *       they make text display in another order than it is written, so a rendered draft could
 *       read differently from its source ("Trojan Source", CVE-2021-42574);</li>
 *   <li>the line and paragraph separators U+2028 and U+2029: some tools break lines there, some
 *       do not, so the text would wrap differently in each output; write a line break instead;</li>
 *   <li>unpaired surrogates (U+D800–U+DFFF), which no UTF-8 file can hold, and the
 *       non-characters U+FFFE and U+FFFF, which XML 1.0 refuses.</li>
 * </ul>
 */
public final class UnsafeCharacters {

    private UnsafeCharacters() {}

    /** The index of the first unsafe character of {@code text}, or -1. */
    static int firstIn(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            if (isUnsafe(c)) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the first character of a file name that may not reach a log line: unsafe, tab or a line break; or -1. */
    public static int firstInName(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                return i;
            }
        }
        return firstIn(name);
    }

    /** True for a character (a UTF-16 unit outside a valid surrogate pair) that a descriptor may not hold. */
    static boolean isUnsafe(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                || (c >= 0x7F && c <= 0x9F)
                || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069)
                || c == 0x2028
                || c == 0x2029
                || Character.isSurrogate(c)
                || c == 0xFFFE
                || c == 0xFFFF;
    }

    /** {@code text} with each unsafe character written as a {@code \\uXXXX} escape, safe to show anywhere. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (isUnsafe(c) || c == '\t' || c == '\n' || c == '\r') {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** What the unsafe character {@code c} is, and why it is refused. */
    private static String what(char c, String code) {
        String what;
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
            what = "the control character " + code + ", which XML cannot carry and a terminal would act on";
        } else if (c == 0x2028 || c == 0x2029) {
            what = code + " (" + (c == 0x2028 ? "LINE SEPARATOR" : "PARAGRAPH SEPARATOR")
                    + "), which each output would break differently; write a line break, or a blank line"
                    + " between paragraphs, instead";
        } else if (Character.isSurrogate(c)) {
            what = "an unpaired surrogate " + code + ", which is not a character";
        } else if (c == 0xFFFE || c == 0xFFFF) {
            what = "the non-character " + code + ", which XML cannot carry";
        } else {
            what = "the bidirectional control character " + code + ", which makes text display in another"
                    + " order than it is written";
        }
        return what;
    }

    /**
     * What the character at {@code index} of a file name is, for a message saying the file is not
     * read: the name would reach the log and the reports as it is.
     */
    public static String describeInName(String name, int index) {
        char c = name.charAt(index);
        String code = String.format("U+%04X", (int) c);
        String what = c == '\t' || c == '\n' || c == '\r' ? "the line break or tab " + code : what(c, code);
        return what + " (character " + (name.codePointCount(0, index) + 1) + " of the name); rename the file";
    }

    /** What the character at {@code index} is and what to do about it, for a finding's message. */
    static String describe(String text, int index) {
        char c = text.charAt(index);
        String code = String.format("U+%04X", (int) c);
        String what = what(c, code);
        boolean visibleInSource = c < 0x20 || c == 0x7F || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF;
        return what + " (character " + (text.codePointCount(0, index) + 1) + " of the text); remove it"
                + (visibleInSource
                        ? " (look for a \\ escape in a double-quoted string)"
                        : " (most editors do not show it; search for " + code + ")");
    }
}
