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
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A command-line tool from outside Maven that tests run: found through the environment variable
 * {@code variable} (the path of the executable, which wins when set) or else as {@code command} on
 * {@code PATH}. A test that needs it skips, saying how to install it, when it is absent; with
 * {@code CI=true} it fails instead, because {@code .ci/run} installs it.
 *
 * @param command the command's name on {@code PATH}
 * @param variable the environment variable that may name the executable
 * @param installation how to install the tool, for the skip message
 */
public record InstalledTool(String command, String variable, String installation) {

    private static final String CLOSED_PORT_PROXY = "http://127.0.0.1:9";

    /** What a run gave: the exit code, standard output and standard error. */
    public record Run(int exitCode, String stdout, String stderr) {}

    /** The executable, as {@code variable} names it or else found on {@code PATH}. */
    public Optional<Path> executable() {
        return locate(System.getenv());
    }

    /** The executable as {@code environment} finds it (see {@link #executable()}). */
    Optional<Path> locate(Map<String, String> environment) {
        String configured = environment.get(variable);
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured);
            return runnable(path) ? Optional.of(path) : Optional.empty();
        }
        String path = environment.get("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(File.pathSeparator))
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, command))
                .filter(InstalledTool::runnable)
                .findFirst();
    }

    /** Why the tool is not found in {@code environment}, and how to install it. */
    String absence(Map<String, String> environment) {
        String configured = environment.get(variable);
        String where = configured != null && !configured.isBlank()
                ? variable + "=" + configured + " is not an executable file"
                : command + " is not on PATH and " + variable + " is not set";
        return where + "; " + installation + " to run this test";
    }

    /**
     * The executable; when it is absent, skips the calling test saying why, or fails it when the
     * environment variable {@code CI} is {@code true}.
     */
    public Path assumeAvailable() {
        Optional<Path> found = executable();
        if (found.isPresent()) {
            return found.get();
        }
        String message = absence(System.getenv());
        if ("true".equals(System.getenv("CI"))) {
            Assertions.fail(message + " (CI=true: .ci/run installs it, so its absence is an error)");
        }
        return Assumptions.abort(message);
    }

    /**
     * Runs the tool with {@code arguments} in {@code directory}, standard input empty, in the
     * environment {@code hermetic} leaves (it receives a copy of this process's environment to
     * change), killing it after {@code timeout}.
     *
     * @throws IllegalStateException when the tool is absent or does not finish in time
     */
    public Run run(List<String> arguments, Path directory, Consumer<Map<String, String>> hermetic, Duration timeout) {
        Path executable = executable().orElseThrow(() -> new IllegalStateException(absence(System.getenv())));
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory(command + "-run");
            Path stdout = scratch.resolve("stdout");
            Path stderr = scratch.resolve("stderr");
            ProcessBuilder builder = new ProcessBuilder(
                            Stream.concat(Stream.of(executable.toString()), arguments.stream())
                                    .toList())
                    .directory(directory.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile());
            hermetic.accept(builder.environment());
            Process process = builder.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
                throw new IllegalStateException(command + " did not finish within " + timeout + " (" + arguments
                        + "); standard error so far: " + Files.readString(stderr, StandardCharsets.UTF_8));
            }
            return new Run(
                    process.exitValue(),
                    Files.readString(stdout, StandardCharsets.UTF_8),
                    Files.readString(stderr, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        } finally {
            if (scratch != null) {
                delete(scratch);
            }
        }
    }

    /**
     * Points every HTTP, HTTPS and catch-all proxy variable at a closed local port, so that a request
     * a tool still makes fails at once, and drops {@code no_proxy}; sets a UTF-8 locale.
     */
    static void closedProxies(Map<String, String> environment) {
        environment.keySet().removeIf(name -> name.equalsIgnoreCase("no_proxy"));
        for (String proxy :
                List.of("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY")) {
            environment.put(proxy, CLOSED_PORT_PROXY);
        }
        environment.put("LC_ALL", "C.UTF-8");
        environment.put("LANG", "C.UTF-8");
    }

    /** Deletes {@code folder} and everything in it; a folder left behind is harmless. */
    static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }

    private static boolean runnable(Path path) {
        return Files.isRegularFile(path) && Files.isExecutable(path);
    }
}
