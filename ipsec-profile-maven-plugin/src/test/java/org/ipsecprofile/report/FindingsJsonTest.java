package org.ipsecprofile.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ipsecprofile.check.Finding;
import org.ipsecprofile.check.RuleSource;
import org.ipsecprofile.check.Severity;
import org.ipsecprofile.project.CheckResult;
import org.junit.jupiter.api.Test;

class FindingsJsonTest {

    private static final Finding PORTS = new Finding(
            "port-selectors",
            Severity.INFO,
            List.of(RuleSource.rfc5406("6")),
            "bgp",
            "src/main/ipsec/bgp.yaml",
            11,
            3,
            "selectors.ports lists port 179",
            false,
            null);
    private static final Finding SUPPRESSED = new Finding(
            "availability-unknown",
            Severity.WARNING,
            List.of(RuleSource.rfc5406("8i, 9")),
            "bgp",
            "src/main/ipsec/bgp.yaml",
            29,
            3,
            "say \"when\"\nand\ttabs \u0001",
            true,
            "tracked by the chairs");
    private static final Finding PARSE = new Finding(
            "descriptor", Severity.ERROR, List.of(), null, "src/main/ipsec/a.yaml", 2, 1, "bad", false, null);

    @Test
    void writesEveryFieldOfSpecSection6AndCountsOnlyUnsuppressedFindings() throws Exception {
        JsonNode json = parse(new CheckResult(2, List.of(), List.of(SUPPRESSED, PORTS, PARSE)));

        assertThat(json.get("schema").asText()).isEqualTo("ipsec-profile-findings/1");
        assertThat(json.get("errors").asInt()).isEqualTo(1);
        assertThat(json.get("warnings").asInt()).isZero();
        assertThat(json.get("infos").asInt()).isEqualTo(1);
        JsonNode suppressed = json.get("findings").get(2);
        assertThat(suppressed.get("rule").asText()).isEqualTo("availability-unknown");
        assertThat(suppressed.get("severity").asText()).isEqualTo("warning");
        assertThat(suppressed.get("document").asText()).isEqualTo("RFC 5406");
        assertThat(suppressed.get("section").asText()).isEqualTo("8i, 9");
        assertThat(suppressed.get("profile").asText()).isEqualTo("bgp");
        assertThat(suppressed.get("line").asInt()).isEqualTo(29);
        assertThat(suppressed.get("column").asInt()).isEqualTo(3);
        assertThat(suppressed.get("message").asText()).isEqualTo("say \"when\"\nand\ttabs \u0001");
        assertThat(suppressed.get("suppressed").asBoolean()).isTrue();
        assertThat(suppressed.get("justification").asText()).isEqualTo("tracked by the chairs");
        JsonNode parseError = json.get("findings").get(0);
        assertThat(parseError.get("document").isNull()).isTrue();
        assertThat(parseError.get("section").isNull()).isTrue();
        assertThat(parseError.get("profile").isNull()).isTrue();
        assertThat(parseError.get("justification").isNull()).isTrue();
    }

    @Test
    void sortsFindingsByFileLineColumnAndRule() throws Exception {
        JsonNode findings = parse(new CheckResult(2, List.of(), List.of(SUPPRESSED, PORTS, PARSE)))
                .get("findings");

        assertThat(findings)
                .extracting(f -> f.get("file").asText() + ":" + f.get("line").asInt())
                .containsExactly("src/main/ipsec/a.yaml:2", "src/main/ipsec/bgp.yaml:11", "src/main/ipsec/bgp.yaml:29");
    }

    @Test
    void anEmptyResultIsStillACompleteDocumentWithUnixLineEnds() throws Exception {
        byte[] bytes = FindingsJson.render(new CheckResult(0, List.of(), List.of()));
        String text = new String(bytes, StandardCharsets.UTF_8);

        assertThat(text).doesNotContain("\r").endsWith("}\n");
        JsonNode json = new ObjectMapper().readTree(bytes);
        assertThat(json.get("profiles")).isEmpty();
        assertThat(json.get("findings")).isEmpty();
        assertThat(json.get("errors").asInt()).isZero();
    }

    private static JsonNode parse(CheckResult result) throws Exception {
        return new ObjectMapper().readTree(FindingsJson.render(result));
    }
}
