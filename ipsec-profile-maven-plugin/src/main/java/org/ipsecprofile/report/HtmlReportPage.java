package org.ipsecprofile.report;

import java.util.List;

/**
 * The compliance page as a self-contained HTML5 document, for the report goal run on its own:
 * no site, no skin, a few lines of inline CSS. Every text and attribute value is escaped.
 */
public final class HtmlReportPage implements ReportPage {

    private static final String STYLE = """
            body { font-family: sans-serif; margin: 2em; }
            table { border-collapse: collapse; margin: 1em 0; }
            th, td { border: 1px solid #ccc; padding: 0.3em 0.6em; text-align: left; vertical-align: top; }
            th { background: #eee; }
            tr.item-missing, tr.finding-error { background: #fdd; }
            tr.item-incomplete, tr.finding-warning { background: #ffc; }
            tr.finding-suppressed { color: #666; }
            """;

    private final StringBuilder html = new StringBuilder(8192);
    private int level;

    @Override
    public void startPage(String title) {
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"UTF-8\"/>\n<title>")
                .append(escape(title))
                .append("</title>\n<style>\n")
                .append(STYLE)
                .append("</style>\n</head>\n<body>\n");
    }

    @Override
    public void startSection(String title, String anchor) {
        level++;
        int heading = Math.min(level, 6);
        html.append("<section id=\"")
                .append(escape(anchor))
                .append("\">\n<h")
                .append(heading)
                .append('>')
                .append(escape(title))
                .append("</h")
                .append(heading)
                .append(">\n");
    }

    @Override
    public void endSection() {
        if (level == 0) {
            throw new IllegalStateException("no section is open");
        }
        level--;
        html.append("</section>\n");
    }

    @Override
    public void paragraph(String text) {
        html.append("<p>").append(escape(text)).append("</p>\n");
    }

    @Override
    public void startTable(List<String> headers) {
        html.append("<table>\n<tr>");
        for (String header : headers) {
            html.append("<th>").append(escape(header)).append("</th>");
        }
        html.append("</tr>\n");
    }

    @Override
    public void row(String cssClass, List<String> cells) {
        html.append(cssClass == null ? "<tr>" : "<tr class=\"" + escape(cssClass) + "\">");
        for (String cell : cells) {
            html.append("<td>").append(escape(cell)).append("</td>");
        }
        html.append("</tr>\n");
    }

    @Override
    public void endTable() {
        html.append("</table>\n");
    }

    @Override
    public void endPage() {
        html.append("</body>\n</html>\n");
    }

    /** The document written so far. */
    public String html() {
        return html.toString();
    }

    /** {@code text} with the characters that HTML reads as markup written as character references. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
