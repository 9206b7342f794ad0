package org.ipsecprofile.mojo;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;
import org.ipsecprofile.generation.Generation;
import org.ipsecprofile.generation.GenerationException;
import org.ipsecprofile.generation.GenerationResult;
import org.ipsecprofile.output.OutputFile;
import org.ipsecprofile.project.SourceFiles;
import org.ipsecprofile.report.ComplianceReportRenderer;
import org.ipsecprofile.report.HtmlReportPage;
import org.ipsecprofile.report.ReportPage;
import org.ipsecprofile.report.ReportText;

/**
 * The "IPsec Profile Compliance" page of {@code mvn site}: a summary, each profile's answers to
 * items a–i of RFC 5406 Section 8, every finding with its severity, rule and RFC 5406 section,
 * and the suppressed findings with their justifications. It checks the descriptors and scans the
 * drafts itself, as {@code check} does, so the page holds the descriptor and draft findings
 * ({@code just-use-ipsec}) that {@code check} reports and {@code check} need not run first;
 * findings never fail the site build, and it writes nothing but the page. Run on its own
 * ({@code mvn ipsec-profile:report}), it writes the same content as a plain HTML page, without
 * the site's skin.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class ReportMojo extends AbstractInputMojo implements MavenReport {

    // MavenReport itself, not maven-reporting-impl's AbstractMavenReport: that base class brings
    // Doxia's site renderer, Velocity and plexus-archiver (about 30 jars) into the plugin's class
    // realm, which Maven resolves and indexes for every goal of the plugin, not only this one.

    /** The page's file name, without extension: {@code ipsec-profile.html}. */
    public static final String OUTPUT_NAME = "ipsec-profile";

    /**
     * Where {@code mvn ipsec-profile:report}, run on its own, writes {@code ipsec-profile.html}.
     * In a site build ({@code mvn site}) the page goes to the site's output directory instead,
     * as maven-site-plugin sets it. (Not named {@code outputDirectory}, as Maven reports usually
     * name it: that is where {@code generate} writes the fragments, and a plugin-wide
     * {@code <outputDirectory>} for committed fragments would put the page among them.)
     */
    @Parameter(defaultValue = "${project.reporting.outputDirectory}", required = true)
    private File reportOutputDirectory;

    /** The project whose descriptors are checked; paths on the page are relative to its base directory. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** Run on its own: writes the page, in English, as a self-contained HTML file into {@code reportOutputDirectory}. */
    @Override
    public void execute() throws MojoExecutionException {
        if (!canGenerateReport()) {
            return;
        }
        HtmlReportPage page = new HtmlReportPage();
        try {
            render(page, null);
        } catch (MavenReportException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        Path file = reportOutputDirectory.toPath().resolve(OUTPUT_NAME + ".html");
        boolean written;
        try {
            written = OutputFile.write(file, page.html().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write " + file + ": " + e.getMessage(), e);
        }
        getLog().info("IPsec profile: report written to "
                + SourceFiles.shown(project.getBasedir().toPath(), file) + (written ? "" : " (unchanged)"));
    }

    /** In a site build: maven-site-plugin calls this with the sink of the page it puts into the skin. */
    @Override
    public void generate(Sink sink, Locale locale) throws MavenReportException {
        render(new SinkReportPage(sink), locale);
    }

    /** Checks the descriptors and scans the drafts through the core, as {@code check} does, and draws the page. */
    private void render(ReportPage page, Locale locale) throws MavenReportException {
        GenerationResult result;
        try {
            result = Generation.report(inputs(project.getBasedir().toPath()), new MavenBuildLog(getLog()));
        } catch (GenerationException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
        GenerationResult.ReportSources sources = result.reportSources();
        new ComplianceReportRenderer(
                        page, result.check(), sources.descriptorDirectory(), sources.drafts(), ReportText.of(locale))
                .render();
    }

    @Override
    public String getOutputName() {
        return OUTPUT_NAME;
    }

    @Override
    public String getCategoryName() {
        return CATEGORY_PROJECT_REPORTS;
    }

    @Override
    public String getName(Locale locale) {
        return ReportText.of(locale).get("report.title");
    }

    @Override
    public String getDescription(Locale locale) {
        return ReportText.of(locale).get("report.description");
    }

    @Override
    public File getReportOutputDirectory() {
        return reportOutputDirectory;
    }

    /** maven-site-plugin sets the site's output directory here before it asks for the page. */
    @Override
    public void setReportOutputDirectory(File reportOutputDirectory) {
        this.reportOutputDirectory = reportOutputDirectory;
    }

    /** The page goes through the sink the site plugin gives, not to a file of the report's own. */
    @Override
    public boolean isExternalReport() {
        return false;
    }

    /** No page when skipped; otherwise always, so a project without descriptors sees that said. */
    @Override
    public boolean canGenerateReport() {
        if (skip) {
            getLog().info("IPsec profile: report skipped (ipsec-profile.skip is true).");
        }
        return !skip;
    }
}
