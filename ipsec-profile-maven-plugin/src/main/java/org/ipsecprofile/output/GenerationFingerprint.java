package org.ipsecprofile.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The up-to-date check of {@code generate}, after Spotless's: a hash ({@link ContentHash}) over everything the
 * generated files depend on (the plugin's version and jars, the configuration, the descriptors,
 * the findings, the template overrides), stored with a hash of each file written. When the
 * stored inputs match and every file listed still exists with the content written, nothing needs
 * rendering.
 *
 * <p>The stored file is plain text: a header line, {@code inputs <hash>}, then one
 * {@code file <hash> <relative path>} line per generated file.
 */
public final class GenerationFingerprint {

    private static final String HEADER = "ipsec-profile-generate-fingerprint/1";

    private final ContentHash digest = new ContentHash();

    /** Adds one named input: a configuration value, a version, a finding. */
    public GenerationFingerprint add(String name, String value) {
        return add(name, (value == null ? "\u0000null" : value).getBytes(StandardCharsets.UTF_8));
    }

    /** Adds one named input's bytes: a descriptor's or a template's content. */
    public GenerationFingerprint add(String name, byte[] content) {
        byte[] label = name.getBytes(StandardCharsets.UTF_8);
        digest.update(label.length).update(label).update(content.length).update(content);
        return this;
    }

    /**
     * Adds a file's content under {@code name}; an absent file is an input too ("absent"), so
     * creating it later changes the fingerprint.
     */
    public GenerationFingerprint addFile(String name, Path file) throws IOException {
        try {
            return add("file " + name, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return add("absent " + name, "");
        }
    }

    /**
     * Adds every regular file below {@code directory} (relative path and content, in path order);
     * a directory that does not exist adds "absent".
     */
    public GenerationFingerprint addDirectory(String name, Path directory) throws IOException {
        if (directory == null || !Files.isDirectory(directory)) {
            return add("absent directory " + name, "");
        }
        List<Path> files;
        try (var walk = Files.walk(directory)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        add("directory " + name, String.valueOf(files.size()));
        for (Path file : files) {
            addFile(name + "/" + directory.relativize(file).toString().replace('\\', '/'), file);
        }
        return this;
    }

    /** The fingerprint of the inputs added so far, as hex. */
    public String inputs() {
        return digest.hex();
    }

    /**
     * The generated files (relative paths) and the hash of each when {@code stored} holds these
     * inputs and every file it lists is still in {@code outputDirectory} with the content written;
     * else empty, and the caller renders.
     */
    public static Optional<SortedMap<String, String>> upToDate(Path stored, String inputs, Path outputDirectory) {
        List<String> lines;
        try {
            lines = Files.readAllLines(stored, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        if (lines.size() < 2 || !lines.get(0).equals(HEADER) || !lines.get(1).equals("inputs " + inputs)) {
            return Optional.empty();
        }
        SortedMap<String, String> files = new TreeMap<>();
        Path root = outputDirectory.normalize();
        for (String line : lines.subList(2, lines.size())) {
            String[] parts = line.split(" ", 3);
            if (parts.length != 3 || !parts[0].equals("file")) {
                return Optional.empty();
            }
            Path file = root.resolve(parts[2]).normalize();
            if (!file.startsWith(root)) {
                return Optional.empty();
            }
            byte[] content;
            try {
                content = Files.readAllBytes(file);
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
            if (!hex(content).equals(parts[1])) {
                return Optional.empty();
            }
            files.put(parts[2], parts[1]);
        }
        return files.isEmpty() ? Optional.empty() : Optional.of(files);
    }

    /** Stores {@code inputs} and the hash of each generated file, by relative path, in {@code stored}. */
    public static void store(Path stored, String inputs, Map<String, String> hashes) throws IOException {
        StringBuilder text = new StringBuilder(HEADER)
                .append('\n')
                .append("inputs ")
                .append(inputs)
                .append('\n');
        for (Map.Entry<String, String> file : new TreeMap<>(hashes).entrySet()) {
            if (file.getKey().indexOf('\n') >= 0) {
                return;
            }
            text.append("file ")
                    .append(file.getValue())
                    .append(' ')
                    .append(file.getKey())
                    .append('\n');
        }
        OutputFile.write(stored, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Forgets the stored fingerprint, so the next run renders. */
    public static void forget(Path stored) throws IOException {
        Files.deleteIfExists(stored);
    }

    private static String hex(byte[] content) {
        return ContentHash.of(content);
    }
}
