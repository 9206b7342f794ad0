package org.ipsecprofile.validation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Runs kramdown-rfc ({@code kramdown-rfc2629}, Debian's {@code ruby-kramdown-rfc2629} 1.6.22) on a
 * Markdown draft, offline, and returns what it printed.
 *
 * <p>Offline for sure: the child's environment drops every inherited {@code KRAMDOWN_*} variable
 * and {@code HAVE_WGET}, sets {@code KRAMDOWN_OFFLINE=1} (kramdown-rfc then never fetches a
 * reference, it inserts a "BROKEN REFERENCE" for one it lacks), points {@code KRAMDOWN_REFCACHEDIR}
 * at a new empty folder (no reference cached by an earlier run can stand in for a missing one), and
 * sends any HTTP or HTTPS request that might still be made to a closed local port through
 * {@code http_proxy}/{@code https_proxy}. Ruby reads and writes UTF-8 ({@code LC_ALL=C.UTF-8}).
 */
public final class KramdownRfc {

    /** The command Debian's package installs. */
    public static final String COMMAND = "kramdown-rfc2629";

    /** What a run gave: the exit code, standard output (the XML) and standard error. */
    public record Result(int exitCode, String xml, String stderr) {

        private static final Pattern WARNING = Pattern.compile("^\\*+ .*", Pattern.MULTILINE);

        /** kramdown-rfc's warnings: the lines of standard error that start with asterisks. */
        public List<String> warnings() {
            return WARNING.matcher(stderr).results().map(m -> m.group()).toList();
        }
    }

    /** Debian's kramdown-rfc, found as {@value #COMMAND} on {@code PATH} or through {@code KRAMDOWN_RFC}. */
    static final InstalledTool TOOL = new InstalledTool(
            COMMAND, "KRAMDOWN_RFC", "install it with 'apt-get install ruby-kramdown-rfc2629' (Debian)");

    private KramdownRfc() {}

    /** The command's path, if it is installed. */
    public static Optional<Path> command() {
        return TOOL.executable();
    }

    public static boolean available() {
        return command().isPresent();
    }

    /**
     * Skips the calling test, saying why, when kramdown-rfc is missing; fails it instead when the
     * environment variable {@code CI} is {@code true}, because CI installs kramdown-rfc.
     */
    public static void assumeAvailable() {
        TOOL.assumeAvailable();
    }

    /**
     * Converts {@code draft} in {@code workingDirectory} (where {@code {::include}} paths are
     * resolved), offline, killing kramdown-rfc after {@code timeout}.
     *
     * @throws IllegalStateException when the command is missing or does not finish in time
     */
    public static Result convert(Path draft, Path workingDirectory, Duration timeout) {
        Path refcache = null;
        try {
            refcache = Files.createTempDirectory("kramdown-rfc-refcache");
            Path cache = refcache;
            InstalledTool.Run run = TOOL.run(
                    List.of(draft.toAbsolutePath().toString()),
                    workingDirectory,
                    environment -> offline(environment, cache),
                    timeout);
            return new Result(run.exitCode(), run.stdout(), run.stderr());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (refcache != null) {
                InstalledTool.delete(refcache);
            }
        }
    }

    /** Converts with a timeout of one minute. */
    public static Result convert(Path draft, Path workingDirectory) {
        return convert(draft, workingDirectory, Duration.ofMinutes(1));
    }

    /** Sets the environment that keeps kramdown-rfc off the network (see the class comment). */
    static void offline(Map<String, String> environment, Path refcache) {
        environment
                .keySet()
                .removeIf(name ->
                        name.startsWith("KRAMDOWN_") || name.equals("HAVE_WGET") || name.equalsIgnoreCase("no_proxy"));
        environment.put("KRAMDOWN_OFFLINE", "1");
        environment.put("KRAMDOWN_REFCACHEDIR", refcache.toAbsolutePath().toString());
        InstalledTool.closedProxies(environment);
    }
}
