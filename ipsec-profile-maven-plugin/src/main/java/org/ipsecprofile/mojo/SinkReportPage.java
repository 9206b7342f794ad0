package org.ipsecprofile.mojo;

import java.util.List;
import javax.swing.text.SimpleAttributeSet;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.doxia.sink.SinkEventAttributes;
import org.ipsecprofile.report.ReportPage;

/**
 * The compliance page on a Doxia sink, for {@code mvn site}: the site renderer puts it into the
 * skin. The sink receives the events maven-reporting-impl's {@code AbstractMavenReportRenderer}
 * sent for the same page, so the site page reads as it did when the report was built on it.
 */
public final class SinkReportPage implements ReportPage {

    private final Sink sink;
    private int level;

    public SinkReportPage(Sink sink) {
        this.sink = sink;
    }

    @Override
    public void startPage(String title) {
        sink.head();
        sink.title();
        sink.text(title);
        sink.title_();
        sink.head_();
        sink.body();
    }

    @Override
    public void startSection(String title, String anchor) {
        level++;
        sink.section(level, null);
        sink.anchor(anchor);
        sink.anchor_();
        sink.sectionTitle(level, null);
        sink.text(title);
        sink.sectionTitle_(level);
    }

    @Override
    public void endSection() {
        if (level == 0) {
            throw new IllegalStateException("no section is open");
        }
        sink.section_(level);
        level--;
    }

    @Override
    public void paragraph(String text) {
        sink.paragraph();
        sink.text(text);
        sink.paragraph_();
    }

    @Override
    public void startTable(List<String> headers) {
        sink.table();
        sink.tableRows(null, false);
        sink.tableRow();
        for (String header : headers) {
            sink.tableHeaderCell();
            sink.text(header);
            sink.tableHeaderCell_();
        }
        sink.tableRow_();
    }

    @Override
    public void row(String cssClass, List<String> cells) {
        sink.tableRow(cssClass == null ? null : new ClassAttribute(cssClass));
        for (String cell : cells) {
            sink.tableCell();
            sink.text(cell);
            sink.tableCell_();
        }
        sink.tableRow_();
    }

    @Override
    public void endTable() {
        sink.tableRows_();
        sink.table_();
    }

    @Override
    public void endPage() {
        sink.body_();
        sink.flush();
        sink.close();
    }

    /**
     * A {@code class} attribute. doxia-sink-api has only the interface; its implementation,
     * {@code SinkEventAttributeSet}, is in doxia-core, which the plugin does not depend on.
     */
    private static final class ClassAttribute extends SimpleAttributeSet implements SinkEventAttributes {

        private static final long serialVersionUID = 1L;

        ClassAttribute(String name) {
            addAttribute(CLASS, name);
        }
    }
}
