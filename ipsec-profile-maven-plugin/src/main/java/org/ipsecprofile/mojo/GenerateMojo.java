package org.ipsecprofile.mojo;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.ipsecprofile.inline.DraftInliner;
import org.ipsecprofile.output.ExecutionRecord;
import org.ipsecprofile.output.GenerationFingerprint;
import org.ipsecprofile.output.OutputFile;
import org.ipsecprofile.output.StagedOutput;
import org.ipsecprofile.output.WriteSummary;
import org.ipsecprofile.parse.UnsafeCharacters;
import org.ipsecprofile.project.CheckResult;
import org.ipsecprofile.project.SourceFiles;
import org.ipsecprofile.render.FragmentRenderer;
import org.ipsecprofile.render.TemplateProblem;
import org.ipsecprofile.scan.DraftScanner;

/**
 * Checks the descriptors as {@code check} does (failing first when {@code failOn} says so),
 * then renders the IPsec profile sections, the Security Considerations section and the
 * references as xml2rfc v3 XML, kramdown-rfc Markdown and RFC-style text, for the draft to
 * include. Files whose content is unchanged are not rewritten. With {@code inlineDrafts}, also
 * writes a copy of each xml2rfc draft with its includes of generated fragments inlined.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractProfileMojo {

    /** Under the build directory's {@code ipsec-profile} folder: the fingerprint of the last files written. */
    static final String FINGERPRINT = "generate.fingerprint";

    /** Under the build directory's {@code ipsec-profile} folder: what the last successful execution did. */
    static final String EXECUTION_RECORD = "generate.execution";

    /**
     * Also writes a self-contained copy of each xml2rfc draft (the {@code .xml} files among the
     * drafts {@code draftDirectory}, {@code draftIncludes} and {@code draftExcludes} select) to
     * {@code inlinedDraftDirectory}, with every {@code xi:include} of a generated fragment replaced
     * by the fragment itself, for tools that cannot follow XInclude. The rest of the draft is
     * copied byte for byte; other includes are left as they are.
     */
    @Parameter(property = "ipsec-profile.inlineDrafts", defaultValue = "false")
    private boolean inlineDrafts;

    /** With {@code inlineDrafts}: where the inlined copies go, under the draft's own file name. */
    @Parameter(defaultValue = "${project.build.directory}/ipsec-profile/inlined", required = true)
    private File inlinedDraftDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (isSkipped()) {
            return;
        }
        startTiming();
        try {
            generate();
        } finally {
            discardPreparedTemplates();
            logTimes();
        }
    }

    private void generate() throws MojoExecutionException, MojoFailureException {
        checkRenderSettings();
        // Inlined drafts are left out of the record: they would need their own outputs listed.
        Path record = findingsDirectory().resolve(EXECUTION_RECORD);
        String executionInputs = null;
        if (!inlineDrafts) {
            long start = System.nanoTime();
            executionInputs = executionInputs("generate", "inlineDrafts=false");
            Optional<List<ExecutionRecord.Line>> replay = ExecutionRecord.replay(record, executionInputs);
            if (replay.isPresent()) {
                for (String phase : List.of("parse", "check", "draft scan", "render")) {
                    times().note(phase, "up to date");
                }
                times().since("fingerprint", start);
                for (ExecutionRecord.Line line : replay.get()) {
                    CapturingLog.replay(getLog(), line);
                }
                getLog().debug("IPsec profile: nothing changed since the last generate (fingerprint " + executionInputs
                        + " in " + record + "): its log is repeated above; no descriptor parsed, no draft scanned,"
                        + " nothing rendered or written.");
                return;
            }
            times().since("fingerprint", start);
        }
        if (!Files.exists(findingsDirectory().resolve(FINGERPRINT))) {
            // Nothing rendered before (a clean build): rendering is certain unless the check fails.
            prepareTemplatesInBackground();
        }
        startCapture();
        List<Path> written;
        try {
            written = checkAndWrite();
        } catch (MojoExecutionException | MojoFailureException | RuntimeException e) {
            stopCapture();
            if (executionInputs != null) {
                forget(record);
            }
            throw e;
        }
        List<ExecutionRecord.Line> lines = stopCapture().stream()
                .map(line -> line.text().equals(writeSummary)
                        ? new ExecutionRecord.Line(line.level(), unchangedSummary)
                        : line)
                .toList();
        if (executionInputs != null) {
            List<Path> outputs = new ArrayList<>(List.of(
                    findingsDirectory().resolve("findings.json"),
                    findingsDirectory().resolve("findings.sarif")));
            outputs.addAll(written);
            try {
                ExecutionRecord.store(record, executionInputs, outputs, lines);
            } catch (IOException e) {
                getLog().debug("IPsec profile: cannot store the execution record " + record + " (" + e.getMessage()
                        + "); the next build does all its work again.");
            }
        }
    }

    /** The write summary this execution logged, and what an unchanged repetition logs instead. */
    private String writeSummary;

    private String unchangedSummary;

    private void forget(Path record) {
        try {
            ExecutionRecord.forget(record);
        } catch (IOException e) {
            getLog().debug("IPsec profile: cannot delete " + record + ": " + e.getMessage());
        }
    }

    /** Checks, then renders and writes; returns the generated files (absolute), none when nothing is generated. */
    private List<Path> checkAndWrite() throws MojoExecutionException, MojoFailureException {
        CheckResult result = checkProject();
        if (result.profiles().isEmpty()) {
            return List.of();
        }
        Path output = outputDirectory();
        long start = System.nanoTime();
        Path stored = findingsDirectory().resolve(FINGERPRINT);
        String inputs = renderInputs(result);
        Optional<SortedSet<String>> current = GenerationFingerprint.upToDate(stored, inputs, output);
        times().since("fingerprint", start);
        SortedSet<String> files;
        if (current.isPresent()) {
            files = current.get();
            times().note("render", "up to date");
            getLog().debug("IPsec profile: the " + files.size() + " generated file(s) in " + output + " are up to date"
                    + " (fingerprint " + inputs + " in " + stored + "); not rendered again.");
            getLog().info("IPsec profile: 0 file(s) written, " + files.size() + " unchanged, in " + output);
        } else {
            files = write(result, output, stored, inputs);
        }
        if (inlineDrafts) {
            inlineDrafts(generatedXml(output, files));
        }
        return files.stream().map(output::resolve).toList();
    }

    /**
     * Renders and writes the fragments: each is staged as it is rendered (so 10,000 profiles need
     * not fit in memory at once), and the output directory changes only when all are rendered.
     */
    private SortedSet<String> write(CheckResult result, Path output, Path stored, String inputs)
            throws MojoExecutionException, MojoFailureException {
        WriteSummary summary;
        SortedMap<String, String> hashes;
        try (StagedOutput staged = new StagedOutput(output, findingsDirectory().resolve("staging"))) {
            try {
                renderFragments(result, new FragmentRenderer.Outputs() {
                    @Override
                    public void put(String path, String content) throws IOException {
                        staged.put(path, content);
                    }

                    @Override
                    public void stream(String path, FragmentRenderer.Body body) throws IOException, TemplateProblem {
                        staged.<TemplateProblem>stream(path, body::writeTo);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            long start = System.nanoTime();
            summary = staged.commit();
            hashes = staged.hashes();
            times().since("write", start);
        } catch (IOException e) {
            throw new MojoExecutionException(
                    "Cannot write the generated fragments to " + output + ": " + e.getMessage(), e);
        }
        writeSummary = "IPsec profile: " + summary.written() + " file(s) written, " + summary.unchanged()
                + " unchanged, in " + output;
        unchangedSummary = "IPsec profile: 0 file(s) written, " + (summary.written() + summary.unchanged())
                + " unchanged, in " + output;
        getLog().info(writeSummary);
        try {
            GenerationFingerprint.store(stored, inputs, hashes);
        } catch (IOException e) {
            getLog().debug("IPsec profile: cannot store the fingerprint " + stored + " (" + e.getMessage()
                    + "); the next build renders again.");
        }
        return new TreeSet<>(hashes.keySet());
    }

    /** The generated xml2rfc fragments among {@code files}, read back, for inlining. */
    private static SortedMap<String, String> generatedXml(Path output, SortedSet<String> files)
            throws MojoExecutionException {
        SortedMap<String, String> xml = new TreeMap<>();
        for (String file : files) {
            if (file.endsWith(".xml")) {
                try {
                    xml.put(file, Files.readString(output.resolve(file), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new MojoExecutionException("Cannot read " + output.resolve(file) + ": " + e.getMessage(), e);
                }
            }
        }
        return xml;
    }

    private void inlineDrafts(SortedMap<String, String> files) throws MojoExecutionException {
        Path base = baseDirectory();
        List<Path> drafts = draftFiles().stream()
                .filter(f -> f.getFileName().toString().endsWith(".xml"))
                .toList();
        if (drafts.isEmpty()) {
            getLog().info("IPsec profile: inlineDrafts: no xml2rfc draft (*.xml) among the drafts that draftIncludes"
                    + " selects.");
            return;
        }
        if (files.keySet().stream().noneMatch(f -> f.endsWith(".xml"))) {
            getLog().warn("IPsec profile: inlineDrafts: formats does not include xml2rfc, so no fragment can be"
                    + " inlined; add xml2rfc to <formats>.");
        }
        DraftInliner inliner = new DraftInliner(outputDirectory(), files);
        Path target = inlinedDraftDirectory.toPath();
        for (Path draft : drafts) {
            String shown = SourceFiles.slashed(base.toAbsolutePath()
                    .normalize()
                    .relativize(draft.toAbsolutePath().normalize()));
            if (refused(draft, shown)) {
                getLog().info("IPsec profile: inlineDrafts: " + UnsafeCharacters.escape(shown) + " is not inlined,"
                        + " for the reason the draft scan gave.");
                continue;
            }
            String text = readUtf8(draft, shown);
            DraftInliner.Result result =
                    inliner.inline(text, draft.toAbsolutePath().getParent());
            if (!"rfc".equals(result.rootElement())) {
                getLog().info("IPsec profile: inlineDrafts: " + shown + " is not an xml2rfc draft (its root element"
                        + " is not <rfc>); skipped.");
                continue;
            }
            for (DraftInliner.Include include : result.includes()) {
                if (!include.inlined()
                        && include.href() != null
                        && !include.href().contains(":")) {
                    getLog().warn("IPsec profile: inlineDrafts: " + shown + ":" + include.line() + ": xi:include of '"
                            + include.href() + "' is not a generated fragment and is kept; in the copy it resolves"
                            + " from " + target + ", not from the draft's folder.");
                }
            }
            Path copy = target.resolve(draft.getFileName().toString());
            try {
                boolean written = OutputFile.write(copy, result.text().getBytes(StandardCharsets.UTF_8));
                getLog().info("IPsec profile: inlineDrafts: " + shown + ": " + result.inlinedCount()
                        + " generated fragment(s) inlined into " + copy + (written ? "" : " (unchanged)"));
            } catch (IOException e) {
                throw new MojoExecutionException("Cannot write " + copy + ": " + e.getMessage(), e);
            }
        }
    }

    /** True for a draft the scan does not read either ({@link DraftScanner#refusal}); the scan has said why. */
    private boolean refused(Path draft, String shown) throws MojoExecutionException {
        try {
            return DraftScanner.refusal(draft, draftDirectory.toPath(), shown).isPresent();
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot read " + draft + ": " + e.getMessage(), e);
        }
    }

    private static String readUtf8(Path draft, String shown) throws MojoExecutionException {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(draft)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new MojoExecutionException(
                    "inlineDrafts: " + shown + " is not UTF-8, the encoding of xml2rfc"
                            + " drafts; save it as UTF-8 or leave it out with <draftExcludes>",
                    e);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot read " + draft + ": " + e.getMessage(), e);
        }
    }
}
