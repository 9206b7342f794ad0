package org.ipsecprofile.report;

import java.util.ArrayList;
import java.util.List;
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
    private final ReportText text;

    /**
     * @param page                where the page goes: a Doxia sink in a site build, plain HTML otherwise
     * @param result              the check result to show, the draft scan's findings included
     * @param descriptorDirectory the descriptor directory as the page names it, relative to the project
     * @param drafts              what the draft scan read
     * @param text                the page's words, in the site's language
     */
    public ComplianceReportRenderer(
            ReportPage page, CheckResult result, String descriptorDirectory, Drafts drafts, ReportText text) {
        this.page = page;
        this.result = result;
        this.descriptorDirectory = descriptorDirectory;
        this.drafts = drafts;
        this.text = text;
    }

    public void render() {
        String title = text.get("report.title");
        page.startPage(title);
        page.startSection(title, "ipsec-profile-compliance");
        page.paragraph(text.get("report.intro", descriptorDirectory));
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
        String directory = drafts.directory().isEmpty() ? text.get("drafts.projectDirectory") : drafts.directory();
        String sentence = text.get("drafts.scanned", drafts.count(), directory, orList(drafts.includes()));
        if (!drafts.excludes().isEmpty()) {
            sentence += text.get("drafts.except", orList(drafts.excludes()));
        }
        return sentence + '.';
    }

    private String orList(List<String> patterns) {
        if (patterns.size() <= 1) {
            return String.join("", patterns);
        }
        return text.get(
                "list.or",
                String.join(", ", patterns.subList(0, patterns.size() - 1)),
                patterns.get(patterns.size() - 1));
    }

    private void renderSummary() {
        page.startSection(text.get("summary.title"), "summary");
        page.startTable(headers(
                "summary.descriptors",
                "summary.profiles",
                "summary.errors",
                "summary.warnings",
                "summary.infos",
                "summary.suppressed"));
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
            page.paragraph(text.get("summary.noDescriptor", descriptorDirectory));
        }
        page.endSection();
    }

    private void renderProfiles() {
        for (Profile profile : result.profiles()) {
            page.startSection(text.get("profile.title", profile.id(), protocolOf(profile)), "profile-" + profile.id());
            List<Finding> own = result.findings().stream()
                    .filter(f -> !f.suppressed()
                            && profile.id().equals(f.profile())
                            && profile.file().equals(f.file()))
                    .toList();
            page.paragraph(text.get(
                    "profile.counts",
                    profile.file(),
                    profile.ipsecVersion(),
                    count(own, Severity.ERROR),
                    count(own, Severity.WARNING),
                    count(own, Severity.INFO)));
            page.startTable(headers("profile.item", "profile.asks", "profile.says", "profile.status"));
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
        page.startSection(text.get("findings.title"), "findings");
        List<Finding> open =
                result.findings().stream().filter(f -> !f.suppressed()).toList();
        if (open.isEmpty()) {
            page.paragraph(text.get("findings.none"));
        } else {
            page.startTable(headers(
                    "findings.severity", "findings.rule", "findings.source", "findings.message", "findings.location"));
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
            page.paragraph(text.get("findings.draftScanWarning", notice));
        }
        page.endSection();
    }

    private void renderSuppressed() {
        page.startSection(text.get("suppressed.title"), "suppressed-findings");
        List<Finding> suppressed = suppressed();
        if (suppressed.isEmpty()) {
            page.paragraph(text.get("suppressed.none"));
        } else {
            page.paragraph(text.get("suppressed.explained"));
            page.startTable(headers(
                    "findings.severity",
                    "findings.rule",
                    "findings.source",
                    "findings.message",
                    "findings.location",
                    "suppressed.justification"));
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

    private List<String> headers(String... keys) {
        List<String> headers = new ArrayList<>(keys.length);
        for (String key : keys) {
            headers.add(text.get(key));
        }
        return headers;
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
