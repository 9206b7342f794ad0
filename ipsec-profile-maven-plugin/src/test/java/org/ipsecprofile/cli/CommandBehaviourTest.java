package org.ipsecprofile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code check}, {@code generate} and {@code init} print, write and exit with on a draft folder. */
class CommandBehaviourTest {

    @TempDir
    Path temporary;

    private Path project;

    @BeforeEach
    void bgpExample() throws Exception {
        project = ExampleCopy.copy("bgp-example", temporary.resolve("bgp"));
    }

    @Test
    void pipedFindingsAreTheMavenLinesWithoutTheLevel() {
        CommandRun run = CommandRun.of("check", project.toString());

        assertThat(run.status()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines())
                .anyMatch(line -> line.startsWith("src/main/ipsec/bgp.yaml:4:9: [ipsec-v2-obsolete] ")
                        && line.endsWith("(RFC 4301; RFC 5406 Section 1)"))
                .anyMatch(line -> line.startsWith("src/main/ipsec/bgp.yaml:11:3: [port-selectors] "))
                .contains("IPsec profile: 1 profile(s) checked: 0 error(s), 3 warning(s), 2 info(s).")
                .noneMatch(line -> line.contains("\u001B") || line.startsWith("warning") || line.startsWith("["));
    }

    @Test
    void onATerminalWarningsStartWithTheLevelWordInColour() {
        CommandRun run = CommandRun.on(Terminal.COLOUR, "check", project.toString());

        assertThat(run.err().lines())
                .anyMatch(line -> line.startsWith(
                        "\u001B[1;33mwarning\u001B[0m: src/main/ipsec/bgp.yaml:4:9: [ipsec-v2-obsolete] "))
                .anyMatch(line -> line.startsWith("src/main/ipsec/bgp.yaml:11:3: [port-selectors] "));
    }

    @Test
    void withNoColorATerminalGetsTheLevelWordAlone() {
        CommandRun run = CommandRun.on(Terminal.PLAIN, "check", project.toString());

        assertThat(run.err().lines())
                .anyMatch(line -> line.startsWith("warning: src/main/ipsec/bgp.yaml:4:9: [ipsec-v2-obsolete] "))
                .noneMatch(line -> line.contains("\u001B"));
    }

    @Test
    void findingsAtFailOnExitOneWithEveryOneInTheMessage() {
        CommandRun run = CommandRun.of("check", project.toString(), "--fail-on", "warning");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err())
                .contains("IPsec profile check failed: 3 findings at or above failOn=warning:")
                .contains("  warning src/main/ipsec/bgp.yaml:29:3: [availability-unknown] ");
        assertThat(project.resolve("target/ipsec-profile/findings.json")).isRegularFile();
    }

    @Test
    void aSeverityOptionChangesTheFindings() {
        CommandRun run = CommandRun.of("check", project.toString(), "--severity", "port-selectors=error");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("1 finding at or above failOn=error");
    }

    @Test
    void jsonAndSarifGoWhereTheOptionsSay() {
        Path json = temporary.resolve("reports/findings.json");
        Path sarif = temporary.resolve("reports/ipsec.sarif");

        CommandRun run =
                CommandRun.of("check", project.toString(), "--json", json.toString(), "--sarif", sarif.toString());

        assertThat(run.status()).isZero();
        assertThat(json).content().contains("\"rule\": \"port-selectors\"");
        assertThat(sarif).content().contains("\"version\": \"2.1.0\"");
        assertThat(project.resolve("target/ipsec-profile/findings.json")).doesNotExist();
        assertThat(project.resolve("target/ipsec-profile/findings.sarif")).doesNotExist();
    }

    @Test
    void aBrokenDescriptorIsAFindingAndExitsOne() throws Exception {
        Files.writeString(project.resolve("src/main/ipsec/bgp.yaml"), "schema: ipsec-profile/1\nid: [\n");

        CommandRun run = CommandRun.of("check", project.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("src/main/ipsec/bgp.yaml:").contains("[descriptor]");
    }

    @Test
    void aSecondUnchangedGenerateWritesNothing() {
        CommandRun first = CommandRun.of("generate", project.toString());
        CommandRun second = CommandRun.of("generate", project.toString());

        assertThat(first.status()).isZero();
        assertThat(second.status()).isZero();
        assertThat(first.err()).containsPattern("IPsec profile: \\d+ file\\(s\\) written, 0 unchanged");
        assertThat(second.err()).containsPattern("IPsec profile: 0 file\\(s\\) written, \\d+ unchanged");
    }

    @Test
    void checkReportsCommittedFragmentsThatGenerateWouldChange() throws Exception {
        Path generated = project.resolve("generated");
        assertThat(CommandRun.of("generate", project.toString(), "--output", generated.toString())
                        .status())
                .isZero();
        assertThat(CommandRun.of("check", project.toString(), "--output", generated.toString())
                        .status())
                .isZero();
        Path descriptor = project.resolve("src/main/ipsec/bgp.yaml");
        Files.writeString(descriptor, Files.readString(descriptor).replace("loopback address", "loopback interface"));

        CommandRun stale = CommandRun.of("check", project.toString(), "--output", generated.toString());

        assertThat(stale.status()).isEqualTo(1);
        assertThat(stale.err())
                .contains("generated/text/ipsec-profile-bgp.txt:")
                .contains("[stale-fragment]")
                .contains("ipsec-profile generate");
    }

    @Test
    void aFailingTemplateOverrideExitsTwoNamingTheTemplate() throws Exception {
        Path override = temporary.resolve("templates/layout/text/ipsec-profile.txt.ftl");
        Files.createDirectories(override.getParent());
        Files.writeString(override, "<#if>\n");

        CommandRun run = CommandRun.of(
                "generate",
                project.toString(),
                "--templates",
                temporary.resolve("templates").toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("layout/text/ipsec-profile.txt.ftl").doesNotContain("\tat ");
    }

    @Test
    void noDescriptorsAndNoMandateIsOneInfoLineAndPasses() throws Exception {
        Path empty = Files.createDirectories(temporary.resolve("empty"));

        CommandRun run = CommandRun.of("check", empty.toString());

        assertThat(run.status()).isZero();
        assertThat(run.err()).startsWith("IPsec profile: no descriptors in ");
    }

    @Test
    void initWritesAStarterThatCheckFindsOpen() {
        Path fresh = temporary.resolve("fresh");

        CommandRun init = CommandRun.of("init", "--id", "foo", "--protocol", "Foo", fresh.toString());

        assertThat(init.status()).isZero();
        assertThat(init.err()).contains("wrote src/main/ipsec/foo.yaml");
        assertThat(fresh.resolve("src/main/ipsec/foo.yaml")).content().contains("id: foo", "Foo");
        assertThat(CommandRun.of("check", fresh.toString()).status()).isEqualTo(1);
    }

    @Test
    void initNeverOverwritesAndExitsTwo() throws Exception {
        Path existing = project.resolve("src/main/ipsec/bgp.yaml");
        byte[] before = Files.readAllBytes(existing);

        CommandRun run = CommandRun.of("init", "--id", "bgp", "--protocol", "BGP-4", project.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("src/main/ipsec/bgp.yaml already exists");
        assertThat(existing).hasBinaryContent(before);
    }

    @Test
    void initWithoutIdExitsTwoNamingTheOption() {
        CommandRun run = CommandRun.of("init", "--protocol", "Foo", temporary.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--id");
    }

    @Test
    void initWithABadIdExitsTwoNamingTheOption() {
        CommandRun run = CommandRun.of("init", "--id", "../escape", "--protocol", "Foo", temporary.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--id");
        assertThat(temporary.resolve("escape.yaml")).doesNotExist();
    }
}
