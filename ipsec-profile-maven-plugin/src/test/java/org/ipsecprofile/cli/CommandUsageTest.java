package org.ipsecprofile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.ipsecprofile.check.rules.CatalogueEntry;
import org.ipsecprofile.check.rules.RuleRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad usage exits 2 naming the option; help, version and the rule catalogue exit 0. */
class CommandUsageTest {

    @TempDir
    Path project;

    private void assertUsageError(CommandRun run, String named) {
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains(named);
        assertThat(run.err()).doesNotContain("\tat ");
    }

    @Test
    void anUnknownOptionExitsTwoNamingIt() {
        assertUsageError(CommandRun.of("check", project.toString(), "--fial-on", "warning"), "'--fial-on'");
    }

    @Test
    void aBadFailOnExitsTwoNamingTheOptionAndTheLevels() {
        CommandRun run = CommandRun.of("check", project.toString(), "--fail-on", "sometimes");

        assertUsageError(run, "--fail-on");
        assertThat(run.err()).contains("'sometimes'", "error, warning, info or none");
    }

    @Test
    void aBadFormatExitsTwoNamingTheOption() {
        CommandRun run = CommandRun.of("generate", project.toString(), "--formats", "xml2rfc,pdf");

        assertUsageError(run, "--formats");
        assertThat(run.err()).contains("'pdf'");
    }

    @Test
    void aSeverityWithoutEqualsSignExitsTwoNamingTheOption() {
        assertUsageError(CommandRun.of("check", project.toString(), "--severity", "nat-traversal"), "--severity");
    }

    @Test
    void aSeverityForAnUnknownRuleExitsTwoWithTheNearestId() {
        CommandRun run = CommandRun.of("check", project.toString(), "--severity", "nat-travesal=error");

        assertUsageError(run, "--severity");
        assertThat(run.err()).contains("'nat-travesal'", "'nat-traversal'");
    }

    @Test
    void aSeverityWithAnUnknownLevelExitsTwo() {
        CommandRun run = CommandRun.of("check", project.toString(), "--severity", "nat-traversal=loud");

        assertUsageError(run, "--severity");
        assertThat(run.err())
                .contains("'loud'", "e.g. --severity nat-traversal=warning")
                .doesNotContain("<");
    }

    @Test
    void aRequiredItemsSeverityCannotBeChanged() {
        CommandRun run = CommandRun.of("check", project.toString(), "--severity", "selectors=off");

        assertUsageError(run, "--severity");
        assertThat(run.err())
                .contains("'selectors'", "leave out --severity selectors=")
                .doesNotContain("<selectors>");
    }

    @Test
    void noCommandExitsTwoNamingTheCommands() {
        CommandRun run = CommandRun.of();

        assertUsageError(run, "check, generate, init, rules");
    }

    @Test
    void anUnknownCommandExitsTwo() {
        assertUsageError(CommandRun.of("chek"), "chek");
    }

    @Test
    void aDirThatIsNoFolderExitsTwoNamingIt() {
        CommandRun run =
                CommandRun.of("check", project.resolve("no-such-repository").toString());

        assertUsageError(run, "DIR '");
        assertThat(run.err()).contains("no-such-repository' is not a folder");
    }

    @Test
    void twoDirectoriesAreBadUsage() {
        assertUsageError(CommandRun.of("check", "a", "b"), "'b'");
    }

    @Test
    void helpListsTheCommandsAndExitsZero() {
        CommandRun run = CommandRun.of("--help");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("ipsec-profile", "check", "generate", "init", "rules", "Exit status");
    }

    @Test
    void theHelpOfCheckDocumentsEveryOption() {
        CommandRun run = CommandRun.of("check", "--help");

        assertThat(run.status()).isZero();
        assertThat(run.out())
                .contains(
                        "DIR",
                        "--descriptors",
                        "--drafts",
                        "--output",
                        "--formats",
                        "--templates",
                        "--fail-on",
                        "--severity=RULE=LEVEL",
                        "--json",
                        "--sarif",
                        "--debug");
    }

    @Test
    void versionPrintsThePluginVersion() {
        CommandRun run = CommandRun.of("--version");

        assertThat(run.status()).isZero();
        assertThat(run.out().strip()).isEqualTo("ipsec-profile " + PluginVersion.value());
        assertThat(PluginVersion.value()).matches("\\d+\\.\\d+\\.\\d+.*").doesNotContain("${");
    }

    @Test
    void rulesPrintsTheWholeCatalogueWithSeverityAndSource() {
        CommandRun run = CommandRun.of("rules");

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        String[] lines = run.out().split("\n");
        assertThat(lines).hasSize(RuleRegistry.catalogue().size() + 1);
        assertThat(lines[0]).startsWith("RULE").contains("SEVERITY", "SOURCE", "FIRES WHEN");
        for (CatalogueEntry entry : RuleRegistry.catalogue()) {
            assertThat(lines)
                    .anyMatch(line -> line.startsWith(entry.id() + " ")
                            && line.contains(" " + entry.severity() + " ")
                            && line.contains(entry.summary()));
        }
        assertThat(lines).anyMatch(line -> line.startsWith("port-selectors ") && line.contains("RFC 5406 Section 6"));
    }
}
