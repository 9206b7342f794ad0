package org.ipsecprofile.init;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ipsecprofile.check.Finding;
import org.ipsecprofile.check.ProfileChecker;
import org.ipsecprofile.check.RuleSettings;
import org.ipsecprofile.check.Severity;
import org.ipsecprofile.parse.DescriptorParser;
import org.ipsecprofile.parse.ParsedDescriptor;
import org.ipsecprofile.render.content.NoCopiedRfc5406SentencesTest;
import org.ipsecprofile.validation.RfcText;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** SPEC §6 {@code init}: the starter descriptor holds every key, answers nothing, and explains each item. */
class StarterDescriptorTest {

    private static final String SCHEMA_RESOURCE = "/org/ipsecprofile/schema/ipsec-profile-1.schema.json";
    /** The sections a starter leaves commented out: optional, not among RFC 5406's items. */
    private static final Set<String> OPTIONAL_SECTIONS = Set.of("context", "securityConsiderations", "suppress");
    /** What a starter fills in; every other active key is empty. */
    private static final Set<String> FILLED =
            Set.of("schema", "id", "protocol.name", "ipsec.version", "algorithms.companion");
    /** The required-item rules a starter reports; ike-variant waits until keyManagement.method is ike. */
    private static final Set<String> OPEN_ITEMS = Set.of(
            "selectors",
            "protection",
            "key-management",
            "identification",
            "user-switching",
            "authentication",
            "authorization",
            "availability");

    private final String starter = StarterDescriptor.text("foo", "Foo", 3);

    @Test
    void everyKeyOfTheSchemaIsActiveOrCommentedOut() {
        Set<String> schemaKeys = schemaKeys();

        assertThat(keyPaths(load(uncommented(starter)))).isEqualTo(schemaKeys);
    }

    @Test
    void everyKeyOutsideTheOptionalSectionsIsActive() {
        Set<String> expected = schemaKeys().stream()
                .filter(k -> !OPTIONAL_SECTIONS.contains(k.split("[.\\[]")[0]))
                .filter(k -> !k.matches("algorithms\\.(esp|ah|ike)(\\..*)?"))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(keyPaths(load(starter))).isEqualTo(expected);
    }

    @Test
    void onlySchemaIdProtocolNameAndIpsecVersionHaveValues() {
        Map<String, Object> values = leafValues(load(starter));

        assertThat(values.entrySet().stream().filter(e -> e.getValue() != null).map(Map.Entry::getKey))
                .containsExactlyInAnyOrderElementsOf(FILLED);
        assertThat(values)
                .containsEntry("schema", "ipsec-profile/1")
                .containsEntry("id", "foo")
                .containsEntry("protocol.name", "Foo")
                .containsEntry("ipsec.version", 3)
                .containsEntry("algorithms.companion", true);
    }

    @Test
    void theCommentAboveEachKeyListsItsAllowedValues() {
        Map<String, String> comments = commentAbove(starter);
        List<String> missing = new ArrayList<>();
        allowedValues().forEach((key, allowed) -> {
            if (!comments.containsKey(key)) {
                return; // commented-out keys explain themselves in a trailing comment, checked below
            }
            for (String value : allowed) {
                if (!Pattern.compile("(?<![\\w-])" + Pattern.quote(value) + "(?![\\w-])")
                        .matcher(comments.get(key))
                        .find()) {
                    missing.add(key + ": " + value);
                }
            }
        });
        assertThat(missing).isEmpty();
        assertThat(comments.keySet())
                .as("every key below a section has its own comment")
                .containsAll(keyPaths(load(starter)).stream()
                        .filter(k -> k.contains(".") && !k.equals("protocol.name"))
                        .toList());
    }

    @Test
    void eachItemIsIntroducedWithItsRfc5406Section() {
        for (char item = 'a'; item <= 'i'; item++) {
            assertThat(starter).contains("RFC 5406 Section 8 item " + item + ")");
        }
    }

    @Test
    void commentedOutContextKeysListTheirValues() {
        String contextLines = starter.lines().filter(l -> l.startsWith("#  ")).collect(Collectors.joining("\n"));
        for (String value : List.of(
                "hosts",
                "servers",
                "routers",
                "firewalls",
                "embedded",
                "nat-devices",
                "mobile",
                "pairwise",
                "many-to-many",
                "none",
                "l2tp",
                "other")) {
            assertThat(contextLines).contains(value);
        }
    }

    @Test
    void parsesAndReportsExactlyTheOpenRequiredItems() {
        // algorithms.companion: true is filled in, so algorithms-unspecified (SPEC §4.5) stays quiet.
        List<Finding> findings = check(starter);

        assertThat(findings)
                .extracting(Finding::rule)
                .containsOnlyElementsOf(OPEN_ITEMS)
                .containsAll(OPEN_ITEMS)
                .doesNotContain("ike-variant");
        assertThat(findings).allMatch(f -> f.severity() == Severity.ERROR && !f.suppressed());
    }

    @Test
    void onceTheMethodIsIkeTheIkeVariantIsReportedToo() {
        String withIke = starter.replace("\n  method:\n", "\n  method: ike\n");
        assertThat(withIke).isNotEqualTo(starter);

        assertThat(check(withIke))
                .extracting(Finding::rule)
                .contains("ike-variant")
                .doesNotContain("key-management");
    }

    @Test
    void findingsPointAtTheEmptyKeys() {
        List<Finding> findings = check(starter);
        List<String> lines = starter.lines().toList();

        Finding initiator = findings.stream()
                .filter(f -> f.message().startsWith("selectors.initiator"))
                .findFirst()
                .orElseThrow();
        assertThat(lines.get(initiator.line() - 1).strip()).isEqualTo("initiator:");
    }

    @Test
    void theOptionalSectionsParseOnceUncommented() {
        ParsedDescriptor parsed = new DescriptorParser()
                .parse(uncommented(starter).getBytes(StandardCharsets.UTF_8), "src/main/ipsec/foo.yaml");

        assertThat(parsed.problems()).isEmpty();
        List<Finding> findings = new ProfileChecker(RuleSettings.defaults()).check(parsed.profile());
        assertThat(findings).extracting(Finding::rule).doesNotContain("suppression");
    }

    @Test
    void ipsecVersionTwoCanBeChosen() {
        assertThat(load(StarterDescriptor.text("foo", "Foo", 2)))
                .extracting(m -> ((Map<?, ?>) m.get("ipsec")).get("version"))
                .isEqualTo(2);
    }

    @Test
    void anyProtocolNameSurvivesQuoting() {
        // (U+2028 and the control characters are refused by the parser, so check reports them instead.)
        String name = "Foo: \"bar\" # not a comment \\ {x}, [y] {{id}} \u00e9\tend";
        ParsedDescriptor parsed = new DescriptorParser()
                .parse(StarterDescriptor.text("foo", name, 3).getBytes(StandardCharsets.UTF_8), "foo.yaml");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.profile().protocol().name()).isEqualTo(name);
        assertThat(parsed.profile().id()).isEqualTo("foo");
    }

    @Test
    void aMultiLineProtocolNameStaysOnOneCommentLine() {
        String text = StarterDescriptor.text("foo", "Foo\nid: evil", 3);

        assertThat(text.lines().filter(l -> l.startsWith("id:"))).containsExactly("id: foo");
    }

    @Test
    void refusesAnIdTheParserWouldRefuse() {
        assertThatThrownBy(() -> StarterDescriptor.text("Foo", "Foo", 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[a-z][a-z0-9-]{0,62}");
        assertThatThrownBy(() -> StarterDescriptor.text("../x", "Foo", 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StarterDescriptor.text("com1", "Foo", 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reserved device name");
    }

    @Test
    void refusesABlankProtocolAndAnUnknownVersion() {
        assertThatThrownBy(() -> StarterDescriptor.text("foo", " ", 3)).hasMessageContaining("protocol name");
        assertThatThrownBy(() -> StarterDescriptor.text("foo", "Foo", 4)).hasMessageContaining("write 3");
    }

    @Test
    void copiesNoSentenceOfRfc5406() {
        String comments = starter.lines()
                .map(String::strip)
                .filter(l -> l.startsWith("#"))
                .map(l -> l.replaceFirst("^#+", ""))
                .collect(Collectors.joining(" "))
                .replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);

        for (String sentence : NoCopiedRfc5406SentencesTest.sentencesOf(RfcText.of(5406))) {
            assertThat(comments).as("copied from RFC 5406").doesNotContain(sentence);
        }
    }

    // --- helpers ---

    private static List<Finding> check(String text) {
        ParsedDescriptor parsed =
                new DescriptorParser().parse(text.getBytes(StandardCharsets.UTF_8), "src/main/ipsec/foo.yaml");
        assertThat(parsed.problems()).as("descriptor problems").isEmpty();
        return new ProfileChecker(RuleSettings.defaults()).check(parsed.profile());
    }

    /** The text with each commented-out YAML line ({@code #} directly before the line) made live. */
    static String uncommented(String text) {
        return text.lines()
                .map(l -> l.startsWith("#") && !l.matches("# \\S.*") ? l.substring(1) : l)
                .collect(Collectors.joining("\n", "", "\n"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load(String text) {
        return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(text);
    }

    /** Dotted key paths of every mapping key; list entries that are mappings add {@code name[].key}. */
    private static Set<String> keyPaths(Map<String, Object> map) {
        Set<String> paths = new TreeSet<>();
        collect(map, "", paths);
        return paths;
    }

    @SuppressWarnings("unchecked")
    private static void collect(Map<String, Object> map, String prefix, Set<String> paths) {
        for (Map.Entry<String, Object> e : map.entrySet()) {
            String path = prefix + e.getKey();
            paths.add(path);
            if (e.getValue() instanceof Map<?, ?> child) {
                collect((Map<String, Object>) child, path + ".", paths);
            } else if (e.getValue() instanceof List<?> list) {
                for (Object item : list) {
                    if (item instanceof Map<?, ?> child) {
                        collect((Map<String, Object>) child, path + "[].", paths);
                    }
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> leafValues(Map<String, Object> map) {
        Map<String, Object> leaves = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : map.entrySet()) {
            if (e.getValue() instanceof Map<?, ?> child) {
                leafValues((Map<String, Object>) child).forEach((k, v) -> leaves.put(e.getKey() + "." + k, v));
            } else {
                leaves.put(e.getKey(), e.getValue());
            }
        }
        return leaves;
    }

    private static JsonNode schema() {
        try (InputStream in = DescriptorParser.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> schemaKeys() {
        Set<String> keys = new TreeSet<>();
        schemaKeys(schema(), "", keys);
        return keys;
    }

    private static void schemaKeys(JsonNode node, String prefix, Set<String> keys) {
        JsonNode properties = node.get("properties");
        if (properties == null) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String path = prefix + e.getKey();
            keys.add(path);
            schemaKeys(e.getValue(), path + ".", keys);
            if (e.getValue().has("items")) {
                schemaKeys(e.getValue().get("items"), path + "[].", keys);
            }
        }
    }

    /** For each key path with enumerated values in the schema, those values (null left out), as text. */
    private static Map<String, List<String>> allowedValues() {
        Map<String, List<String>> allowed = new LinkedHashMap<>();
        allowedValues(schema(), "", allowed);
        return allowed;
    }

    private static void allowedValues(JsonNode node, String prefix, Map<String, List<String>> allowed) {
        JsonNode properties = node.get("properties");
        if (properties == null) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String path = prefix + e.getKey();
            List<String> values = new ArrayList<>();
            enumValues(e.getValue(), values);
            JsonNode type = e.getValue().get("type");
            if (type != null && type.toString().contains("boolean")) {
                values.addAll(List.of("true", "false"));
            }
            if (!values.isEmpty()) {
                allowed.put(path, values);
            }
            allowedValues(e.getValue(), path + ".", allowed);
        }
    }

    private static void enumValues(JsonNode node, List<String> values) {
        if (node.has("enum")) {
            node.get("enum").forEach(v -> {
                if (!v.isNull()) {
                    values.add(v.asText());
                }
            });
        }
        if (node.has("items")) {
            enumValues(node.get("items"), values);
        }
        for (String alternative : List.of("oneOf", "anyOf")) {
            if (node.has(alternative)) {
                node.get(alternative).forEach(n -> enumValues(n, values));
            }
        }
    }

    /** For each active key, the explanation comment lines directly above it, joined. */
    private static Map<String, String> commentAbove(String text) {
        Map<String, String> comments = new LinkedHashMap<>();
        List<String> stack = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        Pattern key = Pattern.compile("^( *)([A-Za-z]+):.*");
        for (String line : text.lines().toList()) {
            String stripped = line.strip();
            if (stripped.startsWith("# ")) {
                pending.append(stripped.substring(2)).append(' ');
                continue;
            }
            Matcher m = key.matcher(line);
            if (m.matches()) {
                int depth = m.group(1).length() / 2;
                while (stack.size() > depth) {
                    stack.remove(stack.size() - 1);
                }
                stack.add(m.group(2));
                if (pending.length() > 0) {
                    comments.put(String.join(".", stack), pending.toString());
                }
            }
            pending.setLength(0);
        }
        return comments;
    }
}
