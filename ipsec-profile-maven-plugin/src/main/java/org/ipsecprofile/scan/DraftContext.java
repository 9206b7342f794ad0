package org.ipsecprofile.scan;

/**
 * What a draft says around a sentence the policy reports as a mandate: the draft's kind (from
 * its title), the paragraph before the sentence, its section (a change log, examples, a section
 * scoped to IPsec in use) and a block quotation of another document. Each part is read the first
 * time a sentence needs it, so a draft without mandates costs nothing more. Asked with sentences
 * in text order: the section and quotation readers walk forward through the source.
 */
final class DraftContext {

    private final String source;
    private final DraftFormat format;
    private final String prose;

    private DocumentKind kind;
    private ParagraphCondition paragraphs;
    private SectionHeadings headings;
    private BlockQuotation quotations;
    private SectionCondition sections;

    DraftContext(String source, DraftFormat format, String prose) {
        this.source = source;
        this.format = format;
        this.prose = prose;
    }

    /** False when the draft specifies IPsec itself, advises authors or specifies no protocol of its own ({@link DocumentKind}): it reports no mandate. */
    boolean reportsMandates() {
        if (kind == null) {
            kind = DocumentKind.of(DraftTitle.of(source, format));
        }
        return kind.reportsMandates();
    }

    /**
     * True when the context makes the mandate of the sentence that starts at prose index
     * {@code proseStart} (source offset {@code sourceOffset}) none: its paragraph made IPsec
     * optional before it, it stands in a change log or a section of examples, in a block
     * quotation, or in a section that said before it that its requirements hold only where IPsec
     * is used.
     */
    boolean cancels(int proseStart, int sourceOffset) {
        if (paragraphs == null) {
            paragraphs = new ParagraphCondition(prose);
        }
        if (paragraphs.holdsAt(proseStart)) {
            return true;
        }
        if (headings == null) {
            headings = new SectionHeadings(source, format);
        }
        if (headings.inChangeLog(sourceOffset) || headings.inExamples(sourceOffset)) {
            return true;
        }
        if (quotations == null) {
            quotations = new BlockQuotation(source, format);
        }
        if (quotations.holds(sourceOffset)) {
            return true;
        }
        if (sections == null) {
            sections = new SectionCondition(source);
        }
        return sections.holds(headings.sectionStart(), sourceOffset);
    }
}
