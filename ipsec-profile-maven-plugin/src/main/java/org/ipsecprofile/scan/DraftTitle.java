package org.ipsecprofile.scan;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A draft's title and name as its first page gives them, read once per draft and only when the
 * scan has something to report. Where each format holds them:
 *
 * <ul>
 * <li>xml2rfc: the {@code <title>} inside {@code <front>} (its text, tags left out), and the
 *     {@code docName} attribute of {@code <rfc>} (or the {@code value} of a {@code seriesInfo}
 *     named {@code Internet-Draft});</li>
 * <li>kramdown-rfc: the {@code title:} and {@code docname:} lines of the YAML header (a folded
 *     title continues on the indented lines below);</li>
 * <li>plain text: the lines of the first page after the header block (the first run of
 *     non-blank lines, when it is one: a line in two columns such as {@code Internet-Draft
 *     A. Author}, or one that starts with a header label such as {@code Intended Status}) up to
 *     the next blank line, joined, leaving out a line that is only the draft's name: the title
 *     as RFC-style drafts centre it. A text without a header block has no title. The name is the
 *     first word of the first page that starts with {@code draft-}.</li>
 * </ul>
 *
 * Either part is empty when the draft does not give it.
 */
record DraftTitle(String title, String docName) {

    /** How far into a draft its title is looked for: the first page and then some. */
    private static final int FIRST_PAGE = 8192;

    private static final Pattern DRAFT_NAME = Pattern.compile("\\bdraft-[A-Za-z0-9][A-Za-z0-9._-]*[A-Za-z0-9]");
    private static final Pattern XML_DOC_NAME = Pattern.compile("<rfc\\b[^>]*?\\sdocName\\s*=\\s*[\"']([^\"']*)[\"']");
    private static final Pattern SERIES_INFO = Pattern.compile(
            "<seriesInfo\\b[^>]*?\\sname\\s*=\\s*[\"']Internet-Draft[\"'][^>]*?\\svalue\\s*=\\s*[\"']([^\"']*)[\"']");
    private static final Pattern XML_TITLE =
            Pattern.compile("<front\\b.*?<title\\b[^>]*>(.*?)</title\\s*>", Pattern.DOTALL);
    private static final Pattern YAML_KEY = Pattern.compile("(?m)^(title|docname)\\s*:[ \\t]*(.*)$");
    private static final Pattern FIRST_PAGE_END =
            Pattern.compile("(?i)(?:abstract|status of this memo|copyright notice)\\s*");

    private static final Pattern FIRST_PAGE_HEADING = Pattern.compile("(?im)^(?:abstract|status of this memo)\\s*$");

    /**
     * A line of a text draft's header block: two columns ({@code Internet-Draft   A. Author}), or
     * one of the labels the left column holds.
     */
    private static final Pattern HEADER_LINE = Pattern.compile(
            "(?:\\S.*?\\S {4,}\\S.*|(?:Internet-Draft|INTERNET-DRAFT|Network Working Group|Request for Comments|"
                    + "Intended [Ss]tatus|Category|Expires|Obsoletes|Updates)\\b.*)");

    private static final Pattern DRAFT_NAME_LINE = Pattern.compile("\\s*draft-\\S+\\s*");

    static DraftTitle of(String source, DraftFormat format) {
        // An xml2rfc draft may declare many entities before its <front>.
        int limit = format == DraftFormat.XML ? 8 * FIRST_PAGE : FIRST_PAGE;
        String head = source.length() > limit ? source.substring(0, limit) : source;
        // A byte order mark before the first line is no part of it (an editor may save one).
        if (head.startsWith("\uFEFF")) {
            head = head.substring(1);
        }
        return switch (format) {
            case XML -> ofXml(head);
            case MARKDOWN -> ofMarkdown(head);
            case TEXT -> ofText(head);
        };
    }

    private static DraftTitle ofXml(String head) {
        Matcher name = XML_DOC_NAME.matcher(head);
        String docName = name.find() ? name.group(1) : "";
        if (docName.isEmpty()) {
            Matcher series = SERIES_INFO.matcher(head);
            docName = series.find() ? series.group(1) : "";
        }
        Matcher title = XML_TITLE.matcher(head);
        String text = title.find() ? title.group(1).replaceAll("<[^>]*>", " ") : "";
        text = text.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&apos;", "'")
                .replace("&amp;", "&");
        return new DraftTitle(oneLine(text), docName.strip());
    }

    private static DraftTitle ofMarkdown(String head) {
        if (!head.startsWith("---")) {
            return new DraftTitle("", "");
        }
        String title = "";
        String docName = "";
        Matcher key = YAML_KEY.matcher(head);
        while (key.find()) {
            String value = key.group(2).strip();
            if (key.group(1).equals("title")) {
                if (value.isEmpty() || value.startsWith(">") || value.startsWith("|")) {
                    value = continuation(head, key.end());
                }
                title = unquoted(value);
            } else {
                docName = unquoted(value);
            }
        }
        return new DraftTitle(oneLine(title), docName);
    }

    /** The indented lines after a YAML key whose value is folded onto them. */
    private static String continuation(String head, int from) {
        StringBuilder value = new StringBuilder();
        for (String line : head.substring(Math.min(head.length(), from + 1)).split("\n", -1)) {
            if (line.isBlank() || !Character.isWhitespace(line.charAt(0))) {
                break;
            }
            value.append(line.strip()).append(' ');
        }
        return value.toString();
    }

    private static String unquoted(String value) {
        String v = value.strip();
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }

    private static DraftTitle ofText(String head) {
        String[] lines = head.replace("\r", "").split("\n", -1);
        int i = 0;
        while (i < lines.length && lines[i].isBlank()) {
            i++;
        }
        boolean header = false;
        while (i < lines.length && !lines[i].isBlank()) {
            header |= HEADER_LINE.matcher(lines[i]).matches();
            i++;
        }
        if (!header) {
            return new DraftTitle("", firstDraftName(head));
        }
        while (i < lines.length && lines[i].isBlank()) {
            i++;
        }
        StringBuilder title = new StringBuilder();
        while (i < lines.length
                && !lines[i].isBlank()
                && !FIRST_PAGE_END.matcher(lines[i]).matches()) {
            if (!DRAFT_NAME_LINE.matcher(lines[i]).matches()) {
                title.append(lines[i].strip()).append(' ');
            }
            i++;
        }
        String text = oneLine(title.toString());
        // A title is not a sentence: lines that end with a full stop are a paragraph.
        return new DraftTitle(text.endsWith(".") ? "" : text, firstDraftName(head));
    }

    /** The first draft name on the first page, before its abstract. */
    private static String firstDraftName(String head) {
        int end = head.length();
        Matcher pageEnd = FIRST_PAGE_HEADING.matcher(head);
        if (pageEnd.find()) {
            end = pageEnd.start();
        }
        Matcher name = DRAFT_NAME.matcher(head.substring(0, end));
        return name.find() ? name.group() : "";
    }

    private static String oneLine(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    /** The title in lower case, for the word tests of {@link DocumentKind}. */
    String lowerTitle() {
        return title.toLowerCase(Locale.ROOT);
    }
}
