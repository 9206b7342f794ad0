package org.ipsecprofile.scan;

import java.util.Locale;

/** The three ways a draft is written, told apart by the file name's extension. */
public enum DraftFormat {
    /** xml2rfc v3 (or v2) XML: {@code .xml}. */
    XML,
    /** kramdown-rfc Markdown: {@code .md}, {@code .mkd}, {@code .markdown}. */
    MARKDOWN,
    /** RFC-style plain text: {@code .txt} and anything else. */
    TEXT;

    public static DraftFormat of(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xml")) {
            return XML;
        }
        if (name.endsWith(".md") || name.endsWith(".mkd") || name.endsWith(".markdown")) {
            return MARKDOWN;
        }
        return TEXT;
    }

    Prose prose(String source) {
        return switch (this) {
            case XML -> XmlProse.extract(source);
            case MARKDOWN -> MarkdownProse.extract(source);
            case TEXT -> TextProse.extract(source);
        };
    }
}
