package org.ipsecprofile.scan;

import java.util.regex.Pattern;

/**
 * The sections of a draft, read by one cursor through its headings: where the section of a
 * sentence starts, and whether it is a change log or a section of examples. A change log is a
 * section whose heading says it lists the
 * changes between versions or documents ("Changes from the Previous Version", "Changes since -03", "Change
 * Log", "Revision History", "Document History"). Such a section reports what was changed
 * ("Changed the IPsec requirement to a SHOULD"); its keywords require nothing. "Changes to …"
 * is not one: an updating document's section of that name may state new requirements. A section
 * whose heading says it holds examples ("Example Configurations", "Examples") illustrates: what
 * its sentences require is an example's, not the protocol's ({@link #inExamples}).
 *
 * <p>The heading is the nearest one before the sentence: in a text draft a line that starts in
 * column 1 and is not page furniture; in xml2rfc the last {@code <name>} or {@code <section
 * title="…">}; in kramdown-rfc the last {@code #} line. One cursor walks forward through the
 * source as the scan's findings come, in order, so a draft's source is read at most once.
 */
final class SectionHeadings {

    private static final Pattern CHANGE_LOG = Pattern.compile("(?i)^(?:appendix\\s+)?(?:[a-z]?[\\d.]*\\.?\\s+)?"
            + "(?:changes?\\s+(?:from|since|in|between)\\b.*|change\\s*log\\b.*|.*\\b(?:revision|document|version"
            + "|change)\\s+history\\b.*|history\\s+of\\s+changes\\b.*)");

    /**
     * A heading that says its section holds examples ("Examples", "Example Configurations", "An
     * Example of …", "Sample Exchanges"): what its sentences require is illustrated, not required
     * of the protocol.
     */
    private static final Pattern EXAMPLES =
            Pattern.compile("(?i)^(?:appendix\\s+)?(?:[a-z]?[\\d.]*\\.?\\s+)?" + ".*\\b(?:examples?|samples?)\\b.*");

    private static final Pattern XML_TITLE_ATTRIBUTE = Pattern.compile("\\stitle\\s*=\\s*[\"']([^\"']*)[\"']");

    private final String source;
    private final DraftFormat format;
    private int cursor;
    private String heading = "";

    /** The heading the two verdicts were read from, so each heading is matched once. */
    private String classified;

    private boolean changeLog;
    private boolean examples;

    /** The source offset where the current section's text starts: after its heading, 0 before any heading. */
    private int sectionStart;

    /** The next {@code <name} and {@code <section} of an xml2rfc source at or after {@code cursor}; -1 when none is left. */
    private int nextName;

    private int nextSection;

    SectionHeadings(String source, DraftFormat format) {
        this.source = source;
        this.format = format;
        this.nextName = format == DraftFormat.XML ? source.indexOf("<name") : -1;
        this.nextSection = format == DraftFormat.XML ? source.indexOf("<section") : -1;
    }

    /**
     * True when the source offset {@code offset}, not before any earlier one asked, stands in a
     * section that holds examples (see {@link #namesExamples}).
     */
    boolean inExamples(int offset) {
        advance(offset);
        classify();
        return examples;
    }

    /** True when {@code heading} says its section holds examples. */
    static boolean namesExamples(String heading) {
        return EXAMPLES.matcher(heading.strip()).matches();
    }

    /** True when the source offset {@code offset}, not before any earlier one asked, stands in a change log. */
    boolean inChangeLog(int offset) {
        advance(offset);
        classify();
        return changeLog;
    }

    private void classify() {
        if (heading != classified) {
            classified = heading;
            changeLog = CHANGE_LOG.matcher(heading).matches();
            examples = EXAMPLES.matcher(heading).matches();
        }
    }

    /**
     * The source offset where the section of the offset last asked starts (just after its heading),
     * 0 before the first heading.
     */
    int sectionStart() {
        return sectionStart;
    }

    /** True when {@code heading} names a change log. */
    static boolean namesChangeLog(String heading) {
        return CHANGE_LOG.matcher(heading.strip()).matches();
    }

    private void advance(int offset) {
        if (offset < cursor) {
            return;
        }
        switch (format) {
            case TEXT, MARKDOWN -> advanceByLines(offset);
            case XML -> advanceXml(offset);
        }
        cursor = offset;
    }

    private void advanceByLines(int offset) {
        int ls = cursor == 0 ? 0 : source.lastIndexOf('\n', cursor - 1) + 1;
        while (ls <= offset && ls < source.length()) {
            int le = source.indexOf('\n', ls);
            if (le < 0) {
                le = source.length();
            }
            if (le > ls && ls != offset) {
                char first = source.charAt(ls);
                if (format == DraftFormat.TEXT && first != '\f' && !Character.isWhitespace(first)) {
                    String line = source.substring(ls, le).strip();
                    if (!TextProse.isPageFurniture(line)) {
                        heading = line;
                        sectionStart = le;
                    }
                } else if (format == DraftFormat.MARKDOWN && first == '#') {
                    heading = source.substring(ls, le)
                            .replaceAll("^#+|#+\\s*$", "")
                            .strip();
                    sectionStart = le;
                }
            }
            ls = le + 1;
        }
    }

    private void advanceXml(int offset) {
        while (true) {
            if (nextName >= 0 && nextName < cursor) {
                nextName = source.indexOf("<name", cursor);
            }
            if (nextSection >= 0 && nextSection < cursor) {
                nextSection = source.indexOf("<section", cursor);
            }
            int next = nextName < 0 ? nextSection : nextSection < 0 ? nextName : Math.min(nextName, nextSection);
            if (next < 0 || next >= offset) {
                return;
            }
            int close = source.indexOf('>', next);
            if (close < 0 || close >= offset) {
                return;
            }
            if (next == nextName && source.startsWith(">", next + 5)) {
                int end = source.indexOf("</name", close);
                if (end > close) {
                    heading = source.substring(close + 1, end)
                            .replaceAll("<[^>]*>", "")
                            .strip();
                    sectionStart = end;
                }
            } else if (next == nextSection) {
                var title = XML_TITLE_ATTRIBUTE.matcher(source.substring(next, close));
                heading = title.find() ? title.group(1) : "";
                sectionStart = close + 1;
            }
            cursor = close + 1;
        }
    }
}
