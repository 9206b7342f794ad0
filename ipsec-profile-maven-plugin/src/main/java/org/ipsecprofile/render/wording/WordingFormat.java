package org.ipsecprofile.render.wording;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;
import java.io.IOException;
import java.io.Writer;

/**
 * Output format of the wording templates ({@code wording/**}): they write the neutral markup that
 * {@link WordingReader} reads back, and every interpolated value is escaped for it. Besides the
 * characters XML gives a meaning, a value's white space is written as character references, so
 * the reader keeps a descriptor's text exactly as given while it folds the line breaks and
 * indentation of the template's own text into single spaces.
 */
public final class WordingFormat extends CommonMarkupOutputFormat<WordingFormat.Markup> {

    public static final WordingFormat INSTANCE = new WordingFormat();

    private WordingFormat() {}

    /** {@code text} as the markup carries a value: XML's special characters and all white space as references. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (Character.isWhitespace(c)) {
                        out.append("&#").append((int) c).append(';');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
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
        return "ipsecProfileWording";
    }

    @Override
    public String getMimeType() {
        return "application/xml";
    }

    /** Markup produced in a wording template. */
    public static final class Markup extends CommonTemplateMarkupOutputModel<Markup> {

        Markup(String plainTextContent, String markupContent) {
            super(plainTextContent, markupContent);
        }

        @Override
        public WordingFormat getOutputFormat() {
            return INSTANCE;
        }
    }
}
