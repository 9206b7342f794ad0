package org.ipsecprofile.project;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds the files below a directory that match include patterns and no exclude pattern. */
public final class SourceFiles {

    private SourceFiles() {
    }

    /**
     * The regular files below {@code directory} whose relative paths match one of
     * {@code includes} and none of {@code excludes}, sorted by relative path so that every
     * machine sees them in the same order. An absent directory has no files.
     */
    public static List<Path> find(Path directory, List<String> includes, List<String> excludes) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<PathPattern> include = includes.stream().map(PathPattern::compile).toList();
        List<PathPattern> exclude = excludes.stream().map(PathPattern::compile).toList();
        // Patterns without ** reach only as deep as their segments: the drafts' draft-*.xml need
        // not walk the whole project (target/, .git/) to be found.
        try (Stream<Path> walk = Files.walk(directory, include.stream().mapToInt(PathPattern::depth).max()
                .orElse(Integer.MAX_VALUE))) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> {
                        String relative = slashed(directory.relativize(file));
                        return include.stream().anyMatch(p -> p.matches(relative))
                                && exclude.stream().noneMatch(p -> p.matches(relative));
                    })
                    .sorted((a, b) -> slashed(a).compareTo(slashed(b)))
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** A path written with {@code /} whatever the platform, as reports show paths. */
    public static String slashed(Path path) {
        return path.toString().replace(path.getFileSystem().getSeparator(), "/");
    }
}
