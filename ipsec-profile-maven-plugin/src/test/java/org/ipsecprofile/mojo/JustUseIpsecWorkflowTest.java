package org.ipsecprofile.mojo;

import static org.apache.maven.api.plugin.testing.MojoExtension.setVariableValueToObject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The author's path the plugin exists for: a draft that says "implementations MUST use IPsec"
 * and nothing more fails the build at that line; after {@code init}, filling in the starter
 * and including the generated section, the same project passes.
 */
@MojoTest
class JustUseIpsecWorkflowTest {

    @TempDir
    Path project;

    private static final String DRAFT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rfc xmlns:xi="http://www.w3.org/2001/XInclude" version="3" docName="draft-foo-00">
              <front><title>Foo</title></front>
              <middle>
                <section anchor="security">
                  <name>Security</name>
                  <t>Implementations MUST use IPsec to protect Foo messages.</t>
                </section>
              </middle>
            </rfc>
            """;

    /** What an author writes for each open item of the starter, key by key. */
    private static final Map<String, String> ANSWERS = Map.ofEntries(
            Map.entry("  initiator:", "  initiator: Either Foo peer."),
            Map.entry("  transport:", "  transport: udp"),
            Map.entry("  ports:", "  ports: [4242]"),
            Map.entry("  protocols:", "  protocols: [esp]"),
            Map.entry("  mode:", "  mode: transport"),
            Map.entry("  confidentiality:", "  confidentiality: required"),
            Map.entry("  method:", "  method: ike"),
            Map.entry("  types:", "  types: [dns-name]"),
            Map.entry("  applies:", "  applies: false"),
            Map.entry("  methods:", "  methods: [certificates]"),
            Map.entry("    issuance:", "    issuance: locally-issued"),
            Map.entry("  policy:", "  policy: Accept Foo messages only from configured peers."),
            Map.entry("  version:", "  version: ikev2"),
            Map.entry("  status:", "  status: available"),
            Map.entry("  assessment:", "  assessment: Every Foo implementation runs on hosts with IKEv2 support."));

    private <M extends AbstractProfileMojo> M configure(M mojo) throws Exception {
        setVariableValueToObject(mojo, "baseDirectory", project.toFile());
        setVariableValueToObject(
                mojo, "buildDirectory", project.resolve("target").toFile());
        setVariableValueToObject(
                mojo, "descriptorDirectory", project.resolve("src/main/ipsec").toFile());
        setVariableValueToObject(mojo, "draftDirectory", project.toFile());
        setVariableValueToObject(
                mojo,
                "outputDirectory",
                project.resolve("target/generated-sources/ipsec-profile").toFile());
        setVariableValueToObject(mojo, "formats", List.of("xml2rfc", "markdown", "text"));
        setVariableValueToObject(mojo, "markdownHeadingLevel", 1);
        mojo.setLog(new RecordingLog());
        return mojo;
    }

    @Test
    void aBareIpsecMandateFailsUntilAProfileIsWrittenAndIncluded(
            @InjectMojo(goal = "check", pom = "src/test/projects/check/pom.xml") CheckMojo check,
            @InjectMojo(goal = "init", pom = "src/test/projects/init/pom.xml") InitMojo init,
            @InjectMojo(goal = "generate", pom = "src/test/projects/generate/pom.xml") GenerateMojo generate)
            throws Exception {
        Path draft = project.resolve("draft-foo.xml");
        Files.writeString(draft, DRAFT, StandardCharsets.UTF_8);

        assertThatThrownBy(configure(check)::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("draft-foo.xml:7:")
                .hasMessageContaining("[just-use-ipsec]");

        setVariableValueToObject(init, "baseDirectory", project.toFile());
        setVariableValueToObject(
                init, "descriptorDirectory", project.resolve("src/main/ipsec").toFile());
        setVariableValueToObject(init, "id", "foo");
        setVariableValueToObject(init, "protocol", "Foo");
        init.setLog(new RecordingLog());
        init.execute();
        Path descriptor = project.resolve("src/main/ipsec/foo.yaml");
        assertThat(descriptor).exists();

        assertThatThrownBy(configure(check)::execute)
                .as("the starter leaves every item open")
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("[selectors]")
                .hasMessageContaining("[availability]");

        StringBuilder filled = new StringBuilder();
        for (String line : Files.readAllLines(descriptor, StandardCharsets.UTF_8)) {
            filled.append(ANSWERS.getOrDefault(line, line)).append('\n');
        }
        Files.writeString(descriptor, filled, StandardCharsets.UTF_8);
        Files.writeString(
                draft,
                DRAFT.replace(
                        "    <section anchor=\"security\">",
                        "    <xi:include href=\"target/generated-sources/ipsec-profile/xml2rfc/ipsec-profile-foo.xml\"/>\n"
                                + "    <section anchor=\"security\">"),
                StandardCharsets.UTF_8);

        configure(generate).execute();

        assertThat(project.resolve("target/generated-sources/ipsec-profile/xml2rfc/ipsec-profile-foo.xml"))
                .exists();
        assertThat(Files.readString(project.resolve("target/ipsec-profile/findings.json")))
                .contains("\"errors\": 0")
                .doesNotContain("just-use-ipsec");
    }
}
