package org.ipsecprofile.generation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ipsecprofile.output.ExecutionRecord;
import org.ipsecprofile.output.WriteSummary;

/**
 * The execution record of {@code generate} ({@link ExecutionRecord}) for one execution: the
 * fingerprint of everything it reads, taken before anything is parsed, and the record kept under
 * it, which an unchanged next execution repeats instead of doing its work.
 */
final class RecordedExecution {

    private final Path file;
    private final String inputs;
    private final BuildLog log;

    private RecordedExecution(Path file, String inputs, BuildLog log) {
        this.file = file;
        this.inputs = inputs;
        this.log = log;
    }

    /** Fingerprints what {@code request} reads: the settings, the plugin, the descriptors, drafts and templates. */
    static RecordedExecution of(GenerationRequest request, BuildLog log) throws GenerationException {
        try {
            return new RecordedExecution(
                    FindingsFiles.directory(request).resolve(Generation.EXECUTION_RECORD),
                    InputFingerprints.execution(request),
                    log);
        } catch (IOException e) {
            throw new GenerationException(
                    "Cannot read the inputs of " + request.goal().keyword() + ": " + e.getMessage(), e);
        }
    }

    /** The lines to log again when the record holds these inputs and every file it lists is unchanged. */
    Optional<List<ExecutionRecord.Line>> replayable() {
        return ExecutionRecord.replay(file, inputs);
    }

    /** Logs the recorded lines again, at their levels, and says at debug level why. */
    void replay(List<ExecutionRecord.Line> lines) {
        // A plain loop: in a JVM that has just started, the first lambdas cost milliseconds.
        for (ExecutionRecord.Line line : lines) {
            log.log(level(line.level()), line.text());
        }
        log.debug("IPsec profile: nothing changed since the last generate (fingerprint " + inputs + " in " + file
                + "): its log is repeated above; no descriptor parsed, no draft scanned, nothing rendered or"
                + " written.");
    }

    /**
     * Records a successful execution: the findings files and {@code files}, the files the drafts
     * include that the scan read ({@code included}: the fingerprint taken before the scan cannot
     * know them), and {@code lines}, where the write summary reads as an unchanged repetition will
     * find it (nothing written).
     */
    void store(GenerationRequest request, GeneratedFiles files, List<Path> included, List<LogLine> lines) {
        List<Path> outputs = new ArrayList<>(List.of(FindingsFiles.json(request), FindingsFiles.sarif(request)));
        Map<Path, String> hashes = new HashMap<>();
        String written = null;
        String unchanged = null;
        if (files != null) {
            outputs.addAll(files.paths());
            for (Map.Entry<String, String> file : files.hashes().entrySet()) {
                hashes.put(files.directory().resolve(file.getKey()), file.getValue());
            }
            written = FragmentWriter.summaryLine(files.summary(), files.directory());
            unchanged =
                    FragmentWriter.summaryLine(new WriteSummary(0, files.all().size()), files.directory());
        }
        List<ExecutionRecord.Line> recorded = new ArrayList<>();
        for (LogLine line : lines) {
            String text = line.text().equals(written) ? unchanged : line.text();
            recorded.add(new ExecutionRecord.Line(line.level().name(), text));
        }
        try {
            ExecutionRecord.store(file, inputs, included, outputs, hashes, recorded);
        } catch (IOException e) {
            log.debug("IPsec profile: cannot store the execution record " + file + " (" + e.getMessage()
                    + "); the next build does all its work again.");
        }
    }

    /** Forgets the record, so the next execution does all its work. */
    void forget() {
        try {
            ExecutionRecord.forget(file);
        } catch (IOException e) {
            log.debug("IPsec profile: cannot delete " + file + ": " + e.getMessage());
        }
    }

    private static BuildLog.Level level(String recorded) {
        return switch (recorded) {
            case "ERROR" -> BuildLog.Level.ERROR;
            case "WARNING" -> BuildLog.Level.WARNING;
            default -> BuildLog.Level.INFO;
        };
    }
}
