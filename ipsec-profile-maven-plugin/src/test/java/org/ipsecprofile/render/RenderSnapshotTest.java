package org.ipsecprofile.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.ipsecprofile.check.Finding;
import org.ipsecprofile.check.ProfileChecker;
import org.ipsecprofile.check.RuleSettings;
import org.ipsecprofile.model.Profile;
import org.ipsecprofile.parse.DescriptorParser;
import org.ipsecprofile.parse.DescriptorPaths;
import org.ipsecprofile.parse.ParsedDescriptor;
import org.ipsecprofile.render.refs.ReferenceLibrary;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Every rendered output of a wide corpus, pinned by its SHA-256: the valid test descriptors one by
 * one and all together (several profiles in one draft), and every single change to the BGP and
 * full examples that the parser accepts (each key's value replaced by each descriptor keyword,
 * boolean and version in turn, each key removed). This holds the generated text byte for byte
 * while its wording moves between Java and templates; the BGP golden files show the text itself.
 *
 * <p>An intended change of the generated text updates the pins in a commit of its own that says
 * why: run this test with {@code -Dipsecprofile.updateRenderSnapshot=true} (it rewrites
 * {@value #SNAPSHOT} in the source tree and fails, so the run is never mistaken for a pass). To
 * see what changed, {@code -Dipsecprofile.renderSnapshotDump=DIR} writes every case's outputs
 * below {@code DIR} (one folder per case); dump before and after a change and compare the folders.
 */
class RenderSnapshotTest {

    static final String SNAPSHOT = "src/test/resources/render-snapshot.sha256";

    /** Values every key is set to in turn: the descriptor's keywords, booleans, versions and lists of them. */
    private static final List<Object> PROBES = List.of(
            true,
            false,
            2,
            3,
            17,
            "any",
            "tcp",
            "udp",
            "sctp",
            "icmp",
            "esp",
            "ah",
            "transport",
            "tunnel",
            "required",
            "optional",
            "none",
            "not-needed",
            "ike",
            "kink",
            "manual",
            "ikev1",
            "ikev2",
            "main",
            "aggressive",
            "certificates",
            "pre-shared-secret",
            "eap",
            "kerberos",
            "locally-issued",
            "existing-pki",
            "global-pki",
            "available",
            "partial",
            "unknown",
            "unavailable",
            "ip-address",
            "dns-name",
            "user-fqdn",
            "x500-dn",
            "hosts",
            "servers",
            "routers",
            "firewalls",
            "embedded",
            "nat-devices",
            "mobile",
            "pairwise",
            "many-to-many",
            "l2tp",
            "other",
            "RFC4271",
            "draft-ietf-x-y-00",
            "Some text.\n\nA second paragraph",
            List.of(),
            List.of("esp", "ah"),
            List.of("ah", "esp"),
            List.of("main", "aggressive"),
            List.of("certificates", "pre-shared-secret", "eap", "kerberos"),
            List.of("ip-address", "dns-name", "user-fqdn", "x500-dn"),
            List.of("hosts", "servers", "mobile"),
            List.of(500, "1000-2000"),
            List.of("Product A", "Product B"));

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyRenderedOutputOfTheCorpusIsUnchanged() throws Exception {
        SortedMap<String, String> actual = hashes();
        Path file = Path.of(SNAPSHOT);
        if (Boolean.getBoolean("ipsecprofile.updateRenderSnapshot")) {
            StringBuilder text = new StringBuilder();
            actual.forEach(
                    (name, hash) -> text.append(hash).append("  ").append(name).append('\n'));
            Files.writeString(file, text, StandardCharsets.UTF_8);
            throw new AssertionError("rewrote " + file.toAbsolutePath() + " with " + actual.size()
                    + " cases; run again without -Dipsecprofile.updateRenderSnapshot");
        }
        SortedMap<String, String> expected = new TreeMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            expected.put(line.substring(line.indexOf("  ") + 2), line.substring(0, line.indexOf("  ")));
        }
        List<String> differences = new ArrayList<>();
        for (String name : expected.keySet()) {
            if (!expected.get(name).equals(actual.get(name))) {
                differences.add(actual.containsKey(name) ? "changed: " + name : "no longer rendered: " + name);
            }
        }
        actual.keySet().stream()
                .filter(name -> !expected.containsKey(name))
                .forEach(name -> differences.add("newly rendered: " + name));

        assertThat(actual.size()).as("cases rendered").isGreaterThan(1000);
        assertThat(differences)
                .as("%d of %d cases differ", differences.size(), expected.size())
                .isEmpty();
    }

    /** Each case's name and the hash of all its outputs, paths included. */
    static SortedMap<String, String> hashes() throws Exception {
        FragmentRenderer renderer = new FragmentRenderer(new TemplateEngine(null), ReferenceLibrary.standard());
        SortedMap<String, String> hashes = new TreeMap<>();
        List<Profile> all = new ArrayList<>();
        for (Path file : validDescriptors()) {
            byte[] bytes = Files.readAllBytes(file);
            Profile profile = parse(bytes, file.getFileName().toString());
            all.add(profile);
            String name = file.getFileName().toString();
            hashes.put(name, hash(name, renderer, List.of(profile)));
        }
        hashes.put("all valid descriptors together", hash("all valid descriptors together", renderer, all));
        for (String base : List.of("bgp.yaml", "full.yaml")) {
            JsonNode root = loadAsJson(validDirectory().resolve(base));
            for (Map.Entry<String, JsonNode> variant : variants(root).entrySet()) {
                byte[] bytes = JSON.writeValueAsBytes(variant.getValue());
                Profile profile = parse(bytes, base);
                if (profile != null) {
                    String name = base + " " + variant.getKey();
                    hashes.put(name, hash(name, renderer, List.of(profile)));
                }
            }
        }
        return hashes;
    }

    private static Profile parse(byte[] bytes, String name) {
        ParsedDescriptor parsed = new DescriptorParser().parse(bytes, "src/main/ipsec/" + name);
        return parsed.problems().isEmpty() ? parsed.profile() : null;
    }

    private static void dump(String caseName, SortedMap<String, String> outputs) throws IOException {
        String dump = System.getProperty("ipsecprofile.renderSnapshotDump");
        if (dump == null || dump.isBlank()) {
            return;
        }
        Path folder = Path.of(dump, caseName.replaceAll("[^A-Za-z0-9._=-]+", "_"));
        for (Map.Entry<String, String> output : outputs.entrySet()) {
            Path file = folder.resolve(output.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, output.getValue(), StandardCharsets.UTF_8);
        }
    }

    private static String hash(String caseName, FragmentRenderer renderer, List<Profile> profiles) throws Exception {
        ProfileChecker checker = new ProfileChecker(RuleSettings.defaults());
        List<Finding> findings = new ArrayList<>();
        for (Profile profile : profiles) {
            findings.addAll(checker.check(profile));
        }
        SortedMap<String, String> outputs =
                renderer.render(new RenderRequest(profiles, findings, EnumSet.allOf(Format.class), 1));
        dump(caseName, outputs);
        MessageDigest digest = sha256();
        outputs.forEach((path, content) -> {
            digest.update(path.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(content.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        });
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Each single change of {@code root}: every key set to every probe, and removed. */
    private static Map<String, JsonNode> variants(JsonNode root) {
        List<List<Object>> paths = DescriptorPaths.of(root);
        Map<String, JsonNode> variants = new LinkedHashMap<>();
        for (List<Object> path : paths) {
            for (Object probe : PROBES) {
                variants.put(
                        DescriptorPaths.pointer(path) + " = " + probe.toString().replace("\n", "\\n"),
                        DescriptorPaths.withValue(root, path, JSON.valueToTree(probe)));
            }
            if (path.get(path.size() - 1) instanceof String) {
                variants.put(DescriptorPaths.pointer(path) + " removed", DescriptorPaths.withValue(root, path, null));
            }
        }
        return variants;
    }

    private static JsonNode loadAsJson(Path file) throws IOException {
        Load load = new Load(LoadSettings.builder().setSchema(new CoreSchema()).build());
        try (InputStream in = Files.newInputStream(file)) {
            return JSON.valueToTree(load.loadFromInputStream(in));
        }
    }

    private static Path validDirectory() throws URISyntaxException {
        return Path.of(
                RenderSnapshotTest.class.getResource("/descriptors/valid").toURI());
    }

    private static List<Path> validDescriptors() throws URISyntaxException {
        try (Stream<Path> files = Files.list(validDirectory())) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
