package org.ipsecprofile.mojo;

import java.util.List;
import java.util.Locale;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.doxia.sink.SinkEventAttributes;
import org.apache.maven.doxia.sink.impl.SinkEventAttributeSet;
import org.apache.maven.reporting.AbstractMavenReportRenderer;
import org.ipsecprofile.check.Finding;
import org.ipsecprofile.check.SectionCitation;
import org.ipsecprofile.check.Severity;
import org.ipsecprofile.model.Profile;
import org.ipsecprofile.project.CheckResult;
import org.ipsecprofile.report.ProfileItems;

/**
 * Draws the "IPsec Profile Compliance" page: a summary of counts, one table of items a–i per
 * profile, the findings, and the suppressed findings with their justifications. Text goes to the
 * sink as text (never as markup or link patterns), so descriptor values cannot inject HTML.
 */
public final class ComplianceReportRenderer extends AbstractMavenReportRenderer {

    public static final String TITLE = "IPsec Profile Compliance";

    private final CheckResult result;
    private final String descriptorDirectory;

    /**
     * @param sink                the page's sink
     * @param result              the check result to show
     * @param descriptorDirectory the descriptor directory as the page names it, relative to the project
     */
    public ComplianceReportRenderer(Sink sink, CheckResult result, String descriptorDirectory) {
        super(sink);
        this.result = result;
        this.descriptorDirectory = descriptorDirectory;
    }

    @Override
    public String getTitle() {
        return TITLE;
    }

    @Override
    protected void renderBody() {
        startSection(TITLE, "ipsec-profile-compliance");
        paragraph("The IPsec profile descriptors in " + descriptorDirectory + " checked against the nine items"
                + " of RFC 5406 (BCP 146) Section 8 and the guidance of its Sections 3 to 9.");
        renderSummary();
        renderProfiles();
        renderFindings();
        renderSuppressed();
        endSection();
    }

    private void renderSummary() {
        startSection("Summary", "summary");
        startTable();
        tableHeader(new String[] {"Descriptors", "Profiles", "Errors", "Warnings", "Infos", "Suppressed"});
        row(null, Integer.toString(result.descriptorCount()), Integer.toString(result.profiles().size()),
                Long.toString(result.count(Severity.ERROR)), Long.toString(result.count(Severity.WARNING)),
                Long.toString(result.count(Severity.INFO)), Long.toString(suppressed().size()));
        endTable();
        if (result.descriptorCount() == 0) {
            paragraph("No descriptor was found in " + descriptorDirectory + ".");
        }
        endSection();
    }

    private void renderProfiles() {
        for (Profile profile : result.profiles()) {
            startSection("Profile " + profile.id() + protocolOf(profile), "profile-" + profile.id());
            List<Finding> own = result.findings().stream()
                    .filter(f -> !f.suppressed() && profile.id().equals(f.profile()) && profile.file().equals(f.file()))
                    .toList();
            paragraph(String.format(Locale.ROOT, "Descriptor %s, IPsec version %d: %d error(s), %d warning(s),"
                    + " %d info(s).", profile.file(), profile.ipsecVersion(), count(own, Severity.ERROR),
                    count(own, Severity.WARNING), count(own, Severity.INFO)));
            startTable();
            tableHeader(new String[] {"Item", "RFC 5406 Section 8 asks for", "The profile says", "Status"});
            for (ProfileItems.Item item : ProfileItems.of(profile, result.findings())) {
                row("item-" + item.status().label(), item.letter(), item.title(),
                        item.answerText(), item.status().label());
            }
            endTable();
            endSection();
        }
    }

    private void renderFindings() {
        startSection("Findings", "findings");
        List<Finding> open = result.findings().stream().filter(f -> !f.suppressed()).toList();
        if (open.isEmpty()) {
            paragraph("No findings.");
        } else {
            startTable();
            tableHeader(new String[] {"Severity", "Rule", "RFC 5406", "Message", "Location"});
            for (Finding f : open) {
                row("finding-" + f.severity().keyword(), f.severity().keyword(), f.rule(), citation(f), f.message(),
                        location(f));
            }
            endTable();
        }
        endSection();
    }

    private void renderSuppressed() {
        startSection("Suppressed findings", "suppressed-findings");
        List<Finding> suppressed = suppressed();
        if (suppressed.isEmpty()) {
            paragraph("No finding is suppressed.");
        } else {
            paragraph("Suppressed findings do not count above and never fail the build; each profile says why.");
            startTable();
            tableHeader(new String[] {"Severity", "Rule", "RFC 5406", "Message", "Location", "Justification"});
            for (Finding f : suppressed) {
                row("finding-suppressed", f.severity().keyword(), f.rule(), citation(f), f.message(), location(f),
                        f.justification());
            }
            endTable();
        }
        endSection();
    }

    /** {@code ": BGP-4 (RFC4271)"}, or nothing when the profile names no protocol. */
    private static String protocolOf(Profile profile) {
        if (profile.protocol() == null || profile.protocol().name() == null) {
            return "";
        }
        String reference = profile.protocol().reference();
        return ": " + profile.protocol().name() + (reference == null ? "" : " (" + reference + ")");
    }

    private List<Finding> suppressed() {
        return result.findings().stream().filter(Finding::suppressed).toList();
    }

    private static long count(List<Finding> findings, Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    private static String citation(Finding f) {
        String citation = SectionCitation.describe(f.section());
        return citation.isEmpty() ? "—" : citation.replace("RFC 5406 ", "");
    }

    private static String location(Finding f) {
        return f.file() + ":" + f.line() + ":" + f.column();
    }

    /** A table row of plain-text cells, with a CSS class when given. */
    private void row(String cssClass, String... cells) {
        SinkEventAttributes attributes = null;
        if (cssClass != null) {
            attributes = new SinkEventAttributeSet();
            attributes.addAttribute(SinkEventAttributes.CLASS, cssClass);
        }
        sink.tableRow(attributes);
        for (String cell : cells) {
            sink.tableCell();
            sink.text(cell == null || cell.isEmpty() ? "—" : cell);
            sink.tableCell_();
        }
        sink.tableRow_();
    }
}
