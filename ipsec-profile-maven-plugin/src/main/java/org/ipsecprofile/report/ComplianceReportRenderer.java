package org.ipsecprofile.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ipsecprofile.check.Finding;
import org.ipsecprofile.check.Severity;
import org.ipsecprofile.model.Profile;
import org.ipsecprofile.project.CheckResult;

/**
 * Draws the "IPsec Profile Compliance" page: a summary of counts, one table of items a–i per
 * profile, the findings (the draft scan's included), and the suppressed findings with their
 * justifications. Descriptor and draft text goes to the page as plain text (never as markup or
 * link patterns), so it cannot inject HTML.
 */
public final class ComplianceReportRenderer {

    public static final String TITLE = "IPsec Profile Compliance";

    /**
     * What the page says about the draft scan: the draft directory as the page names it (empty
     * for the project directory), the patterns that selected the drafts, how many were scanned,
     * and the scan's notices about drafts it could not read as they are, or at all.
     */
    public record Drafts(
            String directory, List<String> includes, List<String> excludes, int count, List<String> notices) {

        public Drafts {
            includes = List.copyOf(includes);
            excludes = List.copyOf(excludes);
            notices = List.copyOf(notices);
        }
    }

    private final ReportPage page;
    private final CheckResult result;
    private final String descriptorDirectory;
    private final Drafts drafts;

    /**
     * @param page                where the page goes: a Doxia sink in a site build, plain HTML otherwise
     * @param result              the check result to show, the draft scan's findings included
     * @param descriptorDirectory the descriptor directory as the page names it, relative to the project
     * @param drafts              what the draft scan read
     */
    public ComplianceReportRenderer(ReportPage page, CheckResult result, String descriptorDirectory, Drafts drafts) {
        this.page = page;
        this.result = result;
        this.descriptorDirectory = descriptorDirectory;
        this.drafts = drafts;
    }

    public void render() {
        page.startPage(TITLE);
        page.startSection(TITLE, "ipsec-profile-compliance");
        page.paragraph("The IPsec profile descriptors in " + descriptorDirectory + " checked against the nine items"
                + " of RFC 5406 (BCP 146) Section 8 and the guidance of its Sections 3 to 9.");
        page.paragraph(draftSentence());
        renderSummary();
        renderProfiles();
        renderFindings();
        renderSuppressed();
        page.endSection();
        page.endPage();
    }

    /**
     * {@code 2 draft(s) scanned too, for IPsec mandates that no profile backs (rule just-use-ipsec):
     * the files in the project directory matching draft-*.xml, … or draft-*.mkd.}
     */
    private String draftSentence() {
        StringBuilder sentence = new StringBuilder()
                .append(drafts.count())
                .append(" draft(s) scanned too, for IPsec mandates that no profile backs (rule just-use-ipsec): the")
                .append(" files in ")
                .append(drafts.directory().isEmpty() ? "the project directory" : drafts.directory())
                .append(" matching ")
                .append(orList(drafts.includes()));
        if (!drafts.excludes().isEmpty()) {
            sentence.append(", except those matching ").append(orList(drafts.excludes()));
        }
        return sentence.append('.').toString();
    }

    private static String orList(List<String> patterns) {
        if (patterns.size() <= 1) {
            return String.join("", patterns);
        }
        return String.join(", ", patterns.subList(0, patterns.size() - 1)) + " or " + patterns.get(patterns.size() - 1);
    }

    private void renderSummary() {
        page.startSection("Summary", "summary");
        page.startTable(List.of("Descriptors", "Profiles", "Errors", "Warnings", "Infos", "Suppressed"));
        row(
                null,
                Integer.toString(result.descriptorCount()),
                Integer.toString(result.profiles().size()),
                Long.toString(result.count(Severity.ERROR)),
                Long.toString(result.count(Severity.WARNING)),
                Long.toString(result.count(Severity.INFO)),
                Long.toString(suppressed().size()));
        page.endTable();
        if (result.descriptorCount() == 0) {
            page.paragraph("No descriptor was found in " + descriptorDirectory + ".");
        }
        page.endSection();
    }

    private void renderProfiles() {
        for (Profile profile : result.profiles()) {
            page.startSection("Profile " + profile.id() + protocolOf(profile), "profile-" + profile.id());
            List<Finding> own = result.findings().stream()
                    .filter(f -> !f.suppressed()
                            && profile.id().equals(f.profile())
                            && profile.file().equals(f.file()))
                    .toList();
            page.paragraph(String.format(
                    Locale.ROOT,
                    "Descriptor %s, IPsec version %d: %d error(s), %d warning(s)," + " %d info(s).",
                    profile.file(),
                    profile.ipsecVersion(),
                    count(own, Severity.ERROR),
                    count(own, Severity.WARNING),
                    count(own, Severity.INFO)));
            page.startTable(List.of("Item", "RFC 5406 Section 8 asks for", "The profile says", "Status"));
            for (ProfileItems.Item item : ProfileItems.of(profile, result.findings())) {
                row(
                        "item-" + item.status().label(),
                        item.letter(),
                        item.title(),
                        item.answerText(),
                        item.status().label());
            }
            page.endTable();
            page.endSection();
        }
    }

    private void renderFindings() {
        page.startSection("Findings", "findings");
        List<Finding> open =
                result.findings().stream().filter(f -> !f.suppressed()).toList();
        if (open.isEmpty()) {
            page.paragraph("No findings.");
        } else {
            page.startTable(List.of("Severity", "Rule", "Source", "Message", "Location"));
            for (Finding f : open) {
                row(
                        "finding-" + f.severity().keyword(),
                        f.severity().keyword(),
                        f.rule(),
                        citation(f),
                        f.message(),
                        location(f));
            }
            page.endTable();
        }
        for (String notice : drafts.notices()) {
            page.paragraph("Draft scan warning: " + notice + ".");
        }
        page.endSection();
    }

    private void renderSuppressed() {
        page.startSection("Suppressed findings", "suppressed-findings");
        List<Finding> suppressed = suppressed();
        if (suppressed.isEmpty()) {
            page.paragraph("No finding is suppressed.");
        } else {
            page.paragraph("Suppressed findings do not count above and never fail the build; each profile says why.");
            page.startTable(List.of("Severity", "Rule", "Source", "Message", "Location", "Justification"));
            for (Finding f : suppressed) {
                row(
                        "finding-suppressed",
                        f.severity().keyword(),
                        f.rule(),
                        citation(f),
                        f.message(),
                        location(f),
                        f.justification());
            }
            page.endTable();
        }
        page.endSection();
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
        String citation = f.citation();
        return citation.isEmpty() ? "—" : citation;
    }

    private static String location(Finding f) {
        return f.file() + ":" + f.line() + ":" + f.column();
    }

    /** A table row of plain-text cells, with a CSS class when given; an empty cell shows a dash. */
    private void row(String cssClass, String... cells) {
        List<String> texts = new ArrayList<>(cells.length);
        for (String cell : cells) {
            texts.add(cell == null || cell.isEmpty() ? "—" : cell);
        }
        page.row(cssClass, texts);
    }
}
