package org.ipsecprofile.scan;

import java.nio.file.Path;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.ipsecprofile.check.Finding;

/**
 * The outcome of a draft scan: how many drafts were selected, the {@code just-use-ipsec} findings
 * (those silenced by an {@code ipsec-profile:ignore} marker included, as suppressed), notices
 * about drafts that could not be read as they are (bad bytes for the encoding, too large), and
 * the drafts that could not be read at all; each notice names the file and what to do.
 *
 * @param declaredInXml      the anchors of the references the xml2rfc drafts declare themselves
 *                           ({@link DeclaredReferences}), which the generated XML groups leave out
 * @param declaredInMarkdown the same for the kramdown-rfc drafts and {@code references.yaml}
 * @param includedFiles      the files the drafts include that were read for those declarations
 *                           (absolute paths, sorted): inputs of the outputs as the drafts are
 * @param boilerplateGaps    the drafts that include generated sections without the BCP 14
 *                           boilerplate; a finding where those sections use BCP 14 keywords
 */
public record DraftScanResult(
        int draftCount,
        List<Finding> findings,
        List<String> notices,
        List<String> unreadable,
        SortedSet<String> declaredInXml,
        SortedSet<String> declaredInMarkdown,
        List<Path> includedFiles,
        List<BoilerplateGap> boilerplateGaps) {

    public DraftScanResult {
        findings = List.copyOf(findings);
        notices = List.copyOf(notices);
        unreadable = List.copyOf(unreadable);
        declaredInXml = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(declaredInXml));
        declaredInMarkdown = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(declaredInMarkdown));
        includedFiles = includedFiles.stream().distinct().sorted().toList();
        boilerplateGaps = List.copyOf(boilerplateGaps);
    }

    /** A scan that found no declared reference, included file or boilerplate gap. */
    public DraftScanResult(int draftCount, List<Finding> findings, List<String> notices, List<String> unreadable) {
        this(draftCount, findings, notices, unreadable, new TreeSet<>(), new TreeSet<>(), List.of(), List.of());
    }
}
