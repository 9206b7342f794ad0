package org.ipsecprofile.output;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Writes generated files without holding them all in memory and without leaving partial output:
 * each file is compared with the one in the output directory as it is rendered, and when it
 * differs its content goes to a staging directory; {@link #commit()} then moves every staged
 * file into place (atomically where the file system can), so the output directory changes only
 * once everything is rendered. Files whose content is unchanged are never touched. Closing
 * without committing discards the staged files.
 */
public final class StagedOutput implements AutoCloseable {

    private final Path directory;
    private final Path staging;
    private final SortedMap<String, Path> staged = new TreeMap<>();
    private final SortedMap<String, String> hashes = new TreeMap<>();
    private final SortedSet<String> written = new TreeSet<>();
    /** Folders known to exist: the staging folder and those files were moved into. */
    private final Set<Path> folders = new HashSet<>();

    private int unchanged;
    private int counter;

    /** Files for {@code directory}, staged in {@code staging} (emptied first). */
    public StagedOutput(Path directory, Path staging) throws IOException {
        this.directory = directory.normalize();
        this.staging = staging;
        deleteStaging();
    }

    /** Adds one file (path relative to the output directory, with {@code /}), as UTF-8. */
    public void put(String relative, String content) throws IOException {
        Path target = directory.resolve(relative).normalize();
        if (!target.startsWith(directory)) {
            throw new IOException("refusing to write " + relative + " outside " + directory);
        }
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        hashes.put(relative, hex(bytes));
        // A link at the target is replaced, never compared through: it could point anywhere.
        if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
                && Files.size(target) == bytes.length
                && Arrays.equals(Files.readAllBytes(target), bytes)) {
            unchanged++;
            staged.remove(relative);
            return;
        }
        Path file = stagingFile();
        Files.write(file, bytes);
        staged.put(relative, file);
    }

    /**
     * Adds one file whose content {@code body} writes (as UTF-8) straight to the staging
     * directory, hashing it on the way, so it is never held in memory.
     */
    public <E extends Exception> void stream(String relative, StreamBody<E> body) throws IOException, E {
        Path target = directory.resolve(relative).normalize();
        if (!target.startsWith(directory)) {
            throw new IOException("refusing to write " + relative + " outside " + directory);
        }
        Path file = stagingFile();
        HashingStream hashing;
        try (HashingStream out = new HashingStream(Files.newOutputStream(file));
                Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
            hashing = out;
            body.writeTo(writer);
        }
        hashes.put(relative, hashing.hash.hex());
        if (Files.isRegularFile(target) && Files.size(target) == Files.size(file) && Files.mismatch(target, file) < 0) {
            Files.delete(file);
            unchanged++;
            staged.remove(relative);
            return;
        }
        staged.put(relative, file);
    }

    /** A new file name in the staging folder, which is made the first time. */
    private Path stagingFile() throws IOException {
        makeFolder(staging);
        return staging.resolve((counter++) + ".staged");
    }

    /** Makes {@code folder} and its parents unless this output made them or found them already. */
    private void makeFolder(Path folder) throws IOException {
        if (folders.add(folder)) {
            Files.createDirectories(folder);
        }
    }

    /** Writes one file's text. */
    @FunctionalInterface
    public interface StreamBody<E extends Exception> {

        void writeTo(Writer out) throws IOException, E;
    }

    /** Hashes what passes through. */
    private static final class HashingStream extends FilterOutputStream {

        final ContentHash hash = new ContentHash();

        HashingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            hash.update(new byte[] {(byte) b});
            out.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            hash.update(bytes, offset, length);
            out.write(bytes, offset, length);
        }
    }

    /** The hash ({@link ContentHash}) of each file added, by relative path. */
    public SortedMap<String, String> hashes() {
        return hashes;
    }

    /** The files {@link #commit()} wrote, by relative path; the others added were unchanged. */
    public SortedSet<String> written() {
        return written;
    }

    /** Moves the staged files into the output directory; returns how many were written and how many unchanged. */
    public WriteSummary commit() throws IOException {
        for (var entry : staged.entrySet()) {
            Path target = directory.resolve(entry.getKey());
            makeFolder(target.toAbsolutePath().getParent());
            try {
                Files.move(
                        entry.getValue(), target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                // Another file system: a temporary file beside the target, then an atomic move there.
                OutputFile.write(target, Files.readAllBytes(entry.getValue()));
            }
        }
        WriteSummary summary = new WriteSummary(staged.size(), unchanged);
        written.addAll(staged.keySet());
        staged.clear();
        deleteStaging();
        return summary;
    }

    @Override
    public void close() throws IOException {
        deleteStaging();
    }

    private void deleteStaging() throws IOException {
        folders.remove(staging);
        try {
            // Empty once every staged file is moved into place: then one call does it.
            Files.deleteIfExists(staging);
            return;
        } catch (DirectoryNotEmptyException e) {
            // Files left by a failure, or by an earlier build that was stopped: the walk below.
        }
        try (Stream<Path> walk = Files.walk(staging)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static String hex(byte[] content) {
        return ContentHash.of(content);
    }
}
