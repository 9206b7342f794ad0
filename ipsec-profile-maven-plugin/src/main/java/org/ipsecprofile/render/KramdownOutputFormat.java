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

    private KramdownOutputFormat() {}

    /** The escaped form of {@code text}: special characters behind a backslash, line breaks as spaces. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
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
