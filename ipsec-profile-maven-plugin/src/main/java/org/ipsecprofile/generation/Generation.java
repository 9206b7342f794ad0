package org.ipsecprofile.generation;

import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ipsecprofile.check.FailOn;
import org.ipsecprofile.check.Finding;
import org.ipsecprofile.check.RuleSettings;
import org.ipsecprofile.output.CommittedFragments;
import org.ipsecprofile.output.ExecutionRecord;
import org.ipsecprofile.project.CheckResult;
import org.ipsecprofile.project.PhaseTimes;
import org.ipsecprofile.render.DeclaredAnchors;
import org.ipsecprofile.render.Format;
import org.ipsecprofile.render.TemplateProblem;
import org.ipsecprofile.render.WordingMemo;
import org.ipsecprofile.report.ComplianceReportRenderer;
import org.ipsecprofile.scan.CheckedProject;
import org.ipsecprofile.scan.DraftScanResult;
import org.ipsecprofile.scan.DraftSelection;

/**
 * One execution of {@code check}, {@code generate} or {@code report} on a project, whoever asks:
 * the Maven goals and the command line make the same call, so they log the same lines, write the
 * same files and fail alike. {@code check} and {@code generate} read the descriptors and drafts,
 * log the findings, write {@code findings.json} and {@code findings.sarif}, and fail per
 * {@code failOn}; {@code check} compares committed fragments; {@code generate} then writes the
 * fragments (and inlined drafts), keeping the up-to-date records that let an unchanged second run
 * repeat its log without reading anything; {@code report} gathers what the compliance page shows.
 * With debug lines on, the time of each phase is logged last.
 */
public final class Generation {

    /** Under the build directory's {@code ipsec-profile} folder: what the last successful {@code generate} did. */
    public static final String EXECUTION_RECORD = "generate.execution";

    /** Under the build directory's {@code ipsec-profile} folder: the fingerprint of the last fragments written. */
    public static final String FINGERPRINT = FragmentWriter.FINGERPRINT;

    private static final List<String> REPLAYED_PHASES = List.of("parse", "check", "draft scan", "render");

    private final GenerationRequest request;
    private final LoggedLines log;
    private final PhaseTimes times = new PhaseTimes();
    private final WordingMemo wording = WordingMemo.forOneExecution();
    private TemplateSetup templates;

    private Generation(GenerationRequest request, BuildLog log) {
        this.request = request;
        this.log = new LoggedLines(log);
    }

    /**
     * Does what {@code request} asks, logging to {@code log} as it goes.
     *
     * @throws GenerationException a setting that cannot be used, or a file that cannot be read or written
     * @throws TemplateProblem     a template that fails (an override, usually): the build fails, naming it
     */
    public static GenerationResult run(GenerationRequest request, BuildLog log)
            throws GenerationException, TemplateProblem {
        return new Generation(request, log).run();
    }

    /**
     * What the compliance page shows: the findings of the descriptors and drafts, as {@code check}
     * finds them, and where they were looked for. Logs only the draft scan's notices, writes
     * nothing and never fails on findings; a draft that cannot be read is a notice, not an error.
     */
    public static GenerationResult report(GenerationRequest.Inputs inputs, BuildLog log) throws GenerationException {
        return new Generation(GenerationRequest.report(inputs), log).report();
    }

    /** What {@link #check} and {@link #generate} found and wrote. */
    private record Outcome(CheckedProject checked, GeneratedFiles files, Optional<String> failure, boolean replayed) {

        static final Outcome REPLAYED = new Outcome(null, null, Optional.empty(), true);
    }

    private GenerationResult run() throws GenerationException, TemplateProblem {
        if (request.goal() == Goal.REPORT) {
            return report();
        }
        Outcome outcome;
        String phaseTimes;
        try {
            outcome = request.goal() == Goal.CHECK ? check() : generate();
        } finally {
            if (templates != null) {
                templates.discard();
            }
            phaseTimes = times.summary();
            if (log.isDebugEnabled()) {
                log.debug("IPsec profile: " + phaseTimes);
            }
        }
        return new GenerationResult(
                outcome.checked() == null ? null : outcome.checked().result(),
                outcome.checked() == null ? null : outcome.checked().drafts(),
                outcome.files(),
                log.lines(),
                phaseTimes,
                outcome.failure(),
                outcome.replayed(),
                null);
    }

    /** Checks, scans the drafts, logs, writes the findings files; for {@code check}, compares committed fragments. */
    private Outcome check() throws GenerationException, TemplateProblem {
        FailOn threshold = Settings.failOn(request.failOn());
        GenerationRequest.Inputs inputs = request.inputs();
        CheckedProject checked = ProjectFindings.strict(
                inputs, request.rendering(), Settings.ruleSettings(inputs.ruleSeverities()), times, wording, log);
        CheckResult result = checked.result();
        if (request.goal() == Goal.CHECK) {
            result = withCommittedFragments(result, checked.drafts(), threshold);
        }
        long start = System.nanoTime();
        FindingsLog.log(result, inputs, log);
        FindingsFiles.write(request, result, log);
        times.since("findings", start);
        List<Finding> failing = result.failing(threshold);
        Optional<String> failure = failing.isEmpty()
                ? Optional.empty()
                : Optional.of(FindingsLog.failureMessage(failing, threshold, FindingsFiles.json(request)));
        return new Outcome(new CheckedProject(result, checked.drafts()), null, failure, false);
    }

    /**
     * Adds a {@code stale-fragment} finding for each committed fragment that differs from what
     * {@code generate} would write now; not while the descriptors' findings fail the build, since
     * {@code generate} would write nothing then.
     */
    private CheckResult withCommittedFragments(CheckResult result, DraftScanResult drafts, FailOn threshold)
            throws GenerationException, TemplateProblem {
        GenerationRequest.Rendering rendering = request.rendering();
        Path output = rendering == null ? null : rendering.outputDirectory();
        if (output == null || !CommittedFragments.isCommitted(output, request.buildDirectory())) {
            return result;
        }
        if (!result.failing(threshold).isEmpty()) {
            log.info("IPsec profile: committed fragments in " + output + " not compared: generate writes nothing"
                    + " until the findings below are fixed.");
            return result;
        }
        templates = new TemplateSetup();
        FragmentRendering fragments = new FragmentRendering(
                rendering, Settings.checkRendering(rendering), declared(drafts), templates, times, wording);
        try {
            return result.withFindings(
                    CommittedFragments.compare(request.inputs().baseDirectory(), output, fragments.inMemory(result)));
        } catch (IOException e) {
            throw new GenerationException(
                    "Cannot read the committed fragments in " + output + ": " + e.getMessage(), e);
        }
    }

    /** Replays an unchanged execution, or checks and writes, keeping the execution record. */
    private Outcome generate() throws GenerationException, TemplateProblem {
        Set<Format> formats = Settings.checkRendering(request.rendering());
        // Inlined drafts are left out of the record: they would need their own outputs listed.
        RecordedExecution record = null;
        if (!request.inlining().enabled()) {
            long start = System.nanoTime();
            record = RecordedExecution.of(request, log);
            Optional<List<ExecutionRecord.Line>> replay = record.replayable();
            if (replay.isPresent()) {
                for (String phase : REPLAYED_PHASES) {
                    times.note(phase, "up to date");
                }
                times.since("fingerprint", start);
                record.replay(replay.get());
                return Outcome.REPLAYED;
            }
            times.since("fingerprint", start);
        }
        templates = new TemplateSetup();
        if (!Files.exists(FindingsFiles.directory(request).resolve(FINGERPRINT))) {
            // Nothing rendered before (a clean build): rendering is certain unless the check fails.
            templates.start(formats, request.rendering().templateDirectory());
        }
        Outcome outcome;
        try {
            outcome = checkAndWrite(formats);
        } catch (GenerationException | TemplateProblem | RuntimeException e) {
            if (record != null) {
                record.forget();
            }
            throw e;
        }
        if (record != null && outcome.failure().isPresent()) {
            record.forget();
        } else if (record != null) {
            record.store(
                    request,
                    outcome.files(),
                    outcome.checked() == null
                            ? List.of()
                            : outcome.checked().drafts().includedFiles(),
                    log.lines());
        }
        return outcome;
    }

    private Outcome checkAndWrite(Set<Format> formats) throws GenerationException, TemplateProblem {
        Outcome checked = check();
        CheckResult result = checked.checked().result();
        if (checked.failure().isPresent() || result.profiles().isEmpty()) {
            return checked;
        }
        FragmentRendering rendering = new FragmentRendering(
                request.rendering(), formats, declared(checked.checked().drafts()), templates, times, wording);
        GeneratedFiles files = new FragmentWriter(request, rendering, times, log).write(result, formats);
        if (request.inlining().enabled()) {
            new DraftInlining(request, log).inline(files);
        }
        return new Outcome(checked.checked(), files, Optional.empty(), false);
    }

    private GenerationResult report() throws GenerationException {
        GenerationRequest.Inputs inputs = request.inputs();
        RuleSettings rules = Settings.ruleSettings(inputs.ruleSeverities());
        Charset encoding = Settings.encoding(inputs.encoding());
        String draftFolder = relative(inputs.draftDirectory());
        CheckedProject checked = ProjectFindings.forReport(inputs, rules, encoding, draftFolder, times);
        List<String> notices = new ArrayList<>(checked.drafts().notices());
        notices.addAll(checked.drafts().unreadable());
        notices.forEach(log::warn);
        DraftSelection selection = ProjectFindings.selection(inputs, encoding, null);
        String descriptorFolder = relative(inputs.descriptorDirectory());
        return new GenerationResult(
                checked.result(),
                checked.drafts(),
                null,
                log.lines(),
                times.summary(),
                Optional.empty(),
                false,
                new GenerationResult.ReportSources(
                        descriptorFolder.isEmpty() ? "." : descriptorFolder,
                        new ComplianceReportRenderer.Drafts(
                                draftFolder,
                                selection.includes(),
                                selection.excludes(),
                                checked.drafts().draftCount(),
                                notices)));
    }

    /** The references the drafts declare, by format, which the generated lists of that format leave out. */
    private static DeclaredAnchors declared(DraftScanResult drafts) {
        return new DeclaredAnchors(drafts.declaredInXml(), drafts.declaredInMarkdown());
    }

    /** {@code directory} relative to the project, with {@code /}; empty for the project's own folder. */
    private String relative(Path directory) {
        return request.inputs()
                .baseDirectory()
                .toAbsolutePath()
                .relativize(directory.toAbsolutePath())
                .toString()
                .replace(File.separatorChar, '/');
    }
}
