package org.ipsecprofile.validation;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

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

    private static final String CLOSED_PORT_PROXY = "http://127.0.0.1:9";

    private KramdownRfc() {}

    /** The command's path, if it is on {@code PATH}. */
    public static Optional<Path> command() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(File.pathSeparator))
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, COMMAND))
                .filter(Files::isExecutable)
                .findFirst();
    }

    public static boolean available() {
        return command().isPresent();
    }

    /**
     * Skips the calling test, saying why, when kramdown-rfc is missing; fails it instead when the
     * environment variable {@code CI} is {@code true}, because CI installs kramdown-rfc.
     */
    public static void assumeAvailable() {
        if (available()) {
            return;
        }
        String message = COMMAND + " is not on PATH; install it with"
                + " 'apt-get install ruby-kramdown-rfc2629' (Debian) to run this test";
        if ("true".equals(System.getenv("CI"))) {
            Assertions.fail(message + " (CI=true: .ci/run installs it, so its absence is an error)");
        }
        Assumptions.assumeTrue(false, message);
    }

    /**
     * Converts {@code draft} in {@code workingDirectory} (where {@code {::include}} paths are
     * resolved), offline, killing kramdown-rfc after {@code timeout}.
     *
     * @throws IllegalStateException when the command is missing or does not finish in time
     */
    public static Result convert(Path draft, Path workingDirectory, Duration timeout) {
        Path command = command().orElseThrow(() -> new IllegalStateException(COMMAND + " is not on PATH"));
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("kramdown-rfc");
            Path refcache = Files.createDirectory(scratch.resolve("refcache"));
            Path stdout = scratch.resolve("stdout.xml");
            Path stderr = scratch.resolve("stderr.txt");
            ProcessBuilder builder = new ProcessBuilder(
                            command.toString(), draft.toAbsolutePath().toString())
                    .directory(workingDirectory.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile());
            offline(builder.environment(), refcache);
            Process process = builder.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
                throw new IllegalStateException(COMMAND + " did not finish within " + timeout + " on " + draft
                        + "; standard error so far: " + Files.readString(stderr, StandardCharsets.UTF_8));
            }
            return new Result(
                    process.exitValue(),
                    Files.readString(stdout, StandardCharsets.UTF_8),
                    Files.readString(stderr, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + COMMAND, e);
        } finally {
            if (scratch != null) {
                delete(scratch);
            }
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
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
        for (String proxy :
                List.of("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY")) {
            environment.put(proxy, CLOSED_PORT_PROXY);
        }
        environment.put("LC_ALL", "C.UTF-8");
        environment.put("LANG", "C.UTF-8");
    }
}
