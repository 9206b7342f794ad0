package org.ipsecprofile.mojo;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;
import org.ipsecprofile.check.ConfigurationException;
import org.ipsecprofile.check.RuleSettings;
import org.ipsecprofile.project.CheckRequest;
import org.ipsecprofile.project.CheckResult;
import org.ipsecprofile.project.ProjectChecker;

/**
 * The "IPsec Profile Compliance" page of {@code mvn site}: a summary, each profile's answers to
 * items a–i of RFC 5406 Section 8, every finding with its severity, rule and RFC 5406 section,
 * and the suppressed findings with their justifications. It checks the descriptors itself, so
 * {@code check} need not run first; findings never fail the site build, and it writes nothing
 * but the page.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class ReportMojo extends AbstractMavenReport {

    /** The page's file name, without extension: {@code ipsec-profile.html}. */
    public static final String OUTPUT_NAME = "ipsec-profile";

    /** Skips the report: the site gets no compliance page. */
    @Parameter(property = "ipsec-profile.skip", defaultValue = "false")
    private boolean skip;

    /** The directory holding the profile descriptors (schema {@code ipsec-profile/1}). */
    @Parameter(defaultValue = "${project.basedir}/src/main/ipsec", required = true)
    private File descriptorDirectory;

    /**
     * Patterns, relative to {@code descriptorDirectory}, of the descriptor files to read.
     * Default: {@code **}{@code /*.yaml} and {@code **}{@code /*.yml}.
     */
    @Parameter
    private List<String> includes;

    /** Patterns, relative to {@code descriptorDirectory}, of files to leave out. */
    @Parameter
    private List<String> excludes;

    /**
     * Per-rule severity overrides for guidance rules, by rule id: {@code error}, {@code warning},
     * {@code info}, or {@code off} to not run the rule. The nine required-item rules cannot be
     * changed. Example: {@code <ruleSeverities><nat-traversal>error</nat-traversal></ruleSeverities>}.
     * Configure it on the plugin (not only on an execution of {@code check}) so the report and
     * the build agree.
     */
    @Parameter
    private Map<String, String> ruleSeverities;

    @Override
    public String getOutputName() {
        return OUTPUT_NAME;
    }

    @Override
    public String getName(Locale locale) {
        return ComplianceReportRenderer.TITLE;
    }

    @Override
    public String getDescription(Locale locale) {
        return "How the project's IPsec profile descriptors answer the nine items of RFC 5406 (BCP 146)"
                + " Section 8, with every finding and suppression.";
    }

    /** No page when skipped; otherwise always, so a project without descriptors sees that said. */
    @Override
    public boolean canGenerateReport() {
        if (skip) {
            getLog().info("IPsec profile: report skipped (ipsec-profile.skip is true).");
        }
        return !skip;
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        RuleSettings settings;
        try {
            settings = ruleSeverities == null ? RuleSettings.defaults() : RuleSettings.from(ruleSeverities);
        } catch (ConfigurationException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
        CheckRequest request = new CheckRequest(project.getBasedir().toPath(), descriptorDirectory.toPath(), includes,
                excludes, settings);
        CheckResult result;
        try {
            result = new ProjectChecker().check(request);
        } catch (IOException e) {
            throw new MavenReportException("Cannot read the IPsec profile descriptors in " + descriptorDirectory
                    + ": " + e.getMessage(), e);
        }
        String directory = project.getBasedir().toPath().relativize(descriptorDirectory.toPath().toAbsolutePath())
                .toString().replace(File.separatorChar, '/');
        new ComplianceReportRenderer(new SinkReportPage(getSink()), result, directory.isEmpty() ? "." : directory)
                .render();
    }
}
