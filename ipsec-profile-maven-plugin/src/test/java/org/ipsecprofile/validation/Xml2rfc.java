package org.ipsecprofile.validation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Runs the real xml2rfc (the IETF's renderer, 3.32.0 in CI) on a draft, offline and hermetic, and
 * returns what it printed and wrote. Found through the environment variable {@code XML2RFC} (the
 * path of the executable; {@code .ci/run} sets it) or as {@code xml2rfc} on {@code PATH}.
 *
 * <p>One run writes the draft as text ({@code --text}) and with every include resolved
 * ({@code --expand}, what idnits and the IETF's submission tool read). Hermetic: configuration
 * files are skipped ({@code --skip-config-files}), the network is not used to resolve references
 * ({@code -N}) and the reference cache is a new empty folder ({@code -c}), so no reference cached
 * by an earlier run can stand in for one the draft lacks; since {@code -N} does not stop xml2rfc
 * from fetching a reference it has not cached, every proxy variable points at a closed local port.
 * Local XIncludes are allowed ({@code --allow-local-file-access}; the included file must lie at or
 * below the draft's folder). Python reads no user site packages, inherited {@code PYTHON*}
 * variables are dropped, and the locale is UTF-8.
 */
public final class Xml2rfc {

    /** xml2rfc: the variable {@code XML2RFC} or the command on {@code PATH}. */
    public static final InstalledTool TOOL = new InstalledTool(
            "xml2rfc",
            "XML2RFC",
            "install xml2rfc 3.32.0 ('pip install xml2rfc==3.32.0') or set XML2RFC to the path of an xml2rfc"
                    + " executable (.ci/run sets it)");

    /**
     * The start of xml2rfc's warning that the draft's {@code <date>} is more than three days away
     * from today: it says when the draft was dated, not whether it is right, and an example draft
     * dated once warns on every later day. {@link Rendering#warnings()} leaves it out.
     */
    public static final String DOCUMENT_DATE_WARNING = "The document date (";

    private static final Pattern MESSAGE = Pattern.compile("^.*?\\b(Warning|Error): .*$", Pattern.MULTILINE);

    /**
     * What a run gave: the exit code, everything xml2rfc printed, and the paths of the text and of
     * the expanded XML (which exist only when xml2rfc wrote them).
     */
    public record Rendering(int exitCode, String log, Path text, Path expandedXml) {

        /** Every warning and error line xml2rfc printed, in order. */
        public List<String> messages() {
            return MESSAGE.matcher(log).results().map(m -> m.group()).toList();
        }

        /** The warning lines, except the one about the document's date ({@link #DOCUMENT_DATE_WARNING}). */
        public List<String> warnings() {
            return messages().stream()
                    .filter(line -> line.contains("Warning: "))
                    .filter(line -> !line.contains("Warning: " + DOCUMENT_DATE_WARNING))
                    .toList();
        }

        /** The error lines. */
        public List<String> errors() {
            return messages().stream().filter(line -> line.contains("Error: ")).toList();
        }
    }

    private Xml2rfc() {}

    /** See {@link InstalledTool#assumeAvailable()}. */
    public static void assumeAvailable() {
        TOOL.assumeAvailable();
    }

    /**
     * Renders {@code draft} (a file ending in {@code .xml}) into {@code outputDirectory}, as
     * {@code <name>.txt} and {@code <name>.exp.xml}, running in the draft's folder, killing xml2rfc
     * after {@code timeout}.
     *
     * @throws IllegalStateException when xml2rfc is absent or does not finish in time
     */
    public static Rendering render(Path draft, Path outputDirectory, Duration timeout) {
        String file = draft.getFileName().toString();
        if (!file.endsWith(".xml")) {
            throw new IllegalArgumentException("an xml2rfc draft's name ends in .xml: " + draft);
        }
        String name = file.substring(0, file.length() - ".xml".length());
        Path cache = null;
        try {
            Files.createDirectories(outputDirectory);
            cache = Files.createTempDirectory("xml2rfc-cache");
            InstalledTool.Run run = TOOL.run(
                    List.of(
                            "--skip-config-files",
                            "-N",
                            "-c",
                            cache.toString(),
                            "--allow-local-file-access",
                            "--text",
                            "--expand",
                            "-p",
                            outputDirectory.toAbsolutePath().toString(),
                            draft.toAbsolutePath().toString()),
                    draft.toAbsolutePath().getParent(),
                    Xml2rfc::hermetic,
                    timeout);
            return new Rendering(
                    run.exitCode(),
                    run.stdout() + run.stderr(),
                    outputDirectory.resolve(name + ".txt"),
                    outputDirectory.resolve(name + ".exp.xml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (cache != null) {
                InstalledTool.delete(cache);
            }
        }
    }

    /** Renders with a timeout of two minutes. */
    public static Rendering render(Path draft, Path outputDirectory) {
        return render(draft, outputDirectory, Duration.ofMinutes(2));
    }

    /** The environment of a hermetic run (see the class comment). */
    static void hermetic(Map<String, String> environment) {
        environment.keySet().removeIf(name -> name.startsWith("PYTHON"));
        environment.put("PYTHONNOUSERSITE", "1");
        environment.put("PYTHONDONTWRITEBYTECODE", "1");
        InstalledTool.closedProxies(environment);
    }
}
