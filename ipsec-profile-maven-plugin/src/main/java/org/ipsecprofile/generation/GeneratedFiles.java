package org.ipsecprofile.generation;

import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ipsecprofile.output.WriteSummary;

/**
 * The fragments one {@code generate} produced in {@code directory}, by path relative to the
 * directory, with {@code /}: the hash of each one's content ({@link org.ipsecprofile.output.ContentHash}),
 * so the execution record need not read them back, and those of them it wrote; the others it left
 * as they were.
 */
public record GeneratedFiles(Path directory, SortedMap<String, String> hashes, SortedSet<String> written) {

    public GeneratedFiles {
        hashes = new TreeMap<>(hashes);
        written = new TreeSet<>(written);
        if (!hashes.keySet().containsAll(written)) {
            throw new IllegalArgumentException("a written file without its hash");
        }
    }

    /** The fragments left as they were. */
    public SortedSet<String> unchanged() {
        SortedSet<String> unchanged = new TreeSet<>(hashes.keySet());
        unchanged.removeAll(written);
        return unchanged;
    }

    /** Every fragment, written or not, by relative path. */
    public SortedSet<String> all() {
        return new TreeSet<>(hashes.keySet());
    }

    /** Every fragment's absolute path. */
    public List<Path> paths() {
        return all().stream().map(directory::resolve).toList();
    }

    public WriteSummary summary() {
        return new WriteSummary(written.size(), hashes.size() - written.size());
    }
}
