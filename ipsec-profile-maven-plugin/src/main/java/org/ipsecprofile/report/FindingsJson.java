package org.ipsecprofile.report;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ipsecprofile.check.Finding;
import org.ipsecprofile.check.Severity;
import org.ipsecprofile.project.CheckResult;
import org.ipsecprofile.project.ProfileRef;

/** Renders a check result as {@code findings.json}, schema {@code ipsec-profile-findings/1} (SPEC §6). */
public final class FindingsJson {

    public static final String SCHEMA = "ipsec-profile-findings/1";

    private FindingsJson() {}

    public static byte[] render(CheckResult result) {
        JsonText json = new JsonText();
        json.raw("{\n  ")
                .field("schema")
                .string(SCHEMA)
                .raw(",\n  ")
                .field("profiles")
                .raw("[");
        List<ProfileRef> profiles = result.profileRefs();
        for (int i = 0; i < profiles.size(); i++) {
            ProfileRef profile = profiles.get(i);
            json.raw(i == 0 ? "\n    {" : ",\n    {")
                    .field("id")
                    .string(profile.id())
                    .raw(", ")
                    .field("file")
                    .string(profile.file())
                    .raw("}");
        }
        json.raw(profiles.isEmpty() ? "]" : "\n  ]")
                .raw(",\n  ")
                .field("findings")
                .raw("[");
        List<Finding> findings = result.findings();
        for (int i = 0; i < findings.size(); i++) {
            json.raw(i == 0 ? "\n    " : ",\n    ");
            finding(json, findings.get(i));
        }
        json.raw(findings.isEmpty() ? "]" : "\n  ]")
                .raw(",\n  ")
                .field("errors")
                .raw(Long.toString(result.count(Severity.ERROR)))
                .raw(",\n  ")
                .field("warnings")
                .raw(Long.toString(result.count(Severity.WARNING)))
                .raw(",\n  ")
                .field("infos")
                .raw(Long.toString(result.count(Severity.INFO)))
                .raw("\n}\n");
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void finding(JsonText json, Finding f) {
        json.raw("{")
                .field("rule")
                .string(f.rule())
                .raw(", ")
                .field("severity")
                .string(f.severity().keyword())
                .raw(", ")
                .field("document")
                .string(f.document())
                .raw(", ")
                .field("section")
                .string(f.section())
                .raw(", ")
                .field("profile")
                .string(f.profile())
                .raw(", ")
                .field("file")
                .string(f.file())
                .raw(", ")
                .field("line")
                .raw(Integer.toString(f.line()))
                .raw(", ")
                .field("column")
                .raw(Integer.toString(f.column()))
                .raw(", ")
                .field("message")
                .string(f.message())
                .raw(", ")
                .field("suppressed")
                .raw(Boolean.toString(f.suppressed()))
                .raw(", ")
                .field("justification")
                .string(f.justification())
                .raw("}");
    }
}
