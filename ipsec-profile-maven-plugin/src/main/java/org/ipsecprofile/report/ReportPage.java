package org.ipsecprofile.report;

import java.util.List;

/**
 * What {@link ComplianceReportRenderer} draws the compliance page on: nested sections,
 * paragraphs and tables of plain text. Every string is text, never markup; each page escapes it
 * for its own output.
 */
public interface ReportPage {

    /** Opens the document, titled {@code title}. */
    void startPage(String title);

    /** Opens a section one level below the current one, headed {@code title}, with {@code anchor} as its id. */
    void startSection(String title, String anchor);

    /** Closes the innermost open section. */
    void endSection();

    void paragraph(String text);

    /** Opens a table whose first row holds {@code headers}. */
    void startTable(List<String> headers);

    /** A row of plain-text cells; {@code cssClass} (null for none) classes the row. */
    void row(String cssClass, List<String> cells);

    void endTable();

    /** Closes the document. */
    void endPage();
}
