package org.ipsecprofile.report;

/**
 * A small JSON writer for the plugin's reports: it builds the text directly, so the output is
 * byte-for-byte stable (no map ordering, no platform line separators) and needs no library.
 */
final class JsonText {

    private final StringBuilder out = new StringBuilder();

    JsonText raw(String text) {
        out.append(text);
        return this;
    }

    JsonText string(String value) {
        if (value == null) {
            out.append("null");
            return this;
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    // Control characters, and the line and paragraph separators that break some JSON readers.
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
        return this;
    }

    JsonText field(String name) {
        string(name);
        out.append(": ");
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
