package org.ipsecprofile.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.ipsecprofile.check.Finding;
import org.ipsecprofile.check.ProfileChecker;
import org.ipsecprofile.check.RuleSettings;
import org.ipsecprofile.parse.DescriptorParser;
import org.ipsecprofile.parse.ParsedDescriptor;
import org.ipsecprofile.render.Format;
import org.ipsecprofile.render.FragmentRenderer;
import org.ipsecprofile.render.RenderRequest;
import org.ipsecprofile.render.TemplateEngine;
import org.ipsecprofile.render.TemplateProblem;
import org.ipsecprofile.render.refs.ReferenceLibrary;
import org.xml.sax.InputSource;

/**
 * Jazzer over the whole path a descriptor takes: parse, check, render every format. Seeded with
 * the test descriptors ({@code DescriptorPipelineFuzzTestInputs/pipeline}). In the normal test run
 * the seeds run as regression cases; the {@code fuzz} surefire execution sets {@code JAZZER_FUZZ=1}
 * and fuzzes for {@code ipsecprofile.fuzzDuration} (CI: 40 s, about 55 s with the seeds and start-up; longer locally with
 * {@code -Dipsecprofile.fuzzDuration=10m}). A crash is any exception, a parser failure it had to
 * catch itself ("please report"), a finding without a place or with a control character in its
 * message, or an XML output that is not well-formed; Jazzer saves the input beside the seeds, and
 * it becomes a case of the normal suite.
 */
class DescriptorPipelineFuzzTest {

    private static final DescriptorParser PARSER = new DescriptorParser();
    private static final ProfileChecker CHECKER = new ProfileChecker(RuleSettings.defaults());
    private static final FragmentRenderer RENDERER;

    static {
        try {
            RENDERER = new FragmentRenderer(new TemplateEngine(null), ReferenceLibrary.standard());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "40s")
    void pipeline(byte[] input) throws Exception {
        ParsedDescriptor parsed = PARSER.parse(input, "src/main/ipsec/fuzz.yaml");
        for (Finding finding : parsed.problems()) {
            assertThat(finding.message()).doesNotContain("please report").doesNotContainPattern("[\\p{Cc}&&[^\\t]]");
            assertThat(finding.line()).isPositive();
            assertThat(finding.column()).isPositive();
            assertThat(finding.file()).isEqualTo("src/main/ipsec/fuzz.yaml");
        }
        if (parsed.profile() == null) {
            assertThat(parsed.problems()).isNotEmpty();
            return;
        }
        List<Finding> findings = CHECKER.check(parsed.profile());
        Map<String, String> outputs;
        try {
            outputs = RENDERER.render(
                    new RenderRequest(List.of(parsed.profile()), findings, EnumSet.allOf(Format.class), 1));
        } catch (TemplateProblem e) {
            throw new AssertionError("the default templates failed on a descriptor the parser accepted", e);
        }
        for (Map.Entry<String, String> output : outputs.entrySet()) {
            if (output.getKey().endsWith(".xml")) {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                factory.newDocumentBuilder().parse(new InputSource(new StringReader(output.getValue())));
            }
        }
    }
}
