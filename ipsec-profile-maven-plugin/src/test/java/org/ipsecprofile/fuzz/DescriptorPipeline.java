package org.ipsecprofile.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The property the fuzz test checks, on one input: parse, check and render every format. It
 * fails on any exception, a parser failure it had to catch itself ("please report"), a finding
 * without a place or with a control character in its message, or an XML output that is not
 * well-formed. {@link DescriptorPipelineFuzzTest} fuzzes it; {@link DescriptorPipelineSeedsTest}
 * runs it on the seeds and saved crashes in every build.
 */
final class DescriptorPipeline {

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

    private DescriptorPipeline() {}

    /** Runs {@code input} through the pipeline; throws when a property above does not hold. */
    static void run(byte[] input) throws Exception {
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
