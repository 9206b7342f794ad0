package org.ipsecprofile.render;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;
import java.io.IOException;
import java.io.Writer;

/**
 * FreeMarker output format of the Markdown templates ({@code *.md.ftl}): every interpolated
 * value is escaped for kramdown-rfc, so descriptor text cannot start a list, a heading, an
 * inline attribute list ({@code {:…}}), an extension ({@code {::…}}), a citation
 * ({@code {{RFC…}}}), code, HTML or a character entity ({@code &amp;} is written as an entity).
 */
public final class KramdownOutputFormat extends CommonMarkupOutputFormat<KramdownOutputFormat.Markup> {

    public static final KramdownOutputFormat INSTANCE = new KramdownOutputFormat();

    /** Escaped everywhere: the characters kramdown gives an inline meaning. */
    private static final String INLINE_SPECIAL = "\\`*_{}[]<>|$!\"'";
    /** Escaped at the start of a value: characters that begin a block when they start a line. */
    private static final String BLOCK_START = "#-+:=~>";

    /** The characters {@link #escape} changes wherever they stand, by code: {@link #INLINE_SPECIAL}, line breaks, tab, {@code &}. */
    private static final boolean[] CHANGED = changed();

    private KramdownOutputFormat() {}

    private static boolean[] changed() {
        boolean[] changed = new boolean[128];
        for (char c : (INLINE_SPECIAL + "\r\n\t&").toCharArray()) {
            changed[c] = true;
        }
        return changed;
    }

    /** The escaped form of {@code text}: special characters behind a backslash, line breaks as spaces. */
    public static String escape(String text) {
        int first = firstToEscape(text);
        if (first == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n' || c == '\t') {
                out.append(' ');
            } else if (c == '&') {
                // kramdown reads "&lt;", "&#65;" and even "&#xD800;" as entities; it has no backslash escape for '&'.
                out.append("&amp;");
            } else if (INLINE_SPECIAL.indexOf(c) >= 0 || (i == 0 && BLOCK_START.indexOf(c) >= 0)) {
                out.append('\\').append(c);
            } else if (c == '.' && i > 0 && startsWithDigits(text, i)) {
                out.append("\\.");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The index of the first character {@link #escape} changes; the length when there is none. */
    private static int firstToEscape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < CHANGED.length && CHANGED[c])
                    || (c == '.' && i > 0 && startsWithDigits(text, i))
                    || (i == 0 && BLOCK_START.indexOf(c) >= 0)) {
                return i;
            }
        }
        return text.length();
    }

    /** True when everything before {@code dot} is digits: "1." would start an ordered list. */
    private static boolean startsWithDigits(String text, int dot) {
        for (int i = 0; i < dot; i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void output(String textToEsc, Writer out) throws IOException {
        out.write(escape(textToEsc));
    }

    @Override
    public String escapePlainText(String plainTextContent) {
        return escape(plainTextContent);
    }

    @Override
    public boolean isLegacyBuiltInBypassed(String builtInName) {
        return false;
    }

    @Override
    protected Markup newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
        return new Markup(plainTextContent, markupContent);
    }

    @Override
    public String getName() {
        return "kramdown";
    }

    @Override
    public String getMimeType() {
        return "text/markdown";
    }

    /** Markup produced in a Markdown template. */
    public static final class Markup extends CommonTemplateMarkupOutputModel<Markup> {

        Markup(String plainTextContent, String markupContent) {
            super(plainTextContent, markupContent);
        }

        @Override
        public KramdownOutputFormat getOutputFormat() {
            return INSTANCE;
        }
    }
}
