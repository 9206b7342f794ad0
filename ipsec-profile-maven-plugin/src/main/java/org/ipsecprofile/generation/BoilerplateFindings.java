package org.ipsecprofile.generation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.ipsecprofile.check.Finding;
import org.ipsecprofile.check.Severity;
import org.ipsecprofile.check.rules.RuleRegistry;
import org.ipsecprofile.model.Profile;
import org.ipsecprofile.project.CheckResult;
import org.ipsecprofile.render.FragmentRenderer;
import org.ipsecprofile.render.TemplateEngines;
import org.ipsecprofile.render.TemplateProblem;
import org.ipsecprofile.render.WordingMemo;
import org.ipsecprofile.render.refs.ReferenceLibrary;
import org.ipsecprofile.scan.BoilerplateGap;
import org.ipsecprofile.scan.CheckedProject;
import org.ipsecprofile.scan.DraftScanResult;

/**
 * The {@code bcp14-boilerplate} findings (SPEC §4.4): a draft that includes generated sections
 * without the BCP 14 boilerplate ({@link BoilerplateGap}, found by the draft scan) gets one when a
 * section it includes uses a BCP 14 keyword. Whether it does is what the rendering says: the
 * wording of the project's sections is rendered (with its template overrides), only when some
 * draft lacks the boilerplate, and searched for keywords. A section that cannot be rendered (a
 * profile still missing required items, a broken override that {@code generate} reports itself)
 * counts as using them: the generated sections state their requirements with keywords. The
 * sections rendered here are kept in the execution's {@link WordingMemo}, so that {@code generate}
 * does not render the same wording twice.
 */
final class BoilerplateFindings {

    private BoilerplateFindings() {}

    /** {@code checked} with a finding for each gap whose sections use keywords. */
    static CheckedProject add(CheckedProject checked, Path templateDirectory, WordingMemo memo) {
        DraftScanResult drafts = checked.drafts();
        CheckResult result = checked.result();
        if (drafts.boilerplateGaps().isEmpty() || result.profiles().isEmpty()) {
            return checked;
        }
        Set<String> generated = new TreeSet<>();
        for (Profile profile : result.profiles()) {
            generated.add("ipsec-profile-" + profile.id());
        }
        generated.add("security-considerations");
        Set<String> usingKeywords = usingKeywords(result, templateDirectory, memo, generated);
        List<Finding> findings = new ArrayList<>();
        for (BoilerplateGap gap : drafts.boilerplateGaps()) {
            List<String> included = gap.anyProfile()
                    ? generated.stream()
                            .filter(a -> a.startsWith("ipsec-profile-"))
                            .toList()
                    : gap.sections().stream().filter(generated::contains).toList();
            List<String> withKeywords =
                    included.stream().filter(usingKeywords::contains).distinct().toList();
            if (!withKeywords.isEmpty()) {
                findings.add(finding(gap, withKeywords));
            }
        }
        if (findings.isEmpty()) {
            return checked;
        }
        return new CheckedProject(result.withFindings(findings), drafts);
    }

    private static Set<String> usingKeywords(
            CheckResult result, Path templateDirectory, WordingMemo memo, Set<String> generated) {
        try {
            return new FragmentRenderer(TemplateEngines.shared(templateDirectory), ReferenceLibrary.standard(), memo)
                    .sectionsUsingKeywords(result.profiles(), result.findings());
        } catch (TemplateProblem | IOException | RuntimeException e) {
            return generated;
        }
    }

    private static Finding finding(BoilerplateGap gap, List<String> sections) {
        String what = sections.size() == 1
                ? "the generated section " + sections.get(0) + ", which states"
                : "the generated sections " + String.join(", ", sections) + ", which state";
        String add = switch (gap.format()) {
            case MARKDOWN ->
                "add {::boilerplate bcp14-tagged} before the first section that uses them"
                        + " (in a 'Conventions and Definitions' section, as is usual; it cites RFC 2119 and"
                        + " RFC 8174, which the header's ref: can give in full so that kramdown-rfc needs no"
                        + " network)";
            case XML ->
                "add the BCP 14 boilerplate sentence of RFC 8174 Section 2 (\"The key words"
                        + " \"MUST\", \"MUST NOT\", ... are to be interpreted as described in BCP 14"
                        + " <xref target=\"RFC2119\"/> <xref target=\"RFC8174\"/> when, and only when, they"
                        + " appear in all capitals, as shown here.\") near the start of the draft, with"
                        + " RFC 2119 and RFC 8174 among its normative references";
            case TEXT ->
                "add the BCP 14 boilerplate sentence of RFC 8174 Section 2 (\"The key words"
                        + " \"MUST\", \"MUST NOT\", ... are to be interpreted as described in BCP 14"
                        + " [RFC2119] [RFC8174] when, and only when, they appear in all capitals, as shown"
                        + " here.\") near the start of the draft, with RFC 2119 and RFC 8174 among its"
                        + " normative references";
        };
        String message = "this draft includes " + what + " requirements with BCP 14 key words (MUST, SHOULD, ...),"
                + " but it does not say how to read them: " + add + "; without it idnits rejects the draft";
        Finding finding = new Finding(
                RuleRegistry.BCP14_BOILERPLATE.id(),
                Severity.WARNING,
                RuleRegistry.BCP14_BOILERPLATE.sources(),
                null,
                gap.file(),
                gap.line(),
                gap.column(),
                message,
                false,
                null);
        return gap.ignored() ? finding.suppress("silenced by an ipsec-profile:ignore marker") : finding;
    }
}
