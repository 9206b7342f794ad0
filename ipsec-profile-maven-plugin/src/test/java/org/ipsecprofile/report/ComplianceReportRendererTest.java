package org.ipsecprofile.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.maven.doxia.module.xhtml5.Xhtml5SinkFactory;
import org.apache.maven.doxia.sink.Sink;
import org.ipsecprofile.check.Finding;
import org.ipsecprofile.check.RuleSettings;
import org.ipsecprofile.check.RuleSource;
import org.ipsecprofile.check.Severity;
import org.ipsecprofile.mojo.SinkReportPage;
import org.ipsecprofile.project.CheckRequest;
import org.ipsecprofile.project.CheckResult;
import org.ipsecprofile.project.ProjectChecker;
import org.ipsecprofile.scan.DraftScanRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The page as the Doxia XHTML5 sink writes it (the site's page, without the skin), and as the
 * standalone goal writes it in plain HTML.
 */
public class ComplianceReportRendererTest {

    @TempDir
    Path project;

    /** A project whose draft directory, the project's own, holds no draft. */
    private static final ComplianceReportRenderer.Drafts NO_DRAFTS =
            new ComplianceReportRenderer.Drafts("", DraftScanRequest.DEFAULT_INCLUDES, List.of(), 0, List.of());

    private static String doxia(CheckResult result) throws IOException {
        return doxia(result, NO_DRAFTS);
    }

    private static String doxia(CheckResult result, ComplianceReportRenderer.Drafts drafts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Sink sink = new Xhtml5SinkFactory().createSink(out, "UTF-8");
        new ComplianceReportRenderer(new SinkReportPage(sink), result, "src/main/ipsec", drafts, ReportText.of(null))
                .render();
        return out.toString(StandardCharsets.UTF_8);
    }

    public static String render(CheckResult result) throws IOException {
        return doxia(result).replaceAll(">\\s+<", "><");
    }

    private static String standalone(CheckResult result) {
        return standalone(result, NO_DRAFTS);
    }

    private static String standalone(CheckResult result, ComplianceReportRenderer.Drafts drafts) {
        HtmlReportPage page = new HtmlReportPage();
        new ComplianceReportRenderer(page, result, "src/main/ipsec", drafts, ReportText.of(null)).render();
        return page.html();
    }

    /** Parses a page as XML: both pages are well-formed, whatever the descriptors hold. */
    public static Document parse(String html) throws Exception {
        return DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * What a reader gets from a page, in document order: the title, each id, heading, paragraph
     * and cell with its text, and each row's own CSS classes (without the sink's a/b striping).
     */
    public static List<String> content(Document page) {
        List<String> content = new ArrayList<>();
        NodeList elements = page.getElementsByTagName("*");
        for (int i = 0; i < elements.getLength(); i++) {
            Element element = (Element) elements.item(i);
            String tag = element.getTagName();
            if (!element.getAttribute("id").isEmpty()) {
                content.add("#" + element.getAttribute("id"));
            }
            if (tag.equals("tr")) {
                String classes = Arrays.stream(element.getAttribute("class").split(" "))
                        .filter(c -> !c.isEmpty() && !c.equals("a") && !c.equals("b"))
                        .collect(Collectors.joining(" "));
                content.add("tr." + classes);
            } else if (tag.matches("title|h[1-6]|p|th|td")) {
                content.add(tag + ": " + element.getTextContent());
            }
        }
        return content;
    }

    private CheckResult bgp() throws IOException {
        Path ipsec = Files.createDirectories(project.resolve("src/main/ipsec"));
        Files.copy(Path.of("src/test/resources/descriptors/valid/bgp.yaml"), ipsec.resolve("bgp.yaml"));
        return new ProjectChecker().check(new CheckRequest(project, ipsec, null, null, RuleSettings.defaults()));
    }

    @Test
    void theBgpPageHasTheSummaryTheNineItemsAndTheFiveFindingsWithTheirLocations() throws Exception {
        String html = render(bgp());

        assertThat(html).contains("<title>IPsec Profile Compliance</title>", "Summary", "Profile bgp: BGP-4 (RFC4271)");
        assertThat(html).contains("<td>1</td><td>1</td><td>0</td><td>3</td><td>2</td><td>0</td>");
        for (String letter : List.of("a", "b", "c", "d", "e", "f", "g", "h", "i")) {
            assertThat(html).containsPattern("<tr class=\"[ab] item-answered\"><td>" + letter + "</td><td>[A-Z]");
        }
        assertThat(html).contains("Selectors", "IKE Version", "User Switching", "IKEv1, main mode");
        assertThat(html)
                .contains(
                        "<td>port-selectors</td>",
                        "<td>sender-address-check</td>",
                        "<td>availability-unknown</td>",
                        "<td>ipsec-v2-obsolete</td>",
                        "<td>ikev1-historic</td>");
        assertThat(html)
                .contains(
                        "src/main/ipsec/bgp.yaml:11:3",
                        "src/main/ipsec/bgp.yaml:29:3",
                        "src/main/ipsec/bgp.yaml:4:9",
                        "src/main/ipsec/bgp.yaml:18:7");
        assertThat(html)
                .contains(
                        "<td>RFC 5406 Section 6</td>",
                        "<td>RFC 5406 Sections 8 item i and 9</td>",
                        "<td>RFC 4301; RFC 5406 Section 1</td>",
                        "<td>RFC 9395 Sections 1 and 3</td>");
        assertThat(html).contains("No finding is suppressed.");
    }

    @Test
    void suppressedFindingsAreListedApartWithTheirJustification() throws Exception {
        Finding open = new Finding(
                "nat-traversal",
                Severity.WARNING,
                List.of(RuleSource.rfc5406("3.1")),
                "sip",
                "src/main/ipsec/sip.yaml",
                4,
                3,
                "say natTraversal",
                false,
                null);
        Finding quiet = new Finding(
                "multicast",
                Severity.WARNING,
                List.of(RuleSource.rfc5406("7")),
                "sip",
                "src/main/ipsec/sip.yaml",
                7,
                3,
                "multicast needs RFC 5374",
                true,
                "Multicast is not used by this protocol.");

        String html = render(new CheckResult(1, List.of(), List.of(open, quiet)));

        String suppressedSection = html.substring(html.indexOf("Suppressed findings"));
        assertThat(suppressedSection)
                .contains(
                        "<td>multicast</td>", "Multicast is not used by this protocol.", "src/main/ipsec/sip.yaml:7:3");
        String findingsSection = html.substring(html.indexOf(">Findings<"), html.indexOf("Suppressed findings"));
        assertThat(findingsSection).contains("<td>nat-traversal</td>").doesNotContain("<td>multicast</td>");
        assertThat(html).contains("<td>0</td><td>1</td><td>0</td>");
    }

    @Test
    void descriptorTextIsEscapedNotMarkupAndBracesAreNotLinkPatterns() throws Exception {
        Finding odd = new Finding(
                "descriptor",
                Severity.ERROR,
                List.of(),
                null,
                "src/main/ipsec/x.yaml",
                1,
                1,
                "<script>alert(1)</script> and {text, http://example.invalid/}",
                false,
                null);

        String html = render(new CheckResult(1, List.of(), List.of(odd)));

        assertThat(html)
                .doesNotContain("<script>")
                .contains("&lt;script&gt;")
                .contains("{text, http://example.invalid/}")
                .doesNotContain("href=\"http://example.invalid/");
        assertThat(html).contains("<td>&#x2014;</td>");
    }

    @Test
    void aProjectWithoutDescriptorsSaysSo() throws Exception {
        String html = render(new CheckResult(0, List.of(), List.of()));

        assertThat(html).contains("No descriptor was found in src/main/ipsec.", "No findings.");
    }

    @Test
    void theStandalonePageHasTheSitePagesContentAnchorsAndClasses() throws Exception {
        CheckResult result = bgp().withFindings(List.of(new Finding(
                "multicast",
                Severity.WARNING,
                List.of(RuleSource.rfc5406("7")),
                "bgp",
                "src/main/ipsec/bgp.yaml",
                7,
                3,
                "multicast needs RFC 5374",
                true,
                null)));

        List<String> standalone = content(parse(standalone(result)));

        assertThat(standalone).isEqualTo(content(parse(doxia(result))));
        assertThat(standalone)
                .containsSubsequence(
                        "title: IPsec Profile Compliance",
                        "#ipsec-profile-compliance",
                        "h1: IPsec Profile Compliance",
                        "#summary",
                        "h2: Summary",
                        "#profile-bgp",
                        "h2: Profile bgp: BGP-4 (RFC4271)",
                        "tr.item-answered",
                        "#findings",
                        "tr.finding-info",
                        "tr.finding-warning",
                        "#suppressed-findings",
                        "tr.finding-suppressed",
                        "td: —");
    }

    @Test
    void theStandalonePageIsACompleteHtml5DocumentOfItsOwn() {
        String html = standalone(new CheckResult(0, List.of(), List.of()));

        assertThat(html)
                .startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"UTF-8\"/>\n"
                        + "<title>IPsec Profile Compliance</title>\n<style>")
                .endsWith("</body>\n</html>\n");
        assertThat(html).doesNotContain("href=", "src=", "<link", "<script");
        assertThat(html).contains("<section id=\"findings\">\n<h2>Findings</h2>\n<p>No findings.</p>\n</section>");
        assertThat(html)
                .contains(
                        "<tr><th>Descriptors</th><th>Profiles</th>",
                        "<tr><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>");
    }

    @Test
    void theStandalonePageEscapesEveryTextAndAttribute() throws Exception {
        Finding odd = new Finding(
                "descriptor",
                Severity.ERROR,
                List.of(),
                null,
                "src/main/ipsec/x.yaml",
                1,
                1,
                "<script>alert(1)</script> & \"quoted\" 'text' {text, http://example.invalid/}",
                false,
                null);

        String html = standalone(new CheckResult(1, List.of(), List.of(odd)));

        assertThat(html)
                .doesNotContain("<script>")
                .contains("<td>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot; &#39;text&#39;"
                        + " {text, http://example.invalid/}</td>");
        assertThat(content(parse(html)))
                .contains("td: <script>alert(1)</script> & \"quoted\" 'text'" + " {text, http://example.invalid/}");
        assertThat(HtmlReportPage.escape("a<b>&\"c'")).isEqualTo("a&lt;b&gt;&amp;&quot;c&#39;");
    }

    @Test
    void theIntroSaysWhichDraftsWereScannedAndHowMany() throws Exception {
        List<String> page = content(parse(standalone(
                new CheckResult(0, List.of(), List.of()),
                new ComplianceReportRenderer.Drafts(
                        "drafts", List.of("draft-*.xml", "draft-*.md"), List.of("draft-old-*"), 2, List.of()))));

        assertThat(page)
                .containsSubsequence(
                        "h1: IPsec Profile Compliance",
                        "p: 2 draft(s) scanned too, for IPsec mandates that no profile backs (rule just-use-ipsec): the files"
                                + " in drafts matching draft-*.xml or draft-*.md, except those matching draft-old-*.",
                        "h2: Summary");
        assertThat(content(parse(standalone(new CheckResult(0, List.of(), List.of())))))
                .contains("p: 0 draft(s) scanned too, for IPsec mandates that no profile backs (rule just-use-ipsec):"
                        + " the files in the project directory matching draft-*.xml, draft-*.md, draft-*.txt or"
                        + " draft-*.mkd.");
    }

    @Test
    void aDraftFindingIsAFindingsRowWithItsSectionsAndTheDraftsLocationAndCountsAsAnError() throws Exception {
        Finding mandate = new Finding(
                "just-use-ipsec",
                Severity.ERROR,
                List.of(RuleSource.rfc5406("1, 8")),
                null,
                "draft-foo.xml",
                7,
                10,
                "\"Implementations MUST use IPsec.\" makes IPsec a MUST",
                false,
                null);
        CheckResult result = new CheckResult(0, List.of(), List.of(mandate));
        ComplianceReportRenderer.Drafts drafts =
                new ComplianceReportRenderer.Drafts("", DraftScanRequest.DEFAULT_INCLUDES, List.of(), 1, List.of());

        List<String> page = content(parse(doxia(result, drafts)));

        assertThat(page).isEqualTo(content(parse(standalone(result, drafts))));
        assertThat(standalone(result, drafts))
                .as("summary: one error")
                .contains("<tr><td>0</td><td>0</td><td>1</td><td>0</td><td>0</td><td>0</td></tr>");
        assertThat(page)
                .containsSubsequence(
                        "#findings",
                        "tr.finding-error",
                        "td: error",
                        "td: just-use-ipsec",
                        "td: RFC 5406 Sections 1 and 8",
                        "td: \"Implementations MUST use IPsec.\" makes IPsec a MUST",
                        "td: draft-foo.xml:7:10",
                        "#suppressed-findings");
    }

    @Test
    void theDraftScansNoticesAreWarningsInTheFindingsSection() throws Exception {
        ComplianceReportRenderer.Drafts drafts = new ComplianceReportRenderer.Drafts(
                "",
                DraftScanRequest.DEFAULT_INCLUDES,
                List.of(),
                1,
                List.of("draft-a.txt:1: bytes that are not valid"
                        + " UTF-8; scanned for IPsec mandates with them replaced"));

        List<String> page = content(parse(standalone(new CheckResult(0, List.of(), List.of()), drafts)));

        assertThat(page)
                .containsSubsequence(
                        "#findings",
                        "h2: Findings",
                        "p: No findings.",
                        "p: Draft scan warning: draft-a.txt:1: bytes that are not valid UTF-8; scanned for IPsec mandates"
                                + " with them replaced.",
                        "#suppressed-findings");
    }
}
