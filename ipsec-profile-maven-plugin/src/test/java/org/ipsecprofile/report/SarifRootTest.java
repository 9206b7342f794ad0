package org.ipsecprofile.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which folder findings.sarif's paths start from. */
class SarifRootTest {

    @TempDir
    Path dir;

    @Test
    void theNearestFolderHoldingGitIsTheRoot() throws Exception {
        Files.createDirectories(dir.resolve(".git"));
        Path project = Files.createDirectories(dir.resolve("drafts/bgp"));

        assertThat(SarifRoot.repositoryOf(project)).contains(dir);
        assertThat(SarifRoot.projectPathIn(dir, project)).isEqualTo("drafts/bgp/");
    }

    @Test
    void aGitFileMarksAWorktreeOrSubmoduleRoot() throws Exception {
        Files.createDirectories(dir.resolve(".git"));
        Path submodule = Files.createDirectories(dir.resolve("vendor/drafts"));
        Files.writeString(submodule.resolve(".git"), "gitdir: ../../.git/modules/drafts\n");
        Path project = Files.createDirectories(submodule.resolve("bgp"));

        assertThat(SarifRoot.repositoryOf(project)).contains(submodule);
        assertThat(SarifRoot.projectPathIn(submodule, project)).isEqualTo("bgp/");
    }

    @Test
    void aProjectAtTheRootOrOutsideItHasNoPrefix() throws Exception {
        Path project = Files.createDirectories(dir.resolve("bgp"));

        assertThat(SarifRoot.projectPathIn(project, project)).isEmpty();
        assertThat(SarifRoot.projectPathIn(dir.resolve("other"), project)).isEmpty();
        assertThat(SarifRoot.projectPathIn(dir, project.resolve("../bgp"))).isEqualTo("bgp/");
    }
}
