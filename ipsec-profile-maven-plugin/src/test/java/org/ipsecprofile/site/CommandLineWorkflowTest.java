package org.ipsecprofile.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The GitHub Actions workflow the command-line page offers as a ready file
 * ({@code site/src/site/resources/ipsec-profile.yml}): valid YAML with the steps the page
 * promises, shown on the page as it is, and naming no host but GitHub's.
 */
class CommandLineWorkflowTest {

    private static final Path WORKFLOW = Path.of("../site/src/site/resources/ipsec-profile.yml");
    private static final Path PAGE = Path.of("../site/src/site/markdown/command-line.md");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> workflow() throws Exception {
        return (Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(WORKFLOW, StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> steps() throws Exception {
        Map<String, Object> jobs = (Map<String, Object>) workflow().get("jobs");
        assertThat(jobs).containsOnlyKeys("check");
        Map<String, Object> check = (Map<String, Object>) jobs.get("check");
        assertThat(check).containsKey("runs-on");
        return (List<Map<String, Object>>) check.get("steps");
    }

    private static Map<String, Object> step(String uses) throws Exception {
        return steps().stream()
                .filter(step -> String.valueOf(step.get("uses")).startsWith(uses + "@"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no step uses " + uses));
    }

    @Test
    @SuppressWarnings("unchecked")
    void runsOnPushAndPullRequestAndMayWriteSecurityEvents() throws Exception {
        Map<String, Object> workflow = workflow();

        assertThat(workflow).containsKeys("name", "on", "permissions", "jobs");
        assertThat((Map<String, Object>) workflow.get("on")).containsKeys("push", "pull_request");
        assertThat((Map<String, Object>) workflow.get("permissions"))
                .containsEntry("security-events", "write")
                .containsEntry("contents", "read");
    }

    @Test
    @SuppressWarnings("unchecked")
    void checksOutSetsUpJavaSeventeenRunsCheckAndUploadsItsSarif() throws Exception {
        List<Map<String, Object>> steps = steps();
        step("actions/checkout");
        Map<String, Object> java =
                (Map<String, Object>) step("actions/setup-java").get("with");
        assertThat(java).containsEntry("java-version", "17").containsKey("distribution");

        Map<String, Object> check = steps.stream()
                .filter(step -> String.valueOf(step.get("run")).startsWith("java -jar "))
                .findFirst()
                .orElseThrow();
        String command = (String) check.get("run");
        assertThat(command).contains("\"$IPSEC_PROFILE_JAR\" check ").contains("--sarif ipsec-profile.sarif");

        Map<String, Object> upload = step("github/codeql-action/upload-sarif");
        assertThat((Map<String, Object>) upload.get("with")).containsEntry("sarif_file", "ipsec-profile.sarif");
        assertThat((String) upload.get("if")).contains("always()");
        assertThat(steps.indexOf(upload)).isGreaterThan(steps.indexOf(check));
    }

    @Test
    void theJarItRunsIsTheOneTheEnvironmentNames() throws Exception {
        Map<?, ?> env = (Map<?, ?>) workflow().get("env");

        assertThat(env.get("IPSEC_PROFILE_JAR")).asString().endsWith("-cli.jar");
        assertThat(env.get("IPSEC_PROFILE_VERSION")).asString().matches("\\d+\\.\\d+\\.\\d+");
    }

    @Test
    void namesNoHostAndNoRegistry() throws Exception {
        String text = Files.readString(WORKFLOW, StandardCharsets.UTF_8);

        assertThat(text).doesNotContain("://").doesNotContainIgnoringCase("maven.org");
    }

    @Test
    void theCommandLinePageShowsTheFileAsItIs() throws Exception {
        String page = Files.readString(PAGE, StandardCharsets.UTF_8);
        String workflow = Files.readString(WORKFLOW, StandardCharsets.UTF_8);

        assertThat(page).contains("```yaml\n" + workflow + "```\n").contains("[ipsec-profile.yml](ipsec-profile.yml)");
    }
}
