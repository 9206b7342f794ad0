package org.ipsecprofile.mojo;

import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;
import org.ipsecprofile.check.ConfigurationException;
import org.ipsecprofile.check.FailOn;
import org.ipsecprofile.check.Finding;
import org.ipsecprofile.check.RuleSettings;
import org.ipsecprofile.check.Severity;
import org.ipsecprofile.output.OutputFile;
import org.ipsecprofile.project.CheckRequest;
import org.ipsecprofile.project.CheckResult;
import org.ipsecprofile.project.ProjectChecker;
import org.ipsecprofile.report.FindingLine;
import org.ipsecprofile.report.FindingsJson;
import org.ipsecprofile.scan.DraftScanRequest;
import org.ipsecprofile.scan.DraftScanResult;
import org.ipsecprofile.scan.DraftScanner;

/**
 * What the goals that check descriptors share: their parameters, the check itself, the log
 * lines, {@code findings.json}, and failing the build. The work is done by the core
 * ({@link ProjectChecker}); this class only adapts Maven's parameters and log to it.
 */
abstract class AbstractProfileMojo extends AbstractMojo {

    /** Skips the goal. */
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
     * The lowest finding severity that fails the build: {@code error}, {@code warning},
     * {@code info} or {@code none}. Suppressed findings never fail it.
     */
    @Parameter(property = "ipsec-profile.failOn", defaultValue = "error")
    private String failOn;

    /**
     * Per-rule severity overrides for guidance rules, by rule id: {@code error}, {@code warning},
     * {@code info}, or {@code off} to not run the rule. The nine required-item rules cannot be
     * changed. Example: {@code <ruleSeverities><nat-traversal>error</nat-traversal></ruleSeverities>}.
     */
    @Parameter
    private Map<String, String> ruleSeverities;

    /**
     * The directory holding the drafts that the draft scan reads for IPsec mandates no profile
     * backs (rule {@code just-use-ipsec}).
     */
    @Parameter(defaultValue = "${project.basedir}", required = true)
    private File draftDirectory;

    /**
     * Patterns, relative to {@code draftDirectory}, of the drafts to scan. Default:
     * {@code draft-*.xml}, {@code draft-*.md}, {@code draft-*.txt} and {@code draft-*.mkd}.
     */
    @Parameter
    private List<String> draftIncludes;

    /** Patterns, relative to {@code draftDirectory}, of drafts to leave out of the scan. */
    @Parameter
    private List<String> draftExcludes;

    /** The character encoding of the drafts; UTF-8 when neither this nor the project's source encoding is set. */
    @Parameter(defaultValue = "${project.build.sourceEncoding}")
    private String encoding;

    /** The project's base directory; reported paths are relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File baseDirectory;

    /** The build directory; {@code findings.json} goes to its {@code ipsec-profile} folder. */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    private File buildDirectory;

    protected boolean isSkipped() {
        if (skip) {
            getLog().info("IPsec profile: skipped (ipsec-profile.skip is true).");
        }
        return skip;
    }

    /**
     * Checks the descriptors, logs each finding, writes {@code findings.json}, and fails the
     * build when a finding reaches {@code failOn}.
     */
    protected CheckResult checkProject() throws MojoExecutionException, MojoFailureException {
        FailOn threshold = failOnSetting();
        CheckRequest request = new CheckRequest(baseDirectory.toPath(), descriptorDirectory.toPath(), includes,
                excludes, ruleSettings());
        CheckResult result;
        try {
            result = new ProjectChecker().check(request);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot read the IPsec profile descriptors in " + descriptorDirectory
                    + ": " + e.getMessage(), e);
        }
        result = result.withFindings(scanDrafts(result.descriptorCount() > 0));
        log(result);
        Path json = findingsDirectory().resolve("findings.json");
        try {
            OutputFile.write(json, FindingsJson.render(result));
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write " + json + ": " + e.getMessage(), e);
        }
        List<Finding> failing = result.failing(threshold);
        if (!failing.isEmpty()) {
            throw new MojoFailureException(failureMessage(failing, threshold, json));
        }
        return result;
    }

    private void log(CheckResult result) {
        Log log = getLog();
        if (result.descriptorCount() == 0 && result.findings().isEmpty()) {
            log.info("IPsec profile: no descriptors in " + descriptorDirectory + " (includes "
                    + String.join(", ", includes == null || includes.isEmpty() ? CheckRequest.DEFAULT_INCLUDES : includes)
                    + "); nothing to check.");
            return;
        }
        for (Finding finding : result.findings()) {
            String line = FindingLine.format(finding);
            if (finding.suppressed()) {
                log.info(line);
                continue;
            }
            switch (finding.severity()) {
                case ERROR -> log.error(line);
                case WARNING -> log.warn(line);
                case INFO -> log.info(line);
            }
        }
        log.info(String.format(Locale.ROOT,
                "IPsec profile: %d profile(s) checked: %d error(s), %d warning(s), %d info(s).",
                result.profiles().size(), result.count(Severity.ERROR),
                result.count(Severity.WARNING),
                result.count(Severity.INFO)));
    }

    /** The draft scan (SPEC §4.4): its notices go to the log, its findings join the descriptors'. */
    private List<Finding> scanDrafts(boolean projectHasDescriptors) throws MojoExecutionException {
        DraftScanRequest request = new DraftScanRequest(baseDirectory.toPath(), draftDirectory.toPath(),
                draftIncludes, draftExcludes, draftEncoding(), projectHasDescriptors);
        DraftScanResult scan;
        try {
            scan = new DraftScanner().scan(request);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot read the drafts in " + draftDirectory + ": " + e.getMessage(), e);
        }
        scan.notices().forEach(getLog()::warn);
        getLog().debug("IPsec profile: " + scan.draftCount() + " draft(s) scanned for IPsec mandates in "
                + draftDirectory + " (includes " + String.join(", ", request.includes()) + ").");
        return scan.findings();
    }

    private Charset draftEncoding() throws MojoExecutionException {
        if (encoding == null || encoding.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(encoding.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new MojoExecutionException("encoding '" + encoding + "' is not a character set Java knows: write"
                    + " one such as UTF-8 in <encoding> or project.build.sourceEncoding");
        }
    }

    private static String failureMessage(List<Finding> failing, FailOn threshold, Path json) {
        StringBuilder message = new StringBuilder()
                .append("IPsec profile check failed: ").append(failing.size())
                .append(failing.size() == 1 ? " finding" : " findings")
                .append(" at or above failOn=").append(threshold.keyword()).append(':');
        for (Finding finding : failing) {
            message.append("\n  ").append(finding.severity().keyword()).append(' ').append(FindingLine.format(finding));
        }
        message.append("\nAll findings: ").append(json);
        return message.toString();
    }

    private FailOn failOnSetting() throws MojoExecutionException {
        String value = failOn == null ? "error" : failOn.trim();
        return FailOn.fromKeyword(value).orElseThrow(() -> new MojoExecutionException(
                "failOn '" + failOn + "' is not valid: write error, warning, info or none in <failOn> or"
                        + " -Dipsec-profile.failOn"));
    }

    private RuleSettings ruleSettings() throws MojoExecutionException {
        try {
            return ruleSeverities == null ? RuleSettings.defaults() : RuleSettings.from(ruleSeverities);
        } catch (ConfigurationException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    protected Path findingsDirectory() {
        return buildDirectory.toPath().resolve("ipsec-profile");
    }
}
