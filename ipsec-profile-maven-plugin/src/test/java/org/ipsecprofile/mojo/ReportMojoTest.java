package org.ipsecprofile.mojo;

import static org.apache.maven.api.plugin.testing.MojoExtension.setVariableValueToObject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.maven.doxia.module.xhtml5.Xhtml5SinkFactory;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/** The report goal: its descriptor and settings, the page it gives a site's sink, and the page it writes on its own. */
class ReportMojoTest {

    /** Every parameter the goal has. */
    private static final List<String> PARAMETERS = List.of("skip", "descriptorDirectory", "includes", "excludes",
            "ruleSeverities", "outputDirectory", "project");

    @TempDir
    Path basedir;

    private final ReportMojo mojo = new ReportMojo();
    private final RecordingLog log = new RecordingLog();

    @BeforeEach
    void configure() throws Exception {
        MavenProject project = new MavenProject();
        project.setFile(basedir.resolve("pom.xml").toFile());
        setVariableValueToObject(mojo, "project", project);
        setVariableValueToObject(mojo, "descriptorDirectory", basedir.resolve("src/main/ipsec").toFile());
        setVariableValueToObject(mojo, "outputDirectory", basedir.resolve("target/site").toFile());
        mojo.setLog(log);
    }

    private String page() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        mojo.generate(new Xhtml5SinkFactory().createSink(out, "UTF-8"), Locale.ENGLISH);
        return out.toString(StandardCharsets.UTF_8);
    }

    private void descriptor(String name, String text) throws Exception {
        Files.createDirectories(basedir.resolve("src/main/ipsec"));
        Files.writeString(basedir.resolve("src/main/ipsec").resolve(name), text);
    }

    private void bgpDescriptor() throws Exception {
        Files.createDirectories(basedir.resolve("src/main/ipsec"));
        Files.copy(Path.of("src/test/resources/descriptors/valid/bgp.yaml"),
                basedir.resolve("src/main/ipsec/bgp.yaml"));
    }

    private Path standalonePage() {
        return basedir.resolve("target/site/ipsec-profile.html");
    }

    @Test
    void isAThreadSafeSiteReportThatDoesNotForkTheLifecycleAndDocumentsEveryParameter() throws Exception {
        Element report = PluginDescriptor.read().mojo("report");
        assertThat(PluginDescriptor.text(report, "threadSafe")).isEqualTo("true");
        assertThat(PluginDescriptor.text(report, "phase")).isEqualTo("site");
        assertThat(report.getElementsByTagName("executePhase").getLength()).isZero();
        assertThat(report.getElementsByTagName("executeGoal").getLength()).isZero();
        List<String> names = new ArrayList<>();
        for (Element parameter : PluginDescriptor.children(PluginDescriptor.child(report, "parameters"),
                "parameter")) {
            String name = PluginDescriptor.text(parameter, "name");
            names.add(name);
            assertThat(PluginDescriptor.text(parameter, "description")).as(name).isNotBlank();
        }
        assertThat(names).containsExactlyInAnyOrderElementsOf(PARAMETERS);
        Element outputDirectory = PluginDescriptor.child(PluginDescriptor.child(report, "configuration"),
                "outputDirectory");
        assertThat(outputDirectory.getAttribute("default-value")).isEqualTo("${project.reporting.outputDirectory}");
    }

    @Test
    void isAProjectReportPageNamedIpsecProfile() {
        assertThat(mojo.getOutputName()).isEqualTo("ipsec-profile");
        assertThat(mojo.getName(Locale.ENGLISH)).isEqualTo("IPsec Profile Compliance");
        assertThat(mojo.getDescription(Locale.ENGLISH)).contains("RFC 5406");
        assertThat(mojo.getCategoryName()).isEqualTo(MavenReport.CATEGORY_PROJECT_REPORTS);
        assertThat(mojo.isExternalReport()).isFalse();
        assertThat(mojo.canGenerateReport()).isTrue();
        assertThat(mojo.getReportOutputDirectory()).isEqualTo(basedir.resolve("target/site").toFile());
    }

    @Test
    void checksTheDescriptorsItselfAndShowsErrorsWithoutFailing() throws Exception {
        descriptor("foo.yaml", "schema: ipsec-profile/1\nid: foo\nprotocol: {name: Foo}\nipsec: {version: 3}\n");

        String page = page();

        assertThat(page).contains("Profile foo: Foo", "<td>key-management</td>", "src/main/ipsec/foo.yaml:1:1",
                "<td>missing</td>");
        assertThat(basedir.resolve("target")).as("the report writes only its page").doesNotExist();
    }

    @Test
    void ruleSeveritiesApplyToTheReport() throws Exception {
        bgpDescriptor();
        setVariableValueToObject(mojo, "ruleSeverities", Map.of("port-selectors", "off"));

        assertThat(page()).doesNotContain("<td>port-selectors</td>").contains("<td>availability-unknown</td>");
    }

    @Test
    void anUnknownRuleInRuleSeveritiesIsAReportError() throws Exception {
        setVariableValueToObject(mojo, "ruleSeverities", Map.of("nat-travesal", "error"));

        assertThatThrownBy(this::page).isInstanceOf(MavenReportException.class).hasMessageContaining("nat-traversal");
    }

    @Test
    void skipMeansNoPage() throws Exception {
        setVariableValueToObject(mojo, "skip", true);

        assertThat(mojo.canGenerateReport()).isFalse();
        assertThat(log.lines).containsExactly("[INFO] IPsec profile: report skipped (ipsec-profile.skip is true).");
    }

    @Test
    void onItsOwnItWritesThePageAsPlainHtmlAndSaysWhere() throws Exception {
        bgpDescriptor();

        mojo.execute();

        String html = Files.readString(standalonePage(), StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<title>IPsec Profile Compliance</title>",
                "<h2>Profile bgp: BGP-4 (RFC4271)</h2>", "<td>1</td><td>1</td><td>0</td><td>1</td><td>2</td><td>0</td>",
                "<tr class=\"item-answered\"><td>a</td><td>Traffic selectors</td>", "<td>IKEv1, main mode</td>",
                "<td>port-selectors</td>", "<td>src/main/ipsec/bgp.yaml:29:3</td>", "No finding is suppressed.");
        assertThat(log.lines).containsExactly("[INFO] IPsec profile: report written to target/site/ipsec-profile.html");
        assertThat(basedir.resolve("target/ipsec-profile")).as("the report needs and writes no findings.json")
                .doesNotExist();
    }

    @Test
    void onItsOwnItLeavesAnUnchangedPageAlone() throws Exception {
        bgpDescriptor();
        mojo.execute();
        log.lines.clear();

        mojo.execute();

        assertThat(log.lines).containsExactly(
                "[INFO] IPsec profile: report written to target/site/ipsec-profile.html (unchanged)");
    }

    @Test
    void onItsOwnItEscapesWhatTheDescriptorSays() throws Exception {
        descriptor("x.yaml", """
                schema: ipsec-profile/1
                id: x
                protocol: {name: "<script>alert(1)</script> & 'two'", reference: RFC4271}
                ipsec: {version: 3}
                authorization: {policy: "<img src=x onerror=alert(2)> \\"quoted\\""}
                """);

        mojo.execute();

        String html = Files.readString(standalonePage(), StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("<script>", "<img").contains(
                "<h2>Profile x: &lt;script&gt;alert(1)&lt;/script&gt; &amp; &#39;two&#39; (RFC4271)</h2>",
                "&lt;img src=x onerror=alert(2)&gt; &quot;quoted&quot;");
        assertThat(ComplianceReportRendererTest.content(ComplianceReportRendererTest.parse(html)))
                .contains("h2: Profile x: <script>alert(1)</script> & 'two' (RFC4271)");
    }

    @Test
    void onItsOwnItWritesWhereTheSitePluginSaysToo() throws Exception {
        mojo.setReportOutputDirectory(basedir.resolve("site").toFile());

        mojo.execute();

        assertThat(basedir.resolve("site/ipsec-profile.html")).content().contains("No descriptor was found in"
                + " src/main/ipsec.");
        assertThat(mojo.getReportOutputDirectory()).isEqualTo(basedir.resolve("site").toFile());
        assertThat(standalonePage()).doesNotExist();
    }

    @Test
    void onItsOwnAnUnknownRuleStopsTheGoalAndWritesNothing() throws Exception {
        setVariableValueToObject(mojo, "ruleSeverities", Map.of("nat-travesal", "error"));

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("nat-traversal");
        assertThat(basedir.resolve("target")).doesNotExist();
    }

    @Test
    void onItsOwnSkipWritesNothing() throws Exception {
        setVariableValueToObject(mojo, "skip", true);

        mojo.execute();

        assertThat(basedir.resolve("target")).doesNotExist();
        assertThat(log.lines).containsExactly("[INFO] IPsec profile: report skipped (ipsec-profile.skip is true).");
    }
}
