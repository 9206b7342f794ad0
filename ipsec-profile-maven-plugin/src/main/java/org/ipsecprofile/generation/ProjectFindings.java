package org.ipsecprofile.generation;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import org.ipsecprofile.check.RuleSettings;
import org.ipsecprofile.project.CheckRequest;
import org.ipsecprofile.project.CheckResult;
import org.ipsecprofile.project.PhaseTimes;
import org.ipsecprofile.project.ProjectChecker;
import org.ipsecprofile.render.WordingMemo;
import org.ipsecprofile.scan.CheckedProject;
import org.ipsecprofile.scan.DraftScanResult;
import org.ipsecprofile.scan.DraftSelection;

/** The descriptors checked and the drafts scanned (SPEC §4.4), the findings of both joined. */
final class ProjectFindings {

    private ProjectFindings() {}

    /**
     * As {@code check} and {@code generate} find them: the scan's notices are warnings, and a draft
     * that cannot be read stops the goal.
     */
    static CheckedProject strict(
            GenerationRequest.Inputs inputs,
            GenerationRequest.Rendering rendering,
            RuleSettings rules,
            PhaseTimes times,
            WordingMemo memo,
            BuildLog log)
            throws GenerationException {
        CheckResult descriptors = descriptors(inputs, rules, times);
        long start = System.nanoTime();
        DraftSelection selection = selection(
                inputs, Settings.encoding(inputs.encoding()), rendering == null ? null : rendering.outputDirectory());
        CheckedProject project;
        try {
            project = CheckedProject.scanDrafts(descriptors, selection);
        } catch (IOException e) {
            throw new GenerationException(
                    "Cannot read the drafts in " + inputs.draftDirectory() + ": " + e.getMessage(), e);
        }
        DraftScanResult scan = project.drafts();
        scan.notices().forEach(log::warn);
        if (!scan.unreadable().isEmpty()) {
            throw new GenerationException("Cannot read the drafts in " + inputs.draftDirectory() + ":\n  "
                    + String.join("\n  ", scan.unreadable()));
        }
        log.debug("IPsec profile: " + scan.draftCount() + " draft(s) scanned for IPsec mandates in "
                + inputs.draftDirectory() + " (includes " + String.join(", ", selection.includes()) + ").");
        project = BoilerplateFindings.add(project, rendering == null ? null : rendering.templateDirectory(), memo);
        times.since("draft scan", start);
        return project;
    }

    /**
     * As the compliance page shows them: a draft, or the draft folder, that cannot be read does
     * not stop the report; it becomes one of the scan's unreadable entries, and the page says so.
     */
    static CheckedProject forReport(
            GenerationRequest.Inputs inputs, RuleSettings rules, Charset encoding, String draftFolder, PhaseTimes times)
            throws GenerationException {
        DraftSelection selection = selection(inputs, encoding, null);
        CheckResult descriptors = descriptors(inputs, rules, times);
        try {
            // The report has no template directory: the defaults decide whether the sections use keywords.
            return BoilerplateFindings.add(CheckedProject.scanDrafts(descriptors, selection), null, WordingMemo.none());
        } catch (IOException e) {
            return new CheckedProject(
                    descriptors,
                    new DraftScanResult(
                            0,
                            List.of(),
                            List.of(),
                            List.of((draftFolder.isEmpty() ? "the project directory" : draftFolder)
                                    + ": cannot be listed (" + e.getClass().getSimpleName()
                                    + "); no draft scanned for IPsec mandates")));
        }
    }

    /** The drafts to scan; {@code outputDirectory} is where the fragments go, null when not known. */
    static DraftSelection selection(GenerationRequest.Inputs inputs, Charset encoding, Path outputDirectory) {
        return new DraftSelection(
                inputs.baseDirectory(),
                inputs.draftDirectory(),
                inputs.draftIncludes(),
                inputs.draftExcludes(),
                encoding,
                outputDirectory);
    }

    private static CheckResult descriptors(GenerationRequest.Inputs inputs, RuleSettings rules, PhaseTimes times)
            throws GenerationException {
        Path directory = inputs.descriptorDirectory();
        try {
            return new ProjectChecker()
                    .check(
                            new CheckRequest(
                                    inputs.baseDirectory(), directory, inputs.includes(), inputs.excludes(), rules),
                            times);
        } catch (IOException e) {
            throw new GenerationException(
                    "Cannot read the IPsec profile descriptors in " + directory + ": " + e.getMessage(), e);
        }
    }
}
