package org.ipsecprofile.report;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ipsecprofile.check.Finding;
import org.ipsecprofile.check.Severity;
import org.ipsecprofile.check.rules.CatalogueEntry;
import org.ipsecprofile.check.rules.RuleRegistry;
import org.ipsecprofile.project.CheckResult;

/**
 * Renders a check result as {@code findings.sarif}: a SARIF 2.1.0 log with one run, whose tool
 * lists every rule of the catalogue and whose results are the findings, suppressed ones carrying
 * an in-source suppression with its justification (SPEC §6). The properties GitHub code scanning
 * reads are all present; {@code partialFingerprints} are left to the uploader, which computes
 * them from the files. Output is deterministic: LF, catalogue and report order, no timestamps,
 * no absolute paths.
 */
public final class FindingsSarif {

    public static final String SCHEMA_URI =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    public static final String TOOL_NAME = "ipsec-profile-maven-plugin";
    /**
     * The {@code uriBaseId} of every location: the root the URIs are relative to, by default the
     * repository's ({@link SarifRoot}).
     */
    public static final String SOURCE_ROOT = "%SRCROOT%";

    /** Words of rule ids that titles spell in capitals. */
    private static final Map<String, String> ACRONYMS = Map.of(
            "ah", "AH", "esp", "ESP", "nat", "NAT", "ike", "IKE", "pki", "PKI", "eap", "EAP", "ikev2", "IKEv2", "sctp",
            "SCTP", "ipsec", "IPsec", "api", "API");

    private FindingsSarif() {}

    /**
     * @param result      the check result
     * @param toolVersion the plugin version for {@code tool.driver.version}; omitted when null
     * @param lines       the files' lines, to end each region at the end of its line's text
     */
    public static byte[] render(CheckResult result, String toolVersion, SourceLines lines) {
        return render(result, toolVersion, lines, "");
    }

    /**
     * As {@link #render(CheckResult, String, SourceLines)}, with every location's URI relative to
     * a root that is not the project's folder.
     *
     * @param projectPath the project's folder seen from that root, with a final {@code /}
     *                    ({@link SarifRoot#projectPathIn}); empty when the root is the project's folder
     */
    public static byte[] render(CheckResult result, String toolVersion, SourceLines lines, String projectPath) {
        List<CatalogueEntry> catalogue = RuleRegistry.catalogue();
        JsonText json = new JsonText();
        json.raw("{\n  ")
                .field("$schema")
                .string(SCHEMA_URI)
                .raw(",\n  ")
                .field("version")
                .string("2.1.0")
                .raw(",\n  ")
                .field("runs")
                .raw("[\n    {\n      ")
                .field("tool")
                .raw("{\n        ")
                .field("driver")
                .raw("{\n          ")
                .field("name")
                .string(TOOL_NAME);
        if (toolVersion != null && !toolVersion.isBlank()) {
            json.raw(",\n          ").field("version").string(toolVersion);
        }
        json.raw(",\n          ").field("rules");
        byte[] head = json.toString().getBytes(StandardCharsets.UTF_8);
        json = new JsonText();
        json.raw("\n        }\n      },\n      ")
                .field("columnKind")
                .string("unicodeCodePoints")
                .raw(",\n      ")
                .field("results")
                .raw("[");
        List<Finding> findings = result.findings();
        for (int i = 0; i < findings.size(); i++) {
            json.raw(i == 0 ? "\n        " : ",\n        ");
            result(json, findings.get(i), catalogue, lines, projectPath);
        }
        json.raw(findings.isEmpty() ? "]" : "\n      ]").raw("\n    }\n  ]\n}\n");
        byte[] tail = json.toString().getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[head.length + RulesArray.UTF_8.length + tail.length];
        System.arraycopy(head, 0, file, 0, head.length);
        System.arraycopy(RulesArray.UTF_8, 0, file, head.length, RulesArray.UTF_8.length);
        System.arraycopy(tail, 0, file, head.length + RulesArray.UTF_8.length, tail.length);
        return file;
    }

    /** SARIF's level for a severity: {@code error}, {@code warning}, or {@code note} for info. */
    public static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** A rule's short title: its id in words, with its citation ("Port selectors (RFC 5406 Section 6)"). */
    public static String shortDescription(CatalogueEntry entry) {
        StringBuilder title = new StringBuilder();
        for (String word : entry.id().split("-")) {
            String spelled = ACRONYMS.getOrDefault(word, word);
            title.append(
                    title.length() == 0
                            ? spelled.substring(0, 1).toUpperCase(Locale.ROOT) + spelled.substring(1)
                            : " " + spelled);
        }
        String citation = entry.citation();
        return citation.isEmpty() ? title.toString() : title + " (" + citation + ")";
    }

    /** What a rule checks, where it comes from, and how a project can configure it. */
    public static String help(CatalogueEntry entry) {
        String citation = entry.citation();
        StringBuilder help = new StringBuilder(fullDescription(entry))
                .append(' ')
                .append(
                        citation.isEmpty()
                                ? "This is a check of the plugin itself, not an item of RFC 5406."
                                : "Source: " + citation + ".");
        help.append(" Severity: ").append(entry.severity()).append('.');
        if (entry.requiredItem()) {
            help.append(" A required item of RFC 5406 Section 8: it cannot be suppressed or re-graded.");
        } else if (entry.suppressible()) {
            help.append(" A profile may suppress it with suppress: [{rule: ")
                    .append(entry.id())
                    .append(", justification: ...}], and ruleSeverities may change its severity or turn it off.");
        } else {
            help.append(" It cannot be suppressed.");
        }
        return help.toString();
    }

    /**
     * The {@code rules} array, the same for every run of one plugin version (the catalogue and its
     * default severities), so it is written once per JVM: a reactor of many drafts writes it for
     * each module.
     */
    private static final class RulesArray {

        /** The same for every run of a plugin version; encoded once, as the file is written in UTF-8. */
        static final byte[] UTF_8 = text(RuleRegistry.catalogue()).getBytes(StandardCharsets.UTF_8);

        private static String text(List<CatalogueEntry> catalogue) {
            JsonText json = new JsonText();
            json.raw("[");
            for (int i = 0; i < catalogue.size(); i++) {
                json.raw(i == 0 ? "\n            " : ",\n            ");
                rule(json, catalogue.get(i));
            }
            return json.raw("\n          ]").toString();
        }
    }

    private static void rule(JsonText json, CatalogueEntry entry) {
        String severity = entry.defaultSeverity().keyword();
        json.raw("{")
                .field("id")
                .string(entry.id())
                .raw(", ")
                .field("shortDescription")
                .raw("{")
                .field("text")
                .string(shortDescription(entry))
                .raw("}")
                .raw(", ")
                .field("fullDescription")
                .raw("{")
                .field("text")
                .string(fullDescription(entry))
                .raw("}")
                .raw(", ")
                .field("help")
                .raw("{")
                .field("text")
                .string(help(entry))
                .raw("}")
                .raw(", ")
                .field("defaultConfiguration")
                .raw("{")
                .field("level")
                .string(level(entry.defaultSeverity()))
                .raw("}")
                .raw(", ")
                .field("properties")
                .raw("{")
                .field("tags")
                .raw("[")
                .string("ipsec")
                .raw(", ")
                .string(entry.document() == null ? "plugin" : tag(entry.document()))
                .raw(", ")
                .string(entry.requiredItem() ? "required-item" : "guidance")
                .raw("]")
                .raw(", ")
                .field("problem.severity")
                .string("info".equals(severity) ? "recommendation" : severity)
                .raw(", ")
                .field("document")
                .string(entry.document())
                .raw(", ")
                .field("section")
                .string(entry.section())
                .raw(", ")
                .field("requiredItem")
                .raw(Boolean.toString(entry.requiredItem()))
                .raw(", ")
                .field("suppressible")
                .raw(Boolean.toString(entry.suppressible()))
                .raw("}}");
    }

    private static void result(
            JsonText json, Finding f, List<CatalogueEntry> catalogue, SourceLines lines, String projectPath) {
        int ruleIndex = indexOf(catalogue, f.rule());
        int line = Math.max(1, f.line());
        int column = Math.max(1, f.column());
        json.raw("{").field("ruleId").string(f.rule());
        if (ruleIndex >= 0) {
            json.raw(", ").field("ruleIndex").raw(Integer.toString(ruleIndex));
        }
        json.raw(", ")
                .field("level")
                .string(level(f.severity()))
                .raw(", ")
                .field("message")
                .raw("{")
                .field("text")
                .string(messageText(f))
                .raw("}")
                .raw(",\n          ")
                .field("locations")
                .raw("[{")
                .field("physicalLocation")
                .raw("{")
                .field("artifactLocation")
                .raw("{")
                .field("uri")
                .string(uri(projectPath + f.file()))
                .raw(", ")
                .field("uriBaseId")
                .string(SOURCE_ROOT)
                .raw("}")
                .raw(", ")
                .field("region")
                .raw("{")
                .field("startLine")
                .raw(Integer.toString(line))
                .raw(", ")
                .field("startColumn")
                .raw(Integer.toString(column))
                .raw(", ")
                .field("endLine")
                .raw(Integer.toString(line))
                .raw(", ")
                .field("endColumn")
                .raw(Integer.toString(endColumn(lines.line(f.file(), line), column)))
                .raw("}}}]")
                .raw(",\n          ")
                .field("properties")
                .raw("{")
                .field("profile")
                .string(f.profile())
                .raw(", ")
                .field("document")
                .string(f.document())
                .raw(", ")
                .field("section")
                .string(f.section())
                .raw("}");
        if (f.suppressed()) {
            json.raw(",\n          ")
                    .field("suppressions")
                    .raw("[{")
                    .field("kind")
                    .string("inSource")
                    .raw(", ")
                    .field("justification")
                    .string(f.justification())
                    .raw("}]");
        }
        json.raw("}");
    }

    /** The column after the line's last non-blank character, or one past the start when the line is unknown. */
    static int endColumn(String lineText, int startColumn) {
        if (lineText != null) {
            String text = lineText.stripTrailing();
            int end = text.codePointCount(0, text.length()) + 1;
            if (end > startColumn) {
                return end;
            }
        }
        return startColumn + 1;
    }

    /** A relative path as a URI reference: {@code /} kept, everything outside RFC 3986's unreserved set escaped. */
    static String uri(String path) {
        StringBuilder uri = new StringBuilder();
        for (byte b : path.replace('\\', '/').getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || c == '.'
                    || c == '_'
                    || c == '~'
                    || c == '/') {
                uri.append(c);
            } else {
                uri.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
            }
        }
        return uri.toString();
    }

    /** A document as a SARIF tag: {@code RFC 8221} becomes {@code rfc8221}. */
    private static String tag(String document) {
        return document.replace(" ", "").toLowerCase(Locale.ROOT);
    }

    /** The finding's message with its citation, as the log line has it. */
    private static String messageText(Finding f) {
        String citation = f.citation();
        return citation.isEmpty() ? f.message() : f.message() + " (" + citation + ")";
    }

    private static int indexOf(List<CatalogueEntry> catalogue, String id) {
        for (int i = 0; i < catalogue.size(); i++) {
            if (catalogue.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** When the rule fires: "Reported when " and the catalogue summary. */
    public static String fullDescription(CatalogueEntry entry) {
        return "Reported when " + entry.summary() + ".";
    }
}
