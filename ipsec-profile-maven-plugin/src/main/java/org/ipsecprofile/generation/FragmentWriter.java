package org.ipsecprofile.generation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import org.ipsecprofile.output.GenerationFingerprint;
import org.ipsecprofile.output.StagedOutput;
import org.ipsecprofile.output.WriteSummary;
import org.ipsecprofile.project.CheckResult;
import org.ipsecprofile.project.PhaseTimes;
import org.ipsecprofile.render.Format;
import org.ipsecprofile.render.FragmentRenderer;
import org.ipsecprofile.render.TemplateProblem;

/**
 * Writes the fragments of a checked project, unless the fingerprint of their inputs says the
 * files in the output directory are already what a render would write. Each file is staged as
 * it is rendered (so 10,000 profiles need not fit in memory at once), and the output directory
 * changes only when all are rendered.
 */
final class FragmentWriter {

    /** Under the findings folder: the fingerprint of the last fragments written. */
    static final String FINGERPRINT = "generate.fingerprint";

    private final GenerationRequest request;
    private final FragmentRendering rendering;
    private final PhaseTimes times;
    private final BuildLog log;

    FragmentWriter(GenerationRequest request, FragmentRendering rendering, PhaseTimes times, BuildLog log) {
        this.request = request;
        this.rendering = rendering;
        this.times = times;
        this.log = log;
    }

    /** Renders and writes, or finds the files up to date; logs the write summary. */
    GeneratedFiles write(CheckResult result, Set<Format> formats) throws GenerationException, TemplateProblem {
        Path output = request.rendering().outputDirectory();
        long start = System.nanoTime();
        Path stored = FindingsFiles.directory(request).resolve(FINGERPRINT);
        String inputs;
        try {
            inputs = InputFingerprints.rendering(request, formats, result, rendering.declaredReferences());
        } catch (IOException e) {
            throw new GenerationException("Cannot read the inputs of the generated fragments: " + e.getMessage(), e);
        }
        Optional<SortedMap<String, String>> current = GenerationFingerprint.upToDate(stored, inputs, output);
        times.since("fingerprint", start);
        if (current.isEmpty()) {
            return render(result, output, stored, inputs);
        }
        GeneratedFiles files = new GeneratedFiles(output, current.get(), new TreeSet<>());
        times.note("render", "up to date");
        log.debug("IPsec profile: the " + files.hashes().size() + " generated file(s) in " + output
                + " are up to date (fingerprint " + inputs + " in " + stored + "); not rendered again.");
        log.info(summaryLine(files.summary(), output));
        return files;
    }

    /** {@code IPsec profile: 3 file(s) written, 9 unchanged, in <directory>}. */
    static String summaryLine(WriteSummary summary, Path output) {
        return "IPsec profile: " + summary.written() + " file(s) written, " + summary.unchanged() + " unchanged, in "
                + output;
    }

    private GeneratedFiles render(CheckResult result, Path output, Path stored, String inputs)
            throws GenerationException, TemplateProblem {
        GeneratedFiles files;
        SortedMap<String, String> hashes;
        try (StagedOutput staged =
                new StagedOutput(output, FindingsFiles.directory(request).resolve("staging"))) {
            rendering.render(result, new FragmentRenderer.Outputs() {
                @Override
                public void put(String path, String content) throws IOException {
                    staged.put(path, content);
                }

                @Override
                public void stream(String path, FragmentRenderer.Body body) throws IOException, TemplateProblem {
                    staged.<TemplateProblem>stream(path, body::writeTo);
                }
            });
            long start = System.nanoTime();
            staged.commit();
            hashes = staged.hashes();
            files = new GeneratedFiles(output, hashes, staged.written());
            times.since("write", start);
        } catch (IOException e) {
            throw new GenerationException(
                    "Cannot write the generated fragments to " + output + ": " + e.getMessage(), e);
        }
        log.info(summaryLine(files.summary(), output));
        try {
            GenerationFingerprint.store(stored, inputs, hashes);
        } catch (IOException e) {
            log.debug("IPsec profile: cannot store the fingerprint " + stored + " (" + e.getMessage()
                    + "); the next build renders again.");
        }
        return files;
    }
}
