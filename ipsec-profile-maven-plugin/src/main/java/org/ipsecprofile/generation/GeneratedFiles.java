package org.ipsecprofile.generation;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.ipsecprofile.output.WriteSummary;

/**
 * The fragments one {@code generate} produced in {@code directory}: those it wrote and those it
 * left as they were, by path relative to the directory, with {@code /}, and the hash of each
 * one's content ({@link org.ipsecprofile.output.ContentHash}), so the execution record need not
 * read them back.
 */
public record GeneratedFiles(
        Path directory, SortedSet<String> written, SortedSet<String> unchanged, Map<String, String> hashes) {

    public GeneratedFiles {
        written = new TreeSet<>(written);
        unchanged = new TreeSet<>(unchanged);
        hashes = Map.copyOf(hashes);
    }

    /** Every fragment, written or not, by relative path. */
    public SortedSet<String> all() {
        SortedSet<String> all = new TreeSet<>(written);
        all.addAll(unchanged);
        return all;
    }

    /** Every fragment's absolute path. */
    public List<Path> paths() {
        return all().stream().map(directory::resolve).toList();
    }

    public WriteSummary summary() {
        return new WriteSummary(written.size(), unchanged.size());
    }
}
