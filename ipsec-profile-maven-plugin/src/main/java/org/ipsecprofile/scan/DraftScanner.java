package org.ipsecprofile.scan;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.ipsecprofile.check.Finding;
import org.ipsecprofile.check.RuleSource;
import org.ipsecprofile.check.Severity;
import org.ipsecprofile.check.rules.RuleRegistry;
import org.ipsecprofile.parse.UnsafeCharacters;
import org.ipsecprofile.project.SourceFiles;

/**
 * The draft scan of SPEC §4.4: reads the drafts of a project and reports {@code just-use-ipsec}
 * at each sentence that requires or recommends IPsec ({@link MandatePolicy}) when the project
 * has no profile descriptor or the draft includes none of the generated profile sections
 * ({@link ProfileInclusion}), unless what the draft says around the sentence makes it none
 * ({@link DraftContext}: a draft that specifies IPsec or advises authors, a paragraph or section
 * that made IPsec optional, a change log, examples, a block quotation). A finding stands at the line and column where its sentence
 * starts (the first character of the sentence, after any markup), even when the keyword or
 * the word "IPsec" comes on a later line. A line holding the text {@code ipsec-profile:ignore}
 * silences the finding of a sentence that starts, ends or runs on it.
 */
public final class DraftScanner {

    public static final String RULE = RuleRegistry.JUST_USE_IPSEC.id();
    public static final String IGNORE_MARKER = "ipsec-profile:ignore";

    /** Drafts above this size are skipped with a notice; real drafts are far below it. */
    static final long MAX_BYTES = 16L * 1024 * 1024;

    private static final int EXCERPT = 72;

    /** A requirement in plain English is cited by RFC 8174 Section 2 besides RFC 5406's sections. */
    private static final List<RuleSource> PLAIN_ENGLISH_SOURCES = java.util.stream.Stream.concat(
                    RuleRegistry.JUST_USE_IPSEC.sources().stream(),
                    java.util.stream.Stream.of(RuleSource.rfc(8174, "2")))
            .toList();

    public DraftScanResult scan(DraftScanRequest request) throws IOException {
        List<Path> files = SourceFiles.find(request.draftDirectory(), request.includes(), request.excludes());
        Path base = request.baseDirectory().toAbsolutePath().normalize();
        // One draft after another: scanning them on two threads was measured slower on a busy
        // two-core machine (DraftScanSpeedTest 2.1-2.6 s against 1.7 s; in Maven 1.9 s against 1.7 s).
        List<FileScan> scans = new ArrayList<>(files.size());
        for (Path file : files) {
            scans.add(scanFile(file, base, request));
        }
        List<Finding> findings = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        SortedSet<String> declaredInXml = new TreeSet<>();
        SortedSet<String> declaredInMarkdown = new TreeSet<>();
        List<Path> included = new ArrayList<>();
        List<BoilerplateGap> gaps = new ArrayList<>();
        for (FileScan scan : scans) {
            findings.addAll(scan.findings());
            notices.addAll(scan.notices());
            if (scan.unreadable() != null) {
                unreadable.add(scan.unreadable());
            }
            if (scan.declared() != null) {
                (scan.format() == DraftFormat.XML ? declaredInXml : declaredInMarkdown)
                        .addAll(scan.declared().anchors());
                included.addAll(scan.declared().filesRead());
            }
            if (scan.gap() != null) {
                gaps.add(scan.gap());
            }
        }
        return new DraftScanResult(
                files.size(), findings, notices, unreadable, declaredInXml, declaredInMarkdown, included, gaps);
    }

    /**
     * One draft's findings and notices; {@code unreadable} says why it could not be read, null when
     * it was; {@code declared} its own references and {@code gap} its missing BCP 14 boilerplate,
     * null when there are none to look for (no descriptor) or none.
     */
    private record FileScan(
            List<Finding> findings,
            List<String> notices,
            String unreadable,
            DraftFormat format,
            DeclaredReferences.Found declared,
            BoilerplateGap gap) {

        FileScan(List<Finding> findings, List<String> notices, String unreadable) {
            this(findings, notices, unreadable, null, null, null);
        }
    }

    private FileScan scanFile(Path file, Path base, DraftScanRequest request) {
        String displayPath =
                SourceFiles.slashed(base.relativize(file.toAbsolutePath().normalize()));
        List<String> notices = new ArrayList<>(0);
        byte[] bytes;
        try {
            Optional<String> refused = refusal(file, request.draftDirectory(), displayPath);
            if (refused.isPresent()) {
                notices.add(refused.get());
                return new FileScan(List.of(), notices, null);
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                notices.add(displayPath + ": not scanned for IPsec mandates: " + size + " bytes is more than a draft"
                        + " holds (limit " + MAX_BYTES + "); leave it out with <draftExcludes>");
                return new FileScan(List.of(), notices, null);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            // Kept per draft, so the other drafts are still scanned; the caller decides what it means.
            return new FileScan(
                    List.of(),
                    notices,
                    displayPath + ": cannot be read (" + why(e) + "); not scanned for"
                            + " IPsec mandates: make it a readable file, or leave it out with <draftExcludes>");
        }
        String source = decode(bytes, request.encoding(), displayPath, notices);
        DraftFormat format = DraftFormat.of(file.getFileName().toString());
        List<Finding> findings =
                scanText(displayPath, source, format, request.projectHasDescriptors(), request.sectionTitles());
        if (!request.projectHasDescriptors()) {
            // Nothing is generated: no reference list to merge with, no generated section to need the boilerplate.
            return new FileScan(findings, notices, null);
        }
        DeclaredReferences.Found declared =
                DeclaredReferences.of(file, source, format, base, request.outputDirectory());
        BoilerplateGap gap = Bcp14Boilerplate.find(
                        displayPath,
                        source,
                        format,
                        request.sectionTitles(),
                        declared.includedSources(),
                        file,
                        request.outputDirectory())
                .orElse(null);
        return new FileScan(findings, notices, null, format, declared, gap);
    }

    /**
     * Why a draft that {@code draftDirectory}'s listing holds is not read at all, as the warning
     * says it, or empty when it may be read: a name with control or line-break characters would
     * reach the log and the reports as it is, and a symbolic link out of the draft directory could
     * show any file of the machine. Inlining skips the same drafts.
     */
    public static Optional<String> refusal(Path file, Path draftDirectory, String displayPath) throws IOException {
        int unsafe = UnsafeCharacters.firstInName(displayPath);
        if (unsafe >= 0) {
            return Optional.of(UnsafeCharacters.escape(displayPath) + ": not scanned for IPsec mandates: the file"
                    + " name holds " + UnsafeCharacters.describeInName(displayPath, unsafe));
        }
        if (SourceFiles.linksOutside(file, draftDirectory)) {
            return Optional.of(displayPath + ": not scanned for IPsec mandates: it is a symbolic link to a file"
                    + " outside the draft directory, and is not read; copy the draft into the project, or leave it"
                    + " out with <draftExcludes>");
        }
        return Optional.empty();
    }

    /** The exception's kind and reason, without the absolute path a file-system exception carries. */
    private static String why(IOException e) {
        String kind = e.getClass().getSimpleName();
        if (e instanceof FileSystemException f) {
            return f.getReason() == null ? kind : kind + ": " + f.getReason();
        }
        return e.getMessage() == null ? kind : kind + ": " + e.getMessage();
    }

    /** The findings for one draft's text, in a project whose descriptors give no section a title of its own. */
    public List<Finding> scanText(
            String displayPath, String source, DraftFormat format, boolean projectHasDescriptors) {
        return scanText(displayPath, source, format, projectHasDescriptors, List.of());
    }

    /** The findings for one draft's text; {@code sectionTitles} are the titles descriptors give their sections. */
    public List<Finding> scanText(
            String displayPath,
            String source,
            DraftFormat format,
            boolean projectHasDescriptors,
            List<String> sectionTitles) {
        if (projectHasDescriptors && ProfileInclusion.includesProfileSection(source, format, sectionTitles)) {
            return List.of();
        }
        Prose prose = format.prose(source);
        String text = prose.text();
        LineIndex lines = null;
        List<Finding> findings = new ArrayList<>();
        int done = 0;
        int[] keywords = MandatePolicy.keywordPositions(text);
        int[] terms = MandatePolicy.termPositions(text);
        int k = 0;
        int t = 0;
        DraftContext context = new DraftContext(source, format, text);
        while (k < keywords.length || t < terms.length) {
            // The next upper-case keyword or IPsec term, in text order; a term's sentence is read only
            // when it holds a plain-English requirement word.
            boolean atKeyword = t == terms.length || k < keywords.length && keywords[k] <= terms[t];
            int position = atKeyword ? keywords[k++] : terms[t++];
            if (position < done) {
                continue;
            }
            int start = Sentences.start(text, position);
            int end = Sentences.end(text, position);
            done = end;
            String sentence = text.substring(start, end);
            boolean holdsKeyword = atKeyword || k < keywords.length && keywords[k] < end;
            if (!holdsKeyword && !MandatePolicy.mayHoldPlainKeyword(sentence)) {
                continue;
            }
            MandatePolicy.Mandate mandate = MandatePolicy.find(sentence);
            if (mandate == null) {
                continue;
            }
            if (!context.reportsMandates()) {
                return List.of();
            }
            int offset = prose.sourceOffset(start);
            if (context.cancels(start, offset)) {
                continue;
            }
            if (lines == null) {
                lines = new LineIndex(source);
            }
            int line = lines.line(offset);
            int lastLine = lines.line(prose.sourceOffset(Math.max(start, end - 1)));
            Finding finding = new Finding(
                    RULE,
                    mandate.bcp14() ? Severity.ERROR : Severity.WARNING,
                    mandate.bcp14() ? RuleRegistry.JUST_USE_IPSEC.sources() : PLAIN_ENGLISH_SOURCES,
                    null,
                    displayPath,
                    line,
                    lines.column(offset),
                    message(excerpt(text, start, end), mandate, format, projectHasDescriptors),
                    false,
                    null);
            if (lines.lines(line, lastLine).contains(IGNORE_MARKER)) {
                finding = finding.suppress("silenced by an " + IGNORE_MARKER + " marker");
            }
            findings.add(finding);
        }
        return findings;
    }

    private static String message(
            String excerpt, MandatePolicy.Mandate mandate, DraftFormat format, boolean projectHasDescriptors) {
        String asks = (mandate.bcp14()
                        ? "\"" + excerpt + "\" makes " + mandate.term() + " a " + mandate.keyword()
                        : "\"" + excerpt + "\" requires " + mandate.term() + " in plain English (\"" + mandate.keyword()
                                + "\", lower case: not a BCP 14 keyword, RFC 8174 Section 2, yet a requirement)")
                + " but does not say how it is to be used (traffic selectors, ESP or AH and mode, key management,"
                + " identities, authorization, IKE version, availability)";
        String include = switch (format) {
            case XML -> "<xi:include href=\"target/generated-sources/ipsec-profile/xml2rfc/ipsec-profile-<id>.xml\"/>";
            case MARKDOWN -> "{::include target/generated-sources/ipsec-profile/markdown/ipsec-profile-<id>.md}";
            case TEXT -> "the text of target/generated-sources/ipsec-profile/text/ipsec-profile-<id>.txt";
        };
        if (projectHasDescriptors) {
            return asks + ": this draft includes none of the generated profile sections; include one with " + include
                    + " and refer to it by its anchor ipsec-profile-<id>";
        }
        return asks + ": describe that in a profile descriptor (mvn ipsec-profile:init starts one) and include the"
                + " section the generate goal writes from it, with " + include;
    }

    private static String excerpt(String text, int start, int end) {
        StringBuilder out = new StringBuilder();
        boolean space = false;
        for (int i = start; i < end && out.length() <= EXCERPT; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == Prose.BREAK) {
                space = true;
                continue;
            }
            if (space && out.length() > 0) {
                out.append(' ');
            }
            space = false;
            out.append(c);
        }
        if (out.length() > EXCERPT) {
            int cut = out.lastIndexOf(" ", EXCERPT);
            out.setLength(cut > EXCERPT / 2 ? cut : EXCERPT);
            out.append("...");
        }
        // A draft comes from whoever opened the pull request: no terminal codes into the log.
        return UnsafeCharacters.escape(out.toString());
    }

    /** Decodes strictly; bytes that are not valid in the encoding are replaced, with a notice naming the line. */
    static String decode(byte[] bytes, Charset encoding, String displayPath, List<String> notices) {
        String text;
        try {
            text = encoding.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, encoding);
            int bad = text.indexOf('\uFFFD');
            int line = bad < 0 ? 1 : new LineIndex(text).line(bad);
            notices.add(displayPath + ":" + line + ": bytes that are not valid " + encoding.name()
                    + "; scanned for IPsec mandates with them replaced. Set <encoding> (or"
                    + " project.build.sourceEncoding) to the draft's encoding, or fix the file");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
