package org.ipsecprofile.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The directory that {@code findings.sarif}'s URIs are relative to. Code-scanning services
 * (GitHub's among them) place an alert by its path from the root of the repository, so by
 * default that is the nearest directory at or above the project holding {@code .git} (a folder,
 * or a file in a worktree or submodule); a project outside any repository uses its own folder.
 */
public final class SarifRoot {

    private SarifRoot() {}

    /** The nearest directory at or above {@code projectDirectory} that holds {@code .git}, if any. */
    public static Optional<Path> repositoryOf(Path projectDirectory) {
        for (Path dir = projectDirectory.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    /**
     * The project's folder as seen from {@code root}, with {@code /} and a final {@code /}
     * (empty when they are the same folder), to put before the project-relative paths of the
     * findings; empty as well when the project does not lie below {@code root}.
     */
    public static String projectPathIn(Path root, Path projectDirectory) {
        Path from = root.toAbsolutePath().normalize();
        Path project = projectDirectory.toAbsolutePath().normalize();
        if (!project.startsWith(from) || project.equals(from)) {
            return "";
        }
        return from.relativize(project).toString().replace('\\', '/') + "/";
    }
}
