package org.ipsecprofile.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.ipsecprofile.check.ProfileChecker;
import org.ipsecprofile.check.RuleSettings;
import org.ipsecprofile.model.Profile;
import org.ipsecprofile.output.OutputFile;
import org.ipsecprofile.parse.DescriptorParser;
import org.ipsecprofile.parse.ParsedDescriptor;
import org.ipsecprofile.render.refs.ReferenceLibrary;
import org.ipsecprofile.validation.DraftSkeleton;
import org.ipsecprofile.validation.KramdownDraft;
import org.ipsecprofile.validation.KramdownRfc;
import org.ipsecprofile.validation.Xml2rfcGrammar;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;

/**
 * Descriptor text that means something to XML, kramdown or an XML comment comes out as the same
 * literal text in every format, and the outputs still validate: v3 grammar with Jing, and
 * kramdown-rfc conversion offline without a warning. Each text key of the descriptor carries one
 * payload; the test reads each output back (XML text content, kramdown-rfc's XML, the filled text)
 * and finds every payload there, character for character.
 */
class DescriptorTextInjectionTest {

    /** Key path in the descriptor to its hostile text; each must come out literally. */
    static final Map<String, String> PAYLOADS = new LinkedHashMap<>();

    static {
        PAYLOADS.put("protocol.name", "C# <b>&amp;</b> {::comment} *x* `y` |z| ]]> {#id}");
        PAYLOADS.put("title", "A <i>title</i> &amp; {#other} *x* [l](u) ]]> {{RFC9999}}");
        PAYLOADS.put("selectors.initiator", "<!-- an open XML comment, and <?pi?> <![CDATA[x");
        PAYLOADS.put("selectors.local", "--> a closed comment ]]> and -- dashes --- and ... dots");
        PAYLOADS.put("selectors.remote", "{::include /etc/passwd} {::comment}hidden{:/comment} {::nomarkdown}<x/>{:/}");
        PAYLOADS.put("keyManagement.notes", "# not a heading");
        PAYLOADS.put("identification.notes", "- not a list item, *stars*, **strong**, _under_ __lines__");
        PAYLOADS.put("authentication.notes", "1. not an ordered list; `tick` ``double tick`` $$x^2$$");
        PAYLOADS.put(
                "authentication.certificates.identityBinding", "<xref target=\"RFC9999\"/> &lt;b&gt; &#65; &nbsp;");
        PAYLOADS.put("authorization.policy", "> not a quote | a | b | {{RFC9999}} {{!RFC1234}} {{?RFC1}}");
        PAYLOADS.put(
                "userSwitching.when", ": not a definition [link](https://example.com) ![i](x.png) <https://e.com>");
        PAYLOADS.put("availability.assessment", "+ plus {: .class #anchor} \\backslash \\{ \\* 'single' \"double\"");
        PAYLOADS.put("availability.targets[0]", "~~~ a fence");
        PAYLOADS.put("availability.targets[1]", "``` another fence");
        PAYLOADS.put("securityConsiderations.additional[0]", "=== a setext underline? <script>alert(1)</script>");
        PAYLOADS.put(
                "securityConsiderations.additional[1]", "    indented, not code; ^[footnote] *[HTML]: abbreviation");
        PAYLOADS.put("selectors.notes", "{:/} ends nothing; <!--> -- and --!> and &#x0; and &#xD800;");
    }

    private static SortedMap<String, String> outputs;

    /** A YAML double-quoted scalar holding {@code text} exactly. */
    private static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    static String descriptor() {
        Map<String, String> p = PAYLOADS;
        return "schema: ipsec-profile/1\nid: injection\n"
                + "protocol: {name: " + quoted(p.get("protocol.name")) + "}\n"
                + "title: " + quoted(p.get("title")) + "\n"
                + "ipsec: {version: 3}\n"
                + "selectors:\n"
                + "  initiator: " + quoted(p.get("selectors.initiator")) + "\n"
                + "  local: " + quoted(p.get("selectors.local")) + "\n"
                + "  remote: " + quoted(p.get("selectors.remote")) + "\n"
                + "  transport: tcp\n  ports: [179]\n"
                + "  notes: " + quoted(p.get("selectors.notes")) + "\n"
                + "protection: {protocols: [esp], mode: transport, confidentiality: required}\n"
                + "keyManagement: {method: ike, notes: " + quoted(p.get("keyManagement.notes")) + "}\n"
                + "ike: {version: ikev2}\n"
                + "identification: {types: [dns-name], notes: " + quoted(p.get("identification.notes")) + "}\n"
                + "userSwitching: {applies: true, newSaPerUser: true, when: " + quoted(p.get("userSwitching.when"))
                + "}\n"
                + "authentication:\n  methods: [certificates]\n"
                + "  notes: " + quoted(p.get("authentication.notes")) + "\n"
                + "  certificates: {issuance: locally-issued, identityBinding: "
                + quoted(p.get("authentication.certificates.identityBinding")) + "}\n"
                + "authorization: {policy: " + quoted(p.get("authorization.policy")) + "}\n"
                + "availability:\n  status: available\n"
                + "  assessment: " + quoted(p.get("availability.assessment")) + "\n"
                + "  targets: [" + quoted(p.get("availability.targets[0]")) + ", "
                + quoted(p.get("availability.targets[1]")) + "]\n"
                + "securityConsiderations:\n  additional:\n"
                + "    - " + quoted(p.get("securityConsiderations.additional[0]")) + "\n"
                + "    - " + quoted(p.get("securityConsiderations.additional[1]")) + "\n";
    }

    @BeforeAll
    static void render() throws Exception {
        ParsedDescriptor parsed = new DescriptorParser()
                .parse(descriptor().getBytes(StandardCharsets.UTF_8), "src/main/ipsec/in--jection-<&>-.yaml");
        assertThat(parsed.problems()).isEmpty();
        Profile profile = parsed.profile();
        outputs = new FragmentRenderer(new TemplateEngine(null), ReferenceLibrary.standard())
                .render(new RenderRequest(
                        List.of(profile),
                        new ProfileChecker(RuleSettings.defaults()).check(profile),
                        EnumSet.allOf(Format.class),
                        1));
    }

    private static String normalized(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static String xmlText(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder()
                .parse(new InputSource(new StringReader(xml)))
                .getDocumentElement()
                .getTextContent();
    }

    @Test
    void everyPayloadComesOutLiterallyInTheXmlAndTheXmlValidates() throws Exception {
        String profile = outputs.get("xml2rfc/ipsec-profile-injection.xml");
        String security = outputs.get("xml2rfc/security-considerations.xml");
        String text = normalized(xmlText(profile) + " " + xmlText(security));

        PAYLOADS.forEach((key, payload) -> assertThat(text).as(key).contains(normalized(payload)));
        assertThat(profile)
                .doesNotContain("<xref target=\"RFC9999\"")
                .doesNotContain("<b>")
                .doesNotContain("<script");

        String draft = DraftSkeleton.draft()
                .section(profile)
                .section(security)
                .references(outputs.get("xml2rfc/references-normative.xml"))
                .references(outputs.get("xml2rfc/references-informative.xml"))
                .toXml();
        assertThat(Xml2rfcGrammar.validate(draft)).as(draft).isEmpty();
        assertThat(DraftSkeleton.danglingXrefs(draft)).isEmpty();
    }

    @Test
    void theFileNameInTheXmlCommentCannotEndTheComment() throws Exception {
        String profile = outputs.get("xml2rfc/ipsec-profile-injection.xml");
        int start = profile.indexOf("<!--");
        int end = profile.indexOf("-->", start);

        assertThat(profile.substring(start + 4, end)).doesNotContain("--").contains("in-jection-");
        xmlText(profile);
    }

    @Test
    void everyPayloadComesOutLiterallyInTheText() {
        String text = normalized(outputs.get("text/ipsec-profile-injection.txt") + " "
                + outputs.get("text/security-considerations.txt"));

        PAYLOADS.forEach((key, payload) -> assertThat(text).as(key).contains(normalized(payload)));
    }

    @Test
    void everyPayloadSurvivesKramdownRfcLiterallyWithoutAWarning(@TempDir Path work) throws Exception {
        KramdownRfc.assumeAvailable();
        Path generated = work.resolve("generated");
        OutputFile.writeAll(generated, outputs);
        Path draft = work.resolve("draft-injection.md");
        Files.writeString(
                draft,
                KramdownDraft.markdown(
                        outputs.get("markdown/references.yaml"),
                        List.of(
                                "generated/markdown/ipsec-profile-injection.md",
                                "generated/markdown/security-considerations.md")),
                StandardCharsets.UTF_8);

        KramdownRfc.Result result = KramdownRfc.convert(draft, work);

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.warnings()).as(result.stderr()).isEmpty();
        String xml = result.xml();
        assertThat(xml)
                .doesNotContain("root:")
                .doesNotContain("<xref target=\"RFC9999\"")
                .doesNotContain("<script")
                .doesNotContain("<b>");
        String text = normalized(xmlText(xml.replaceFirst("(?s)<!DOCTYPE.*?]>", "")));
        PAYLOADS.forEach(
                (key, payload) -> assertThat(text).as(key + " in\n" + xml).contains(normalized(payload)));
        assertThat(xml).contains("anchor=\"ipsec-profile-injection\"");
    }
}
