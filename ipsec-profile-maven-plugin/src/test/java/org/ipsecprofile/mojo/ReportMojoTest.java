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
import javax.xml.parsers.DocumentBuilderFactory;
import java.util.Map;
import org.apache.maven.doxia.module.xhtml5.Xhtml5SinkFactory;
import org.apache.maven.project.MavenProject;
import org.apache.maven.reporting.MavenReportException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The report goal outside a site build: its settings, and the page it gives a sink. */
class ReportMojoTest {

    /** The parameters the goal declares (the rest are AbstractMavenReport's). */
    private static final List<String> OWN_PARAMETERS =
            List.of("skip", "descriptorDirectory", "includes", "excludes", "ruleSeverities");

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
        mojo.setLog(log);
    }

    /** The report goal's entry in the generated plugin descriptor. */
    private static Element reportDescriptor() throws Exception {
        Document plugin = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("target/classes/META-INF/maven/plugin.xml").toFile());
        NodeList mojos = plugin.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            if ("report".equals(child(mojo, "goal"))) {
                return mojo;
            }
        }
        throw new AssertionError("no report goal in plugin.xml");
    }

    private static String child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return element.getTextContent().strip();
            }
        }
        return null;
    }

    private String page() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        mojo.generate(new Xhtml5SinkFactory().createSink(out, "UTF-8"), Locale.ENGLISH);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void isAThreadSafeSiteReportThatDoesNotForkTheLifecycleAndDocumentsEveryParameter() throws Exception {
        Element report = reportDescriptor();
        assertThat(child(report, "threadSafe")).isEqualTo("true");
        assertThat(child(report, "phase")).isEqualTo("site");
        assertThat(report.getElementsByTagName("executePhase").getLength()).isZero();
        assertThat(report.getElementsByTagName("executeGoal").getLength()).isZero();
        NodeList parameters = ((Element) report.getElementsByTagName("parameters").item(0))
                .getElementsByTagName("parameter");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < parameters.getLength(); i++) {
            Element parameter = (Element) parameters.item(i);
            names.add(child(parameter, "name"));
            if (OWN_PARAMETERS.contains(child(parameter, "name"))) {
                assertThat(child(parameter, "description")).as(child(parameter, "name")).isNotBlank();
            }
        }
        assertThat(names).containsAll(OWN_PARAMETERS);
        assertThat(mojo.getOutputName()).isEqualTo("ipsec-profile");
        assertThat(mojo.getName(Locale.ENGLISH)).isEqualTo("IPsec Profile Compliance");
    }

    @Test
    void checksTheDescriptorsItselfAndShowsErrorsWithoutFailing() throws Exception {
        Files.createDirectories(basedir.resolve("src/main/ipsec"));
        Files.writeString(basedir.resolve("src/main/ipsec/foo.yaml"),
                "schema: ipsec-profile/1\nid: foo\nprotocol: {name: Foo}\nipsec: {version: 3}\n");

        String page = page();

        assertThat(page).contains("Profile foo: Foo", "<td>key-management</td>", "src/main/ipsec/foo.yaml:1:1",
                "<td>missing</td>");
        assertThat(basedir.resolve("target")).as("the report writes only its page").doesNotExist();
    }

    @Test
    void ruleSeveritiesApplyToTheReport() throws Exception {
        Files.createDirectories(basedir.resolve("src/main/ipsec"));
        Files.copy(Path.of("src/test/resources/descriptors/valid/bgp.yaml"),
                basedir.resolve("src/main/ipsec/bgp.yaml"));
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
}
