package org.ipsecprofile.mojo;

import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;
import org.ipsecprofile.check.ConfigurationException;
import org.ipsecprofile.check.FailOn;
import org.ipsecprofile.check.Finding;
import org.ipsecprofile.check.RuleSettings;
import org.ipsecprofile.check.Severity;
import org.ipsecprofile.output.CommittedFragments;
import org.ipsecprofile.output.GenerationFingerprint;
import org.ipsecprofile.output.OutputFile;
import org.ipsecprofile.output.PluginCode;
import org.ipsecprofile.project.CheckRequest;
import org.ipsecprofile.project.CheckResult;
import org.ipsecprofile.project.PhaseTimes;
import org.ipsecprofile.project.ProjectChecker;
import org.ipsecprofile.project.SourceFiles;
import org.ipsecprofile.render.Format;
import org.ipsecprofile.render.FragmentRenderer;
import org.ipsecprofile.render.RenderRequest;
import org.ipsecprofile.render.TemplateEngine;
import org.ipsecprofile.render.TemplateProblem;
import org.ipsecprofile.render.refs.ReferenceLibrary;
import org.ipsecprofile.report.FindingLine;
import org.ipsecprofile.report.FindingsJson;
import org.ipsecprofile.report.FindingsSarif;
import org.ipsecprofile.report.SarifRoot;
import org.ipsecprofile.report.SourceLines;
import org.ipsecprofile.scan.CheckedProject;
import org.ipsecprofile.scan.DraftScanRequest;
import org.ipsecprofile.scan.DraftScanResult;
import org.ipsecprofile.scan.DraftSelection;

/**
 * What the goals that check descriptors share: their parameters, the check itself, the log
 * lines, {@code findings.json}, and failing the build. The work is done by the core
 * ({@link ProjectChecker}); this class only adapts Maven's parameters and log to it.
 */
abstract class AbstractProfileMojo extends AbstractInputMojo {

    /**
     * The lowest finding severity that fails the build: {@code error}, {@code warning},
     * {@code info} or {@code none}. Suppressed findings never fail it.
     */
    @Parameter(property = "ipsec-profile.failOn", defaultValue = "error")
    private String failOn;

    /**
     * The directory the paths in {@code findings.sarif} are relative to. Code-scanning services
     * such as GitHub's place alerts by their path from the repository's root, so by default it is
     * the nearest directory at or above the project that holds {@code .git}, or the project's own
     * folder outside a Git repository. Set it when the SARIF file is uploaded from elsewhere.
     * {@code findings.json} and the log always give paths relative to the project.
     */
    @Parameter(property = "ipsec-profile.sarifRootDirectory")
    private File sarifRootDirectory;

    /** The project's base directory; reported paths are relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File baseDirectory;

    /**
     * The build directory; {@code findings.json} and {@code findings.sarif} go to its
     * {@code ipsec-profile} folder.
     */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    private File buildDirectory;

    /**
     * Where the generated fragments go, in subfolders {@code xml2rfc}, {@code markdown} and
     * {@code text}. xml2rfc includes local files only at or below the draft's folder, so keep
     * it below the project when the draft includes the XML. Outside the build directory (e.g.
     * <code>${project.basedir}/generated</code>) the fragments are committed, and {@code check}
     * reports each one that is missing or out of date ({@code stale-fragment}).
     */
    @Parameter(defaultValue = "${project.build.directory}/generated-sources/ipsec-profile", required = true)
    private File outputDirectory;

    /** The formats to write: any of {@code xml2rfc}, {@code markdown}, {@code text}. */
    @Parameter(property = "ipsec-profile.formats", defaultValue = "xml2rfc,markdown,text")
    private List<String> formats;

    /**
     * A directory of the project's own templates. A file there with the relative path of a
     * default template (e.g. {@code xml2rfc/ipsec-profile.xml.ftlx}) replaces that template;
     * every other template still comes from the defaults.
     */
    @Parameter
    private File templateDirectory;

    /** The heading level of the generated Markdown sections: 1 writes {@code #}, 2 {@code ##}, and so on. */
    @Parameter(defaultValue = "1")
    private int markdownHeadingLevel;

    /** The plugin's version, for {@code findings.sarif}'s {@code tool.driver.version}. */
    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    private String pluginVersion;

    /** While set, the log lines go through it and are kept for the execution record. */
    private CapturingLog capture;

    @Override
    public Log getLog() {
        return capture != null ? capture : super.getLog();
    }

    /** Starts keeping the info, warning and error lines logged. */
    protected void startCapture() {
        capture = new CapturingLog(super.getLog());
    }

    /** Stops keeping lines; returns those kept. */
    protected List<org.ipsecprofile.output.ExecutionRecord.Line> stopCapture() {
        List<org.ipsecprofile.output.ExecutionRecord.Line> lines = capture == null ? List.of() : capture.lines;
        capture = null;
        return lines;
    }

    /**
     * The fingerprint of everything an execution depends on before anything is parsed: the goal,
     * the plugin's version and jars, every parameter, and the content of the descriptors, the
     * drafts and the template overrides. {@code extra} adds the goal's own parameters.
     */
    protected String executionInputs(String goal, String extra) throws MojoExecutionException {
        GenerationFingerprint fingerprint = new GenerationFingerprint();
        Map<String, String> severities = ruleSeverities == null ? Map.of() : new java.util.TreeMap<>(ruleSeverities);
        try {
            fingerprint
                    .add("goal", goal)
                    .add("plugin version", pluginVersion)
                    .add("plugin code", PluginCode.identity(getClass()))
                    .add(
                            "template code",
                            PluginCode.identity(AbstractProfileMojo.class
                                    .getClassLoader()
                                    .getResource(TemplateEngine.DEFAULT_TEMPLATE_PATH
                                            + "/layout/xml2rfc/ipsec-profile.xml.ftlx")))
                    .add(
                            "parameters",
                            String.join(
                                    "\n",
                                    "skip=" + skip,
                                    "descriptorDirectory=" + descriptorDirectory,
                                    "includes=" + includes,
                                    "excludes=" + excludes,
                                    "failOn=" + failOn,
                                    "ruleSeverities=" + severities,
                                    "draftDirectory=" + draftDirectory,
                                    "draftIncludes=" + draftIncludes,
                                    "draftExcludes=" + draftExcludes,
                                    "encoding=" + encoding,
                                    "baseDirectory=" + baseDirectory,
                                    "buildDirectory=" + buildDirectory,
                                    "outputDirectory=" + outputDirectory,
                                    "formats=" + formats,
                                    "templateDirectory=" + templateDirectory,
                                    "markdownHeadingLevel=" + markdownHeadingLevel,
                                    "sarifRootDirectory=" + sarifRootDirectory,
                                    "repository="
                                            + SarifRoot.repositoryOf(baseDirectory.toPath())
                                                    .orElse(null),
                                    extra))
                    .addDirectory("templateDirectory", templateDirectory == null ? null : templateDirectory.toPath());
            CheckRequest request = new CheckRequest(
                    baseDirectory.toPath(), descriptorDirectory.toPath(), includes, excludes, RuleSettings.defaults());
            List<Path> descriptors =
                    SourceFiles.find(request.descriptorDirectory(), request.includes(), request.excludes());
            fingerprint.add("descriptors", String.valueOf(descriptors.size()));
            for (Path descriptor : descriptors) {
                fingerprint.addFile(descriptor.toAbsolutePath().toString(), descriptor);
            }
            List<Path> drafts = draftFiles();
            fingerprint.add("drafts", String.valueOf(drafts.size()));
            for (Path draft : drafts) {
                fingerprint.addFile(draft.toAbsolutePath().toString(), draft);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot read the inputs of " + goal + ": " + e.getMessage(), e);
        }
        return fingerprint.inputs();
    }

    /** How long this execution's phases took, logged at debug level by {@link #logTimes()}. */
    private PhaseTimes times = new PhaseTimes();

    /** Starts timing an execution's phases afresh. */
    protected void startTiming() {
        times = new PhaseTimes();
    }

    protected PhaseTimes times() {
        return times;
    }

    /** With {@code -X}: {@code [DEBUG] IPsec profile: parse 12 ms, check 3 ms, draft scan 1 ms, …, total 20 ms}. */
    protected void logTimes() {
        if (getLog().isDebugEnabled()) {
            getLog().debug("IPsec profile: " + times.summary());
        }
    }

    protected boolean isSkipped() {
        if (skip) {
            getLog().info("IPsec profile: skipped (ipsec-profile.skip is true).");
        }
        return skip;
    }

    /**
     * Checks the descriptors, logs each finding, writes {@code findings.json} and
     * {@code findings.sarif}, and fails the build when a finding reaches {@code failOn}.
     */
    protected CheckResult checkProject() throws MojoExecutionException, MojoFailureException {
        FailOn threshold = failOnSetting();
        CheckRequest request = new CheckRequest(
                baseDirectory.toPath(), descriptorDirectory.toPath(), includes, excludes, ruleSettings());
        CheckResult result;
        try {
            result = new ProjectChecker().check(request, times);
        } catch (IOException e) {
            throw new MojoExecutionException(
                    "Cannot read the IPsec profile descriptors in " + descriptorDirectory + ": " + e.getMessage(), e);
        }
        long start = System.nanoTime();
        result = scanDrafts(result);
        times.since("draft scan", start);
        result = addProjectFindings(result, threshold);
        start = System.nanoTime();
        log(result);
        Path json = findingsDirectory().resolve("findings.json");
        try {
            OutputFile.write(json, FindingsJson.render(result));
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write " + json + ": " + e.getMessage(), e);
        }
        writeSarif(result);
        times.since("findings", start);
        List<Finding> failing = result.failing(threshold);
        if (!failing.isEmpty()) {
            throw new MojoFailureException(failureMessage(failing, threshold, json));
        }
        return result;
    }

    private void writeSarif(CheckResult result) throws MojoExecutionException {
        Path sarif = findingsDirectory().resolve("findings.sarif");
        try {
            OutputFile.write(
                    sarif,
                    FindingsSarif.render(
                            result, pluginVersion, SourceLines.under(baseDirectory.toPath()), sarifProjectPath()));
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write " + sarif + ": " + e.getMessage(), e);
        }
    }

    /** The project's folder as {@code findings.sarif}'s root sees it; see {@link #sarifRootDirectory}. */
    private String sarifProjectPath() {
        Path project = baseDirectory.toPath();
        if (sarifRootDirectory == null) {
            return SarifRoot.repositoryOf(project)
                    .map(root -> SarifRoot.projectPathIn(root, project))
                    .orElse("");
        }
        Path root = sarifRootDirectory.toPath().toAbsolutePath().normalize();
        if (!project.toAbsolutePath().normalize().startsWith(root)) {
            getLog().warn("IPsec profile: sarifRootDirectory " + sarifRootDirectory + " does not hold the project "
                    + project + "; findings.sarif gives paths relative to the project instead.");
            return "";
        }
        return SarifRoot.projectPathIn(root, project);
    }

    private void log(CheckResult result) {
        Log log = getLog();
        if (result.descriptorCount() == 0 && result.findings().isEmpty()) {
            log.info("IPsec profile: no descriptors in " + descriptorDirectory + " (includes "
                    + String.join(
                            ", ", includes == null || includes.isEmpty() ? CheckRequest.DEFAULT_INCLUDES : includes)
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
        log.info(String.format(
                Locale.ROOT,
                "IPsec profile: %d profile(s) checked: %d error(s), %d warning(s), %d info(s).",
                result.profiles().size(),
                result.count(Severity.ERROR),
                result.count(Severity.WARNING),
                result.count(Severity.INFO)));
    }

    /** The drafts that {@code draftDirectory}, {@code draftIncludes} and {@code draftExcludes} select. */
    protected List<Path> draftFiles() throws MojoExecutionException {
        List<String> patterns =
                draftIncludes == null || draftIncludes.isEmpty() ? DraftScanRequest.DEFAULT_INCLUDES : draftIncludes;
        try {
            return SourceFiles.find(
                    draftDirectory.toPath(), patterns, draftExcludes == null ? List.of() : draftExcludes);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot list the drafts in " + draftDirectory + ": " + e.getMessage(), e);
        }
    }

    /**
     * The draft scan (SPEC §4.4): its findings join the descriptors', its notices go to the log, and
     * a draft that cannot be read stops the goal.
     */
    private CheckResult scanDrafts(CheckResult descriptors) throws MojoExecutionException {
        DraftSelection selection = new DraftSelection(
                baseDirectory.toPath(), draftDirectory.toPath(), draftIncludes, draftExcludes, draftEncoding());
        CheckedProject project;
        try {
            project = CheckedProject.scanDrafts(descriptors, selection);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot read the drafts in " + draftDirectory + ": " + e.getMessage(), e);
        }
        DraftScanResult scan = project.drafts();
        scan.notices().forEach(getLog()::warn);
        if (!scan.unreadable().isEmpty()) {
            throw new MojoExecutionException(
                    "Cannot read the drafts in " + draftDirectory + ":\n  " + String.join("\n  ", scan.unreadable()));
        }
        getLog().debug("IPsec profile: " + scan.draftCount() + " draft(s) scanned for IPsec mandates in "
                + draftDirectory + " (includes " + String.join(", ", selection.includes()) + ").");
        return project.result();
    }

    private Charset draftEncoding() throws MojoExecutionException {
        try {
            return DraftSelection.encoding(encoding);
        } catch (ConfigurationException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    private static String failureMessage(List<Finding> failing, FailOn threshold, Path json) {
        StringBuilder message = new StringBuilder()
                .append("IPsec profile check failed: ")
                .append(failing.size())
                .append(failing.size() == 1 ? " finding" : " findings")
                .append(" at or above failOn=")
                .append(threshold.keyword())
                .append(':');
        for (Finding finding : failing) {
            message.append("\n  ")
                    .append(finding.severity().keyword())
                    .append(' ')
                    .append(FindingLine.format(finding));
        }
        message.append("\nAll findings: ").append(json);
        return message.toString();
    }

    private FailOn failOnSetting() throws MojoExecutionException {
        String value = failOn == null ? "error" : failOn.trim();
        return FailOn.fromKeyword(value)
                .orElseThrow(() -> new MojoExecutionException(
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

    /**
     * Findings about the project beyond its descriptors, added before anything is logged or
     * written; {@code check} adds committed fragments that are out of date. The default adds none.
     */
    protected CheckResult addProjectFindings(CheckResult result, FailOn threshold)
            throws MojoExecutionException, MojoFailureException {
        return result;
    }

    // --- rendering: generate writes what this renders; check compares committed fragments with it ---

    protected Path outputDirectory() {
        return outputDirectory.toPath();
    }

    protected Path baseDirectory() {
        return baseDirectory.toPath();
    }

    protected Path buildDirectory() {
        return buildDirectory.toPath();
    }

    /** True when the fragments are committed: {@code outputDirectory} lies outside the build directory. */
    protected boolean fragmentsAreCommitted() {
        return outputDirectory != null
                && CommittedFragments.isCommitted(outputDirectory.toPath(), buildDirectory.toPath());
    }

    /** Checks the rendering parameters, so a bad one stops the build before any descriptor is read. */
    /** The template engine a background thread is preparing for {@link #renderFragments}, or null. */
    private FutureTask<TemplateEngine> preparedEngine;

    /**
     * Starts loading FreeMarker and parsing the templates of the selected formats on a background
     * thread, so rendering can start as soon as the descriptors are checked: in a JVM that has just
     * started, that set-up takes about as long as reading and checking a few descriptors does.
     */
    protected void prepareTemplatesInBackground() throws MojoExecutionException {
        Set<Format> selected = selectedFormats();
        Path overrides = templateDirectory == null ? null : templateDirectory.toPath();
        FutureTask<TemplateEngine> task = new FutureTask<>(() -> {
            TemplateEngine engine = new TemplateEngine(overrides);
            FragmentRenderer.prepare(engine, selected);
            return engine;
        });
        Thread thread = new Thread(task, "ipsec-profile-templates");
        thread.setDaemon(true);
        thread.start();
        preparedEngine = task;
    }

    /**
     * The engine {@link #prepareTemplatesInBackground} prepared, once it is ready; null when none
     * was started or it failed, in which case the caller makes one and meets the failure itself.
     */
    private TemplateEngine takePreparedEngine() throws MojoExecutionException {
        FutureTask<TemplateEngine> task = preparedEngine;
        preparedEngine = null;
        if (task == null) {
            return null;
        }
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("Interrupted while preparing the templates", e);
        } catch (ExecutionException e) {
            return null;
        }
    }

    /** Drops a prepared engine that was not used (the check failed first), so a later execution cannot pick it up. */
    protected void discardPreparedTemplates() {
        if (preparedEngine != null) {
            preparedEngine.cancel(false);
            preparedEngine = null;
        }
    }

    protected void checkRenderSettings() throws MojoExecutionException {
        selectedFormats();
        if (markdownHeadingLevel < 1 || markdownHeadingLevel > 6) {
            throw new MojoExecutionException("markdownHeadingLevel " + markdownHeadingLevel
                    + " is not valid: write a number from 1 to 6 in <markdownHeadingLevel>");
        }
    }

    /**
     * What {@code generate} writes for {@code result}, in memory: relative path under
     * {@code outputDirectory} to content. A template error fails the build, naming the template.
     */
    protected SortedMap<String, String> renderFragments(CheckResult result)
            throws MojoExecutionException, MojoFailureException {
        SortedMap<String, String> files = new TreeMap<>();
        renderFragments(result, files::put);
        return files;
    }

    /**
     * Renders what {@code generate} writes for {@code result}, handing each file to {@code outputs}
     * as soon as it is rendered. A template error fails the build, naming the template; an
     * {@link java.io.UncheckedIOException} from {@code outputs} is left to the caller.
     */
    protected void renderFragments(CheckResult result, FragmentRenderer.Outputs outputs)
            throws MojoExecutionException, MojoFailureException {
        checkRenderSettings();
        long start = System.nanoTime();
        long waiting = System.nanoTime();
        TemplateEngine engine = takePreparedEngine();
        times.since("templates", waiting);
        try {
            if (engine == null) {
                engine = new TemplateEngine(templateDirectory == null ? null : templateDirectory.toPath());
            }
        } catch (IOException e) {
            throw new MojoExecutionException(
                    "Cannot read the templates in " + templateDirectory + ": " + e.getMessage(), e);
        }
        try {
            new FragmentRenderer(engine, ReferenceLibrary.standard())
                    .render(
                            new RenderRequest(
                                    result.profiles(), result.findings(), selectedFormats(), markdownHeadingLevel),
                            outputs);
        } catch (TemplateProblem e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            times.since("render", start);
        }
    }

    /**
     * The fingerprint of everything {@link #renderFragments} depends on: the plugin's version and
     * jars, the rendering parameters, the template overrides, the descriptors and the findings
     * (which carry the rule settings and suppressions). Equal fingerprints render equal files.
     */
    protected String renderInputs(CheckResult result) throws MojoExecutionException {
        GenerationFingerprint fingerprint = new GenerationFingerprint();
        try {
            fingerprint
                    .add("plugin version", pluginVersion)
                    .add("plugin code", PluginCode.identity(getClass()))
                    .add(
                            "template code",
                            PluginCode.identity(AbstractProfileMojo.class
                                    .getClassLoader()
                                    .getResource(TemplateEngine.DEFAULT_TEMPLATE_PATH
                                            + "/layout/xml2rfc/ipsec-profile.xml.ftlx")))
                    .add("outputDirectory", outputDirectory.getAbsolutePath())
                    .add("formats", selectedFormats().toString())
                    .add("markdownHeadingLevel", String.valueOf(markdownHeadingLevel))
                    .add("templateDirectory", templateDirectory == null ? null : templateDirectory.getAbsolutePath())
                    .addDirectory("templateDirectory", templateDirectory == null ? null : templateDirectory.toPath());
            Path base = baseDirectory.toPath();
            for (org.ipsecprofile.model.Profile profile : result.profiles()) {
                fingerprint.addFile("descriptor " + profile.file(), base.resolve(profile.file()));
            }
            for (Finding finding : result.findings()) {
                // Spelled out: a record's generated toString costs a cold JVM about 25 ms to bootstrap.
                fingerprint.add(
                        "finding",
                        String.join(
                                "\u0000",
                                finding.rule(),
                                finding.severity().keyword(),
                                finding.section(),
                                finding.profile(),
                                finding.file(),
                                Integer.toString(finding.line()),
                                Integer.toString(finding.column()),
                                finding.message(),
                                Boolean.toString(finding.suppressed()),
                                finding.justification()));
            }
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot read the inputs of the generated fragments: " + e.getMessage(), e);
        }
        return fingerprint.inputs();
    }

    private Set<Format> selectedFormats() throws MojoExecutionException {
        Set<Format> selected = EnumSet.noneOf(Format.class);
        for (String name : formats == null ? List.<String>of() : formats) {
            for (String part : name.split(",")) {
                String keyword = part.trim();
                if (keyword.isEmpty()) {
                    continue;
                }
                selected.add(Format.fromKeyword(keyword)
                        .orElseThrow(() -> new MojoExecutionException("formats: '" + keyword
                                + "' is not a format: write xml2rfc, markdown or text in <formats>"
                                + " or -Dipsec-profile.formats")));
            }
        }
        if (selected.isEmpty()) {
            throw new MojoExecutionException("formats is empty: name at least one of xml2rfc, markdown, text");
        }
        return selected;
    }
}
