package org.ipsecprofile.mojo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.doxia.module.xhtml5.Xhtml5SinkFactory;
import org.apache.maven.doxia.sink.Sink;
import org.ipsecprofile.check.Finding;
import org.ipsecprofile.check.RuleSettings;
import org.ipsecprofile.check.Severity;
import org.ipsecprofile.project.CheckRequest;
import org.ipsecprofile.project.CheckResult;
import org.ipsecprofile.project.ProjectChecker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page as the Doxia XHTML5 sink writes it, without the site skin. */
class ComplianceReportRendererTest {

    @TempDir
    Path project;

    static String render(CheckResult result) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Sink sink = new Xhtml5SinkFactory().createSink(out, "UTF-8");
        new ComplianceReportRenderer(new SinkReportPage(sink), result, "src/main/ipsec").render();
        return out.toString(StandardCharsets.UTF_8).replaceAll(">\\s+<", "><");
    }

    private CheckResult bgp() throws IOException {
        Path ipsec = Files.createDirectories(project.resolve("src/main/ipsec"));
        Files.copy(Path.of("src/test/resources/descriptors/valid/bgp.yaml"), ipsec.resolve("bgp.yaml"));
        return new ProjectChecker().check(new CheckRequest(project, ipsec, null, null, RuleSettings.defaults()));
    }

    @Test
    void theBgpPageHasTheSummaryTheNineItemsAndTheThreeFindingsWithTheirLocations() throws Exception {
        String html = render(bgp());

        assertThat(html).contains("<title>IPsec Profile Compliance</title>", "Summary", "Profile bgp: BGP-4 (RFC4271)");
        assertThat(html).contains("<td>1</td><td>1</td><td>0</td><td>1</td><td>2</td><td>0</td>");
        for (String letter : List.of("a", "b", "c", "d", "e", "f", "g", "h", "i")) {
            assertThat(html).containsPattern("<tr class=\"[ab] item-answered\"><td>" + letter + "</td><td>[A-Z]");
        }
        assertThat(html).contains("Traffic selectors", "IKE variant and version", "IKEv1, main mode");
        assertThat(html).contains("<td>port-selectors</td>", "<td>sender-address-check</td>",
                "<td>availability-unknown</td>");
        assertThat(html).contains("src/main/ipsec/bgp.yaml:11:3", "src/main/ipsec/bgp.yaml:29:3");
        assertThat(html).contains("<td>Section 6</td>", "<td>Sections 8 item i and 9</td>");
        assertThat(html).contains("No finding is suppressed.");
    }

    @Test
    void suppressedFindingsAreListedApartWithTheirJustification() throws Exception {
        Finding open = new Finding("nat-traversal", Severity.WARNING, "3.1", "sip", "src/main/ipsec/sip.yaml", 4, 3,
                "say natTraversal", false, null);
        Finding quiet = new Finding("multicast", Severity.WARNING, "7", "sip", "src/main/ipsec/sip.yaml", 7, 3,
                "multicast needs RFC 5374", true, "Multicast is not used by this protocol.");

        String html = render(new CheckResult(1, List.of(), List.of(open, quiet)));

        String suppressedSection = html.substring(html.indexOf("Suppressed findings"));
        assertThat(suppressedSection).contains("<td>multicast</td>", "Multicast is not used by this protocol.",
                "src/main/ipsec/sip.yaml:7:3");
        String findingsSection = html.substring(html.indexOf(">Findings<"), html.indexOf("Suppressed findings"));
        assertThat(findingsSection).contains("<td>nat-traversal</td>").doesNotContain("<td>multicast</td>");
        assertThat(html).contains("<td>0</td><td>1</td><td>0</td>");
    }

    @Test
    void descriptorTextIsEscapedNotMarkupAndBracesAreNotLinkPatterns() throws Exception {
        Finding odd = new Finding("descriptor", Severity.ERROR, null, null, "src/main/ipsec/x.yaml", 1, 1,
                "<script>alert(1)</script> and {text, http://example.invalid/}", false, null);

        String html = render(new CheckResult(1, List.of(), List.of(odd)));

        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;")
                .contains("{text, http://example.invalid/}").doesNotContain("href=\"http://example.invalid/");
        assertThat(html).contains("<td>&#x2014;</td>");
    }

    @Test
    void aProjectWithoutDescriptorsSaysSo() throws Exception {
        String html = render(new CheckResult(0, List.of(), List.of()));

        assertThat(html).contains("No descriptor was found in src/main/ipsec.", "No findings.");
    }
}
