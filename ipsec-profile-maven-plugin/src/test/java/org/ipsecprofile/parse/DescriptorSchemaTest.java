package org.ipsecprofile.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.ipsecprofile.model.Transform;
import org.ipsecprofile.model.TransformType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * The shipped JSON Schema and the parser accept the same descriptors: the schema is valid draft
 * 2020-12, and for every descriptor that YAML can load as plain data, the schema accepts it exactly
 * when the parser reports no problems.
 */
class DescriptorSchemaTest {

    private static final String SCHEMA_RESOURCE = "/org/ipsecprofile/schema/ipsec-profile-1.schema.json";

    /**
     * Files whose problem lies below the data model the schema sees, so there is nothing to compare:
     * YAML syntax errors, more than one document, tags, anchors and aliases, non-scalar keys,
     * duplicate keys (a YAML loader keeps one value and the duplicate is gone). Bad encodings,
     * oversize files, bombs and deep nesting are generated in {@link HostileInputTest} and are of the
     * same kind.
     */
    private static final Set<String> SYNTAX_LEVEL = Set.of(
            "syntax-unclosed-flow.yaml",
            "syntax-colon-in-plain-value.yaml",
            "syntax-bad-indentation.yaml",
            "two-documents.yaml",
            "custom-tag.yaml",
            "java-tag.yaml",
            "anchor-and-alias.yaml",
            "complex-key.yaml",
            "duplicate-key.yaml",
            "duplicate-nested-keys.yaml",
            "syntax-unclosed-double-quote.yaml",
            "syntax-unclosed-single-quote.yaml",
            "syntax-tab-indentation.yaml",
            "syntax-unknown-escape.yaml",
            "syntax-unclosed-flow-sequence.yaml",
            "syntax-stray-closing-bracket.yaml",
            "syntax-list-item-beside-keys.yaml",
            "syntax-reserved-indicator.yaml",
            "syntax-block-scalar-bad-indicator.yaml",
            "syntax-content-after-document-end.yaml",
            "syntax-anchor-without-name.yaml",
            "syntax-yaml-version-2.yaml",
            "utf8-bom-with-syntax-error.yaml",
            "crlf-with-syntax-error.yaml",
            "tag-script-engine-gadget.yaml",
            "tag-verbatim-java-class.yaml",
            "tag-on-top-level-mapping.yaml",
            "tag-mismatched-core-tag.yaml",
            "alias-bomb.yaml",
            "deep-nesting-10000.yaml",
            "deep-nesting-unclosed.yaml",
            // bytes that are not UTF-8 text: the YAML loader of this test decodes UTF-16 and UTF-32 itself
            "nul-byte.yaml",
            "latin1.yaml",
            "truncated-utf8-sequence.yaml",
            "utf16le-bom.yaml",
            "utf16be-no-bom.yaml",
            "utf32le-bom.yaml");

    /**
     * Files the schema accepts and the parser refuses, because JSON Schema cannot say it: a port
     * range "N-M" needs N not greater than M; and in JSON's data model 2.0 is the number 2, so
     * {@code "type": "integer"} accepts it, while YAML resolves {@code 2.0} as a float, which the
     * parser refuses where SPEC §3 wants an integer.
     */
    private static final Set<String> SCHEMA_CANNOT_EXPRESS = Set.of(
            "ports-range-reversed.yaml",
            "float-for-integer.yaml",
            "algorithms-key-exchange-float.yaml",
            // characters no output can carry (UnsafeCharacters): refused in every text value, which
            // a pattern on each string of the schema could say, at the cost of every editor message
            "escaped-control-character.yaml",
            "escaped-nul.yaml",
            "c1-next-line.yaml",
            "bidi-override-raw.yaml",
            "line-separator.yaml",
            "escaped-lone-surrogate.yaml");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final JsonSchema SCHEMA = FACTORY.getSchema(readSchema());

    private final DescriptorParser parser = new DescriptorParser();

    private static JsonNode readSchema() {
        try (InputStream in = DescriptorParser.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The file as a YAML 1.2 core-schema loader sees it, in Jackson's model. */
    private static JsonNode loadAsJson(Path file) throws IOException {
        Load load = new Load(LoadSettings.builder().setSchema(new CoreSchema()).build());
        try (InputStream in = Files.newInputStream(file)) {
            Object data = load.loadFromInputStream(in);
            return data == null ? NullNode.getInstance() : JSON.valueToTree(data);
        }
    }

    private boolean schemaAccepts(JsonNode descriptor) {
        return SCHEMA.validate(descriptor).isEmpty();
    }

    private boolean parserAccepts(byte[] content) {
        return parser.parse(content, "agreement.yaml").problems().isEmpty();
    }

    @Test
    void schemaIsValidDraft202012() {
        JsonSchema metaSchema = FACTORY.getSchema(SchemaLocation.of(SchemaId.V202012));

        Set<ValidationMessage> messages = metaSchema.validate(readSchema());

        assertThat(messages).isEmpty();
        assertThat(readSchema().get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    @Test
    void schemaIsShippedInTheJarBesideTheParser() {
        assertThat(DescriptorParser.class.getResource(SCHEMA_RESOURCE)).isNotNull();
    }

    @Test
    void everyPropertyHasATitleAndADescription() {
        List<String> missing = new ArrayList<>();
        collectUndocumented(readSchema(), "", missing);

        assertThat(missing).isEmpty();
    }

    private static void collectUndocumented(JsonNode schema, String path, List<String> missing) {
        JsonNode properties = schema.path("properties");
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            String propertyPath = path.isEmpty() ? property.getKey() : path + "." + property.getKey();
            if (!property.getValue().hasNonNull("title") || !property.getValue().hasNonNull("description")) {
                missing.add(propertyPath);
            }
            collectUndocumented(property.getValue(), propertyPath, missing);
        }
        if (schema.has("items")) {
            collectUndocumented(schema.get("items"), path + "[]", missing);
        }
    }

    static Stream<Path> dataLevelCorpus() {
        return Stream.of("valid", "algorithms", "invalid")
                .flatMap(folder -> Corpus.files(folder).stream())
                .filter(file -> !SYNTAX_LEVEL.contains(file.getFileName().toString()))
                .filter(file ->
                        !SCHEMA_CANNOT_EXPRESS.contains(file.getFileName().toString()));
    }

    @ParameterizedTest
    @MethodSource("dataLevelCorpus")
    void schemaAcceptsACorpusFileExactlyWhenTheParserDoes(Path file) throws IOException {
        boolean parserAccepts = parserAccepts(Files.readAllBytes(file));
        JsonNode data = loadAsJson(file);

        assertThat(schemaAccepts(data))
                .as("schema accepts %s: %s", file.getFileName(), SCHEMA.validate(data))
                .isEqualTo(parserAccepts);
        assertThat(parserAccepts)
                .isEqualTo(!file.getParent().getFileName().toString().equals("invalid"));
    }

    static Stream<String> schemaCannotExpress() {
        return SCHEMA_CANNOT_EXPRESS.stream();
    }

    @ParameterizedTest
    @MethodSource("schemaCannotExpress")
    void onlyTheParserRefusesWhatJsonSchemaCannotExpress(String name) throws IOException {
        Path file = Corpus.invalid(name);

        assertThat(schemaAccepts(loadAsJson(file))).isTrue();
        assertThat(parserAccepts(Files.readAllBytes(file))).isFalse();
    }

    /**
     * Values to put in place of each key's value, in turn, to probe both sides. No integral float
     * such as 2.0: see {@link #SCHEMA_CANNOT_EXPRESS}.
     */
    private static List<JsonNode> probes() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ArrayNode emptyList = f.arrayNode();
        ArrayNode nullItem = f.arrayNode().add(f.nullNode());
        ArrayNode keywordItem = f.arrayNode().add("esp");
        ArrayNode portItem = f.arrayNode().add(179).add("5060-5061");
        ArrayNode portWithNewline = f.arrayNode().add("5060-5061\n");
        ObjectNode suppression = f.objectNode().put("rule", "multicast");
        ArrayNode nameTwice = f.arrayNode().add("ENCR_AES_CBC").add("ENCR_AES_CBC");
        ArrayNode numberTwice = f.arrayNode().add(14).add(14);
        return List.of(
                f.textNode("ENCR_AES_CBC"),
                f.textNode("ENCR_AES_GCM_16"),
                f.textNode("PRF_HMAC_SHA2_256"),
                f.textNode("AUTH_HMAC_SHA2_256_128"),
                f.textNode("AUTH_NONE"),
                f.textNode("encr_aes_cbc"),
                f.textNode("ENCR_AES_CBC\n"),
                f.textNode("14"),
                f.numberNode(14),
                f.arrayNode().add("AUTH_NONE"),
                f.arrayNode().add(19),
                nameTwice,
                numberTwice,
                f.nullNode(),
                f.booleanNode(true),
                f.booleanNode(false),
                f.textNode("yes"),
                f.textNode("text"),
                f.textNode(""),
                f.textNode(" "),
                f.numberNode(0),
                f.numberNode(2),
                f.numberNode(3),
                f.numberNode(255),
                f.numberNode(256),
                f.numberNode(-1),
                f.numberNode(65535),
                f.numberNode(65536),
                f.numberNode(1.5),
                f.textNode("2"),
                f.textNode("any"),
                f.textNode("tcp"),
                f.textNode("esp"),
                f.textNode("ikev1"),
                f.textNode("required"),
                f.textNode("5060-5061"),
                f.textNode("70000-70001"),
                f.textNode("ipsec-profile/1"),
                f.textNode("RFC4271"),
                f.textNode("draft-ietf-x-y-00"),
                f.textNode("con"),
                f.textNode("Bad"),
                f.textNode("bgp\n"),
                f.textNode("RFC4271\n"),
                f.textNode("esp\n"),
                emptyList,
                nullItem,
                keywordItem,
                portItem,
                portWithNewline,
                f.arrayNode().add(suppression),
                f.objectNode(),
                suppression);
    }

    /**
     * Starting from the descriptor that uses every key, replace each key's value (and each list's
     * first item) by each probe, remove each key, and add an unknown key beside it; JSON text is
     * YAML 1.2, so the parser reads the same data the schema validates.
     */
    @Test
    void schemaAndParserAgreeOnEverySingleChangeToTheFullExample() throws IOException {
        List<String> disagreements = new ArrayList<>();
        int compared = compareSingleChanges(loadAsJson(Corpus.valid("full.yaml")), disagreements);

        assertThat(compared).isGreaterThan(2000);
        assertThat(disagreements).isEmpty();
    }

    /** The same for a descriptor that uses every key under {@code algorithms}. */
    @Test
    void schemaAndParserAgreeOnEverySingleChangeToTheAlgorithmsExample() throws IOException {
        List<String> disagreements = new ArrayList<>();
        int compared = compareSingleChanges(loadAsJson(Corpus.algorithms("every-list.yaml")), disagreements);

        assertThat(compared).isGreaterThan(1000);
        assertThat(disagreements).isEmpty();
    }

    /** Compares schema and parser on every single change to {@code full}; returns how many were compared. */
    private int compareSingleChanges(JsonNode full, List<String> disagreements) throws IOException {
        List<List<Object>> paths = DescriptorPaths.of(full);
        int compared = 0;
        for (List<Object> path : paths) {
            List<JsonNode> variants = new ArrayList<>();
            for (JsonNode probe : probes()) {
                variants.add(DescriptorPaths.withValue(full, path, probe));
            }
            if (path.get(path.size() - 1) instanceof String) {
                variants.add(DescriptorPaths.withValue(full, path, null));
                List<Object> sibling = new ArrayList<>(path.subList(0, path.size() - 1));
                sibling.add("unexpected");
                variants.add(DescriptorPaths.withValue(full, sibling, JsonNodeFactory.instance.textNode("x")));
            }
            for (JsonNode variant : variants) {
                compared++;
                boolean schema = schemaAccepts(variant);
                boolean parsed = parserAccepts(JSON.writeValueAsString(variant).getBytes(StandardCharsets.UTF_8));
                if (schema != parsed) {
                    disagreements.add(path + ": schema " + schema + ", parser " + parsed + " for "
                            + variant.at(DescriptorPaths.pointer(path)));
                }
            }
        }
        return compared;
    }

    static Stream<Arguments> transformLists() {
        return Stream.of(
                Arguments.of("/properties/algorithms/properties/esp/properties/encryption", TransformType.ENCRYPTION),
                Arguments.of("/properties/algorithms/properties/esp/properties/integrity", TransformType.INTEGRITY),
                Arguments.of("/properties/algorithms/properties/ah/properties/integrity", TransformType.INTEGRITY),
                Arguments.of("/properties/algorithms/properties/ike/properties/encryption", TransformType.ENCRYPTION),
                Arguments.of("/properties/algorithms/properties/ike/properties/prf", TransformType.PRF),
                Arguments.of("/properties/algorithms/properties/ike/properties/integrity", TransformType.INTEGRITY));
    }

    /** An editor completes, in each list, exactly the names of SPEC §3.1 of the list's kind. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("transformLists")
    void eachAlgorithmListOffersExactlyTheNamesOfItsKind(String pointer, TransformType kind) {
        JsonNode list = readSchema().at(pointer);
        List<String> offered = new ArrayList<>();
        list.at("/items/enum").forEach(name -> offered.add(name.asText()));

        assertThat(offered)
                .containsExactlyElementsOf(Arrays.stream(Transform.values())
                        .filter(t -> t.type() == kind)
                        .map(Transform::name)
                        .toList());
        assertThat(list.path("uniqueItems").asBoolean()).isTrue();
    }

    @Test
    void keyExchangeNumbersRunFrom1To65535AndAppearOnce() {
        JsonNode keyExchange = readSchema().at("/properties/algorithms/properties/ike/properties/keyExchange");

        assertThat(keyExchange.at("/items/type").asText()).isEqualTo("integer");
        assertThat(keyExchange.at("/items/minimum").asInt()).isEqualTo(1);
        assertThat(keyExchange.at("/items/maximum").asInt()).isEqualTo(AlgorithmsReader.MAX_KEY_EXCHANGE);
        assertThat(keyExchange.path("uniqueItems").asBoolean()).isTrue();
    }
}
