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
import org.ipsecprofile.report.ComplianceReportRendererTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/** The report goal: its descriptor and settings, the page it gives a site's sink, and the page it writes on its own. */
class ReportMojoTest {

    /** Every parameter the goal has. */
    private static final List<String> PARAMETERS = List.of(
            "skip",
            "descriptorDirectory",
            "includes",
            "excludes",
            "ruleSeverities",
            "draftDirectory",
            "draftIncludes",
            "draftExcludes",
            "encoding",
            "reportOutputDirectory",
            "project");

    /** A draft whose only IPsec sentence, line 7 column 10, mandates it. */
    static final String MANDATING_DRAFT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rfc version="3" docName="draft-foo-00">
              <front><title>Foo</title></front>
              <middle>
                <section anchor="security">
                  <name>Security</name>
                  <t>Implementations MUST use IPsec to protect the sessions.</t>
                </section>
              </middle>
            </rfc>
            """;

    @TempDir
    Path basedir;

    private final ReportMojo mojo = new ReportMojo();
    private final RecordingLog log = new RecordingLog();

    @BeforeEach
    void configure() throws Exception {
        MavenProject project = new MavenProject();
        project.setFile(basedir.resolve("pom.xml").toFile());
        setVariableValueToObject(mojo, "project", project);
        setVariableValueToObject(
                mojo, "descriptorDirectory", basedir.resolve("src/main/ipsec").toFile());
        setVariableValueToObject(mojo, "draftDirectory", basedir.toFile());
        setVariableValueToObject(
                mojo, "reportOutputDirectory", basedir.resolve("target/site").toFile());
        mojo.setLog(log);
    }

    /** What a reader gets from the site page (the sink's XHTML5), in document order. */
    private List<String> sitePage() throws Exception {
        return sitePage(page());
    }

    private static List<String> sitePage(String xhtml) throws Exception {
        return ComplianceReportRendererTest.content(ComplianceReportRendererTest.parse(xhtml));
    }

    /** What a reader gets from the page the goal writes on its own, in document order. */
    private List<String> standalonePageContent() throws Exception {
        mojo.execute();
        return ComplianceReportRendererTest.content(
                ComplianceReportRendererTest.parse(Files.readString(standalonePage(), StandardCharsets.UTF_8)));
    }

    private void draft(String name, String text) throws Exception {
        Files.createDirectories(basedir.resolve(name).getParent());
        Files.writeString(basedir.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** The Summary table's one row: descriptors, profiles, errors, warnings, infos, suppressed. */
    static List<String> summary(List<String> page) {
        int header = page.indexOf("th: Suppressed");
        return page.subList(header + 2, header + 8).stream()
                .map(cell -> cell.substring("td: ".length()))
                .toList();
    }

    /** The rows of the table in the section with this anchor ({@code findings}, {@code suppressed-findings}), cell texts. */
    static List<List<String>> rows(List<String> page, String anchor) {
        List<List<String>> rows = new ArrayList<>();
        for (String entry : page.subList(page.indexOf("#" + anchor) + 1, page.size())) {
            if (entry.startsWith("#")) {
                break;
            }
            if (entry.startsWith("tr.finding-")) {
                rows.add(new ArrayList<>());
            } else if (entry.startsWith("td: ") && !rows.isEmpty()) {
                rows.get(rows.size() - 1).add(entry.substring("td: ".length()));
            }
        }
        return rows;
    }

    /** The sentence that says which drafts were scanned. */
    private static String draftSentence(List<String> page) {
        return page.stream()
                .filter(entry -> entry.contains("draft(s) scanned too"))
                .findFirst()
                .orElseThrow();
    }

    private String page() throws Exception {
        return page(Locale.ENGLISH);
    }

    private String page(Locale locale) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        mojo.generate(new Xhtml5SinkFactory().createSink(out, "UTF-8"), locale);
        return out.toString(StandardCharsets.UTF_8);
    }

    private void descriptor(String name, String text) throws Exception {
        Files.createDirectories(basedir.resolve("src/main/ipsec"));
        Files.writeString(basedir.resolve("src/main/ipsec").resolve(name), text);
    }

    private void bgpDescriptor() throws Exception {
        Files.createDirectories(basedir.resolve("src/main/ipsec"));
        Files.copy(
                Path.of("src/test/resources/descriptors/valid/bgp.yaml"), basedir.resolve("src/main/ipsec/bgp.yaml"));
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
        for (Element parameter : PluginDescriptor.children(PluginDescriptor.child(report, "parameters"), "parameter")) {
            String name = PluginDescriptor.text(parameter, "name");
            names.add(name);
            assertThat(PluginDescriptor.text(parameter, "description")).as(name).isNotBlank();
        }
        assertThat(names).containsExactlyInAnyOrderElementsOf(PARAMETERS);
        Element outputDirectory =
                PluginDescriptor.child(PluginDescriptor.child(report, "configuration"), "reportOutputDirectory");
        assertThat(outputDirectory.getAttribute("default-value")).isEqualTo("${project.reporting.outputDirectory}");
    }

    @Test
    void aSiteInALanguageThePluginHasWordsForGetsThePageAndItsMenuEntryInIt() throws Exception {
        // src/test/resources holds a one-key Esperanto bundle; the other keys stay English.
        Locale esperanto = Locale.forLanguageTag("eo");

        assertThat(mojo.getName(esperanto)).isEqualTo("Konformeco de IPsec-profiloj");
        List<String> page = sitePage(page(esperanto));
        assertThat(page).anyMatch(entry -> entry.matches("h[1-6]: Konformeco de IPsec-profiloj"));
        assertThat(page).contains("p: No findings.");
        assertThat(mojo.getName(Locale.GERMAN)).isEqualTo("IPsec Profile Compliance");
    }

    @Test
    void isAProjectReportPageNamedIpsecProfile() {
        assertThat(mojo.getOutputName()).isEqualTo("ipsec-profile");
        assertThat(mojo.getName(Locale.ENGLISH)).isEqualTo("IPsec Profile Compliance");
        assertThat(mojo.getDescription(Locale.ENGLISH)).contains("RFC 5406");
        assertThat(mojo.getCategoryName()).isEqualTo(MavenReport.CATEGORY_PROJECT_REPORTS);
        assertThat(mojo.isExternalReport()).isFalse();
        assertThat(mojo.canGenerateReport()).isTrue();
        assertThat(mojo.getReportOutputDirectory())
                .isEqualTo(basedir.resolve("target/site").toFile());
    }

    @Test
    void checksTheDescriptorsItselfAndShowsErrorsWithoutFailing() throws Exception {
        descriptor("foo.yaml", "schema: ipsec-profile/1\nid: foo\nprotocol: {name: Foo}\nipsec: {version: 3}\n");

        String page = page();

        assertThat(page)
                .contains(
                        "Profile foo: Foo",
                        "<td>key-management</td>",
                        "src/main/ipsec/foo.yaml:1:1",
                        "<td>missing</td>");
        assertThat(basedir.resolve("target"))
                .as("the report writes only its page")
                .doesNotExist();
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
        assertThat(html)
                .startsWith("<!DOCTYPE html>")
                .contains(
                        "<title>IPsec Profile Compliance</title>",
                        "<h2>Profile bgp: BGP-4 (RFC4271)</h2>",
                        "<td>1</td><td>1</td><td>0</td><td>3</td><td>2</td><td>0</td>",
                        "<tr class=\"item-answered\"><td>a</td><td>Selectors</td>",
                        "<td>IKEv1, main mode</td>",
                        "<td>port-selectors</td>",
                        "<td>src/main/ipsec/bgp.yaml:29:3</td>",
                        "No finding is suppressed.");
        assertThat(log.lines).containsExactly("[INFO] IPsec profile: report written to target/site/ipsec-profile.html");
        assertThat(basedir.resolve("target/ipsec-profile"))
                .as("the report needs and writes no findings.json")
                .doesNotExist();
    }

    @Test
    void onItsOwnItLeavesAnUnchangedPageAlone() throws Exception {
        bgpDescriptor();
        mojo.execute();
        log.lines.clear();

        mojo.execute();

        assertThat(log.lines)
                .containsExactly("[INFO] IPsec profile: report written to target/site/ipsec-profile.html (unchanged)");
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
        assertThat(html)
                .doesNotContain("<script>", "<img")
                .contains(
                        "<h2>Profile x: &lt;script&gt;alert(1)&lt;/script&gt; &amp; &#39;two&#39; (RFC4271)</h2>",
                        "&lt;img src=x onerror=alert(2)&gt; &quot;quoted&quot;");
        assertThat(ComplianceReportRendererTest.content(ComplianceReportRendererTest.parse(html)))
                .contains("h2: Profile x: <script>alert(1)</script> & 'two' (RFC4271)");
    }

    @Test
    void onItsOwnItWritesWhereTheSitePluginSaysToo() throws Exception {
        mojo.setReportOutputDirectory(basedir.resolve("site").toFile());

        mojo.execute();

        assertThat(basedir.resolve("site/ipsec-profile.html"))
                .content()
                .contains("No descriptor was found in" + " src/main/ipsec.");
        assertThat(mojo.getReportOutputDirectory())
                .isEqualTo(basedir.resolve("site").toFile());
        assertThat(standalonePage()).doesNotExist();
    }

    @Test
    void onItsOwnAnUnknownRuleStopsTheGoalAndWritesNothing() throws Exception {
        setVariableValueToObject(mojo, "ruleSeverities", Map.of("nat-travesal", "error"));

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
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

    // The draft scan: the page shows what check reports about the drafts

    @Test
    void aDraftThatMandatesIpsecWithoutADescriptorIsAnErrorOnTheSitePage() throws Exception {
        draft("draft-foo.xml", MANDATING_DRAFT);

        List<String> page = sitePage();

        assertThat(rows(page, "findings")).singleElement().satisfies(row -> {
            assertThat(row.subList(0, 3)).containsExactly("error", "just-use-ipsec", "RFC 5406 Sections 1 and 8");
            assertThat(row.get(3))
                    .startsWith("\"Implementations MUST use IPsec to protect the sessions.\" makes" + " IPsec a MUST")
                    .contains("mvn ipsec-profile:init");
            assertThat(row.get(4)).isEqualTo("draft-foo.xml:7:10");
        });
        assertThat(summary(page)).containsExactly("0", "0", "1", "0", "0", "0");
        assertThat(draftSentence(page)).startsWith("p: 1 draft(s) scanned too");
        assertThat(page)
                .contains("p: No descriptor was found in src/main/ipsec.")
                .doesNotContain("p: No findings.");
    }

    @Test
    void aDraftThatMandatesIpsecWithoutADescriptorIsAnErrorOnTheStandalonePage() throws Exception {
        draft("draft-foo.xml", MANDATING_DRAFT);

        List<String> page = standalonePageContent();

        assertThat(rows(page, "findings"))
                .extracting(row -> row.subList(0, 3), row -> row.get(4))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        List.of("error", "just-use-ipsec", "RFC 5406 Sections 1 and 8"), "draft-foo.xml:7:10"));
        assertThat(summary(page)).containsExactly("0", "0", "1", "0", "0", "0");
        assertThat(page).isEqualTo(sitePage());
        assertThat(log.lines).containsExactly("[INFO] IPsec profile: report written to target/site/ipsec-profile.html");
    }

    @Test
    void aDraftThatOnlyMentionsIpsecGivesNoFinding() throws Exception {
        draft(
                "draft-foo.xml",
                MANDATING_DRAFT.replace(
                        "Implementations MUST use IPsec to protect the sessions.",
                        "IPsec is one option; see RFC 4301."));

        List<String> page = sitePage();

        assertThat(rows(page, "findings")).isEmpty();
        assertThat(page).contains("p: No findings.");
        assertThat(summary(page)).containsExactly("0", "0", "0", "0", "0", "0");
        assertThat(draftSentence(page)).startsWith("p: 1 draft(s) scanned too");
    }

    @Test
    void markupInADraftSentenceIsEscapedOnBothPages() throws Exception {
        draft(
                "draft-foo.xml",
                MANDATING_DRAFT.replace("to protect the sessions.", "for &lt;script&gt;alert(1)&lt;/script&gt;."));

        String site = page();
        mojo.execute();
        String standalone = Files.readString(standalonePage(), StandardCharsets.UTF_8);

        for (String html : List.of(site, standalone)) {
            assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
            assertThat(rows(ComplianceReportRendererTest.content(ComplianceReportRendererTest.parse(html)), "findings"))
                    .singleElement()
                    .extracting(row -> row.get(3))
                    .asString()
                    .startsWith("\"Implementations MUST use IPsec for <script>alert(1)</script>.\" makes IPsec a MUST");
        }
    }

    @Test
    void draftExcludesLeaveADraftOut() throws Exception {
        draft("draft-foo.xml", MANDATING_DRAFT);
        draft("draft-old.xml", MANDATING_DRAFT);
        setVariableValueToObject(mojo, "draftExcludes", List.of("draft-old.*"));

        List<String> page = sitePage();

        assertThat(rows(page, "findings")).extracting(row -> row.get(4)).containsExactly("draft-foo.xml:7:10");
        assertThat(draftSentence(page))
                .isEqualTo("p: 1 draft(s) scanned too, for IPsec mandates that no profile"
                        + " backs (rule just-use-ipsec): the files in the project directory matching draft-*.xml,"
                        + " draft-*.md, draft-*.txt or draft-*.mkd, except those matching draft-old.*.");
    }

    @Test
    void draftDirectoryAndDraftIncludesChooseTheDrafts() throws Exception {
        draft("draft-foo.xml", MANDATING_DRAFT);
        draft("drafts/foo-spec.xml", MANDATING_DRAFT);
        setVariableValueToObject(
                mojo, "draftDirectory", basedir.resolve("drafts").toFile());
        setVariableValueToObject(mojo, "draftIncludes", List.of("*-spec.xml"));

        List<String> page = sitePage();

        assertThat(rows(page, "findings")).extracting(row -> row.get(4)).containsExactly("drafts/foo-spec.xml:7:10");
        assertThat(draftSentence(page)).endsWith("the files in drafts matching *-spec.xml.");
    }

    @Test
    void draftFindingsAndDescriptorFindingsAreSortedByFileLineColumnAndRule() throws Exception {
        bgpDescriptor();
        draft("draft-foo.xml", MANDATING_DRAFT.replace("sessions.</t>", "sessions.</t>\n<t>Peers SHOULD use ESP.</t>"));

        List<String> locations =
                rows(sitePage(), "findings").stream().map(row -> row.get(4)).toList();

        assertThat(locations)
                .containsExactly(
                        "draft-foo.xml:7:10",
                        "draft-foo.xml:8:4",
                        "src/main/ipsec/bgp.yaml:4:9",
                        "src/main/ipsec/bgp.yaml:11:3",
                        "src/main/ipsec/bgp.yaml:18:7",
                        "src/main/ipsec/bgp.yaml:19:18",
                        "src/main/ipsec/bgp.yaml:29:3");
    }

    @Test
    void aBadEncodingIsAReportError() throws Exception {
        setVariableValueToObject(mojo, "encoding", "UTF-9");

        assertThatThrownBy(this::page)
                .isInstanceOf(MavenReportException.class)
                .hasMessage("encoding 'UTF-9' is not a character set Java knows: write one such as UTF-8 in"
                        + " <encoding> or project.build.sourceEncoding");
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("UTF-9");
        assertThat(basedir.resolve("target")).doesNotExist();
    }

    @Test
    void theEncodingParameterIsHowTheDraftsAreRead() throws Exception {
        Files.write(
                basedir.resolve("draft-foo.txt"),
                "   Ren\u00e9's peers MUST use IPsec.\n".getBytes(StandardCharsets.UTF_16));
        setVariableValueToObject(mojo, "encoding", "UTF-16");

        List<String> page = sitePage();

        assertThat(rows(page, "findings"))
                .singleElement()
                .extracting(row -> row.get(3))
                .asString()
                .startsWith("\"Ren\u00e9's peers MUST use IPsec.\"");
        assertThat(log.lines).isEmpty();
    }

    @Test
    void aDraftWithBytesNotValidInTheEncodingIsScannedAndTheWarningIsOnThePageAndInTheLog() throws Exception {
        Files.write(
                basedir.resolve("draft-foo.txt"),
                ("   Written by Ren\u00e9.\n\n   Implementations MUST use" + " IPsec.\n")
                        .getBytes(StandardCharsets.ISO_8859_1));

        List<String> page = sitePage();

        String warning = "draft-foo.txt:1: bytes that are not valid UTF-8; scanned for IPsec mandates with them"
                + " replaced. Set <encoding> (or project.build.sourceEncoding) to the draft's encoding, or fix the file";
        assertThat(rows(page, "findings")).extracting(row -> row.get(4)).containsExactly("draft-foo.txt:3:4");
        assertThat(page)
                .containsSubsequence("#findings", "p: Draft scan warning: " + warning + ".", "#suppressed-findings");
        assertThat(log.lines).containsExactly("[WARNING] " + warning);
    }

    @Test
    void aDraftThatCannotBeReadIsAWarningOnThePageAndTheOtherDraftsAreStillScanned() throws Exception {
        // Reading /proc/self/mem from its start fails, even for root, which chmod cannot stop (a link
        // to it from the project would lead outside the draft directory and not be read at all).
        org.junit.jupiter.api.Assumptions.assumeTrue(
                Files.isRegularFile(Path.of("/proc/self/mem")), "needs Linux's /proc");
        Path proc = Path.of("/proc/self").toRealPath();
        setVariableValueToObject(mojo, "draftDirectory", proc.toFile());
        setVariableValueToObject(mojo, "draftIncludes", List.of("mem", "status"));

        List<String> page = standalonePageContent();

        assertThat(draftSentence(page)).startsWith("p: 2 draft(s) scanned too");
        assertThat(page)
                .anySatisfy(entry -> assertThat(entry)
                        .startsWith("p: Draft scan warning: ")
                        .contains("/mem: cannot be read (IOException: ")
                        .endsWith("); not scanned for IPsec"
                                + " mandates: make it a readable file, or leave it out with <draftExcludes>."));
        assertThat(log.lines)
                .anySatisfy(line -> assertThat(line).startsWith("[WARNING] ").contains("/mem: cannot be read"));
    }
}
