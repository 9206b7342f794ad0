package org.ipsecprofile.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ipsecprofile.check.RuleSettings;
import org.ipsecprofile.project.CheckRequest;
import org.ipsecprofile.project.CheckResult;
import org.ipsecprofile.project.ProjectChecker;
import org.ipsecprofile.report.ProfileItems.Item;
import org.ipsecprofile.report.ProfileItems.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileItemsTest {

    @TempDir
    Path project;

    private CheckResult check(String... resources) throws IOException {
        Path ipsec = Files.createDirectories(project.resolve("src/main/ipsec"));
        for (String resource : resources) {
            Files.copy(Path.of("src/test/resources/descriptors/valid", resource), ipsec.resolve(resource));
        }
        return new ProjectChecker().check(new CheckRequest(project, ipsec, null, null, RuleSettings.defaults()));
    }

    private List<Item> items(String resource) throws IOException {
        CheckResult result = check(resource);
        return ProfileItems.of(result.profiles().get(0), result.findings());
    }

    @Test
    void theBgpExampleAnswersAllNineItemsFromItsDescriptor() throws Exception {
        List<Item> items = items("bgp.yaml");

        assertThat(items).extracting(Item::letter).containsExactly("a", "b", "c", "d", "e", "f", "g", "h", "i");
        assertThat(items).extracting(Item::status).containsOnly(Status.ANSWERED);
        assertThat(items.get(0).answer())
                .isEqualTo("initiator: Either speaker of a manually configured BGP peer pair;"
                        + " local: The router's loopback address; remote: The configured peer's loopback address;"
                        + " transport tcp, port 179");
        assertThat(items.get(1).answer())
                .isEqualTo("ESP or AH (ESP mandatory to implement); transport mode;" + " confidentiality none");
        assertThat(items.get(2).answer()).isEqualTo("IKE");
        assertThat(items.get(3).answer()).isEqualTo("ip-address");
        assertThat(items.get(4).answer()).startsWith("does not apply");
        assertThat(items.get(5).answer())
                .isEqualTo("certificates, pre-shared-secret (certificates mandatory to"
                        + " implement); certificates locally-issued, naming source IP address or AS number");
        assertThat(items.get(6).answer()).startsWith("Accept connections only from the designated peer");
        assertThat(items.get(7).answer()).isEqualTo("IKEv1, main mode");
        assertThat(items.get(8).answer()).startsWith("unknown: Whether backbone and access routers");
        assertThat(items.get(8).section()).isEqualTo("Section 8 item i");
    }

    @Test
    void aDescriptorWithoutItemsShowsEachAsMissing() throws Exception {
        List<Item> items = items("missing-items.yaml");

        assertThat(items).extracting(Item::status).containsOnly(Status.MISSING);
        assertThat(items).extracting(Item::answerText).containsOnly("missing");
    }

    @Test
    void anItemThatItsRuleReportsIsIncomplete() throws Exception {
        Path ipsec = Files.createDirectories(project.resolve("src/main/ipsec"));
        String bgp = Files.readString(Path.of("src/test/resources/descriptors/valid/bgp.yaml"));
        Files.writeString(
                ipsec.resolve("bgp.yaml"),
                bgp.replace("ike: {version: ikev1, modes: [main]}", "ike: {version: ikev1}"));
        CheckResult result =
                new ProjectChecker().check(new CheckRequest(project, ipsec, null, null, RuleSettings.defaults()));

        Item ike = ProfileItems.of(result.profiles().get(0), result.findings()).get(7);

        assertThat(ike.answer()).isEqualTo("IKEv1");
        assertThat(ike.status()).isEqualTo(Status.INCOMPLETE);
    }
}
