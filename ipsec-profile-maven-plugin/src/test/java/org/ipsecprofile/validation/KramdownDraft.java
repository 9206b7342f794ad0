package org.ipsecprofile.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A kramdown-rfc draft that includes generated Markdown sections and takes its reference entries
 * from a generated {@code references.yaml} ({@code normative:} and {@code informative:} maps whose
 * entries carry {@code override: true} and full data).
 *
 * <p>The YAML header has no closing {@code ---}: the {@code --- abstract} line ends it. The middle
 * starts with an introduction holding {@code {::boilerplate bcp14-tagged}}, which cites
 * {@code {{!RFC2119}} {{!RFC8174}}}; kramdown-rfc moves an entry cited with {@code !} or
 * {@code ?} from the header's {@code ref:} map into the normative or informative references, so the
 * header gives both in full under {@code ref:} and the conversion needs no network. (Had
 * {@code references.yaml} listed them under {@code normative:}, kramdown-rfc would warn "overwriting"
 * and replace the entry with one it must fetch.) When the generated {@code references.yaml} brings
 * the two under {@code ref:} itself (its sections use BCP 14 keywords), the header takes them from
 * there. Each {@code {::include path}} is resolved from the
 * directory kramdown-rfc runs in.
 */
public final class KramdownDraft {

    private static final Pattern GENERATED_REF = Pattern.compile("^ref:", Pattern.MULTILINE);

    private static final Pattern TOP_LEVEL_KEY = Pattern.compile("^([^\\s#][^:]*):", Pattern.MULTILINE);

    /** The BCP 14 boilerplate's two references, in full, for the header's {@code ref:} map. */
    static final String BCP14_REFERENCES = """
            ref:
              RFC2119:
                override: true
                title: Key words for use in RFCs to Indicate Requirement Levels
                author:
                  - initials: S.
                    surname: Bradner
                    fullname: S. Bradner
                date: 1997-03
                seriesinfo:
                  BCP: "14"
                  RFC: "2119"
                  DOI: 10.17487/RFC2119
              RFC8174:
                override: true
                title: Ambiguity of Uppercase vs Lowercase in RFC 2119 Key Words
                author:
                  - initials: B.
                    surname: Leiba
                    fullname: B. Leiba
                date: 2017-05
                seriesinfo:
                  BCP: "14"
                  RFC: "8174"
                  DOI: 10.17487/RFC8174
            """;

    private KramdownDraft() {}

    /**
     * The draft's Markdown: a header whose {@code normative:} and {@code informative:} maps are
     * {@code referencesYaml}, an abstract, and a middle that includes each of {@code includes}
     * (paths relative to the directory kramdown-rfc runs in).
     *
     * @throws IllegalArgumentException when {@code referencesYaml} has a top-level key other than
     *     {@code normative}, {@code informative} and {@code ref}
     */
    public static String markdown(String referencesYaml, List<String> includes) {
        String references = headerPart(referencesYaml);
        StringBuilder md = new StringBuilder();
        md.append("---\n")
                .append("title: IPsec Profile Rendering Test\n")
                .append("docname: draft-ipsecprofile-harness-00\n")
                .append("category: info\n")
                .append("ipr: trust200902\n")
                .append("submissiontype: IETF\n")
                .append("v: 3\n")
                .append("author:\n")
                .append("  - ins: A. Author\n")
                .append("    name: A. Author\n")
                .append("    org: Example\n")
                .append("    email: author@example.com\n")
                .append(GENERATED_REF.matcher(references).find() ? "" : BCP14_REFERENCES)
                .append(references)
                .append("\n--- abstract\n\n")
                .append("This document holds generated sections for validation.\n")
                .append("\n--- middle\n\n")
                .append("# Introduction\n\n")
                .append("{::boilerplate bcp14-tagged}\n");
        for (String include : includes) {
            md.append("\n{::include ").append(include).append("}\n");
        }
        md.append("\n--- back\n");
        return md.toString();
    }

    /**
     * {@code referencesYaml} as header lines: without a document start ({@code ---}), directives
     * ({@code %YAML}) or a document end ({@code ...}), ending in a newline.
     */
    static String headerPart(String referencesYaml) {
        List<String> lines = new ArrayList<>();
        for (String line : referencesYaml.replace("\r\n", "\n").split("\n", -1)) {
            if (line.startsWith("%") || line.equals("---") || line.equals("...")) {
                continue;
            }
            lines.add(line);
        }
        String text = String.join("\n", lines).strip();
        Matcher keys = TOP_LEVEL_KEY.matcher(text);
        while (keys.find()) {
            String key = keys.group(1).strip();
            if (!key.equals("normative") && !key.equals("informative") && !key.equals("ref")) {
                throw new IllegalArgumentException("references.yaml may hold only 'normative:', 'informative:'"
                        + " and 'ref:' at the top level, not '" + key + ":'");
            }
        }
        return text.isEmpty() ? "" : text + "\n";
    }
}
