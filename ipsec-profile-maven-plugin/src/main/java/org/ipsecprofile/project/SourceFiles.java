package org.ipsecprofile.project;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/** Finds the files below a directory that match include patterns and no exclude pattern. */
public final class SourceFiles {

    private SourceFiles() {}

    /**
     * True when {@code file}, one that {@link #find} listed below {@code directory}, is a symbolic
     * link to a file outside {@code directory}: such a file is not read, since a pull request could
     * link it to any file of the machine that builds it. {@code find} does not follow linked
     * folders, so only the file itself can be a link that leads out.
     */
    public static boolean linksOutside(Path file, Path directory) throws IOException {
        return Files.isSymbolicLink(file) && !file.toRealPath().startsWith(directory.toRealPath());
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
        List<PathPattern> include = compile(includes);
        List<PathPattern> exclude = compile(excludes);
        // Patterns without ** reach only as deep as their segments: the drafts' draft-*.xml need
        // not walk the whole project (target/, .git/) to be found. Plain loops rather than a
        // stream: an unchanged generate does little else, and in a fresh JVM the first lambdas
        // and streams cost milliseconds to set up.
        int depth = 0;
        for (PathPattern pattern : include) {
            depth = Math.max(depth, pattern.depth());
        }
        List<String> names = new ArrayList<>();
        java.util.Map<String, Path> byName = new java.util.HashMap<>();
        Files.walkFileTree(
                directory,
                java.util.EnumSet.noneOf(java.nio.file.FileVisitOption.class),
                depth,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        if (attributes.isRegularFile() || Files.isRegularFile(file)) {
                            String relative = slashed(directory.relativize(file));
                            if (matchesAny(include, relative) && !matchesAny(exclude, relative)) {
                                String name = slashed(file);
                                names.add(name);
                                byName.put(name, file);
                            }
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
        java.util.Collections.sort(names);
        List<Path> files = new ArrayList<>(names.size());
        for (String name : names) {
            files.add(byName.get(name));
        }
        return List.copyOf(files);
    }

    private static List<PathPattern> compile(List<String> patterns) {
        List<PathPattern> compiled = new ArrayList<>(patterns.size());
        for (String pattern : patterns) {
            compiled.add(PathPattern.compile(pattern));
        }
        return compiled;
    }

    private static boolean matchesAny(List<PathPattern> patterns, String relative) {
        for (PathPattern pattern : patterns) {
            if (pattern.matches(relative)) {
                return true;
            }
        }
        return false;
    }

    /** A path written with {@code /} whatever the platform, as reports show paths. */
    public static String slashed(Path path) {
        return path.toString().replace(path.getFileSystem().getSeparator(), "/");
    }

    /** {@code file} as a log line names it: relative to {@code baseDirectory}, with {@code /}; absolute when outside it. */
    public static String shown(Path baseDirectory, Path file) {
        Path base = baseDirectory.toAbsolutePath().normalize();
        Path target = file.toAbsolutePath().normalize();
        return target.startsWith(base) ? slashed(base.relativize(target)) : target.toString();
    }
}
