package org.ipsecprofile.benchmarks;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ipsecprofile.check.Finding;
import org.ipsecprofile.check.ProfileChecker;
import org.ipsecprofile.check.RuleSettings;
import org.ipsecprofile.model.Profile;
import org.ipsecprofile.parse.DescriptorParser;
import org.ipsecprofile.render.Format;
import org.ipsecprofile.render.FragmentRenderer;
import org.ipsecprofile.render.RenderRequest;
import org.ipsecprofile.render.TemplateEngine;
import org.ipsecprofile.render.TemplateProblem;
import org.ipsecprofile.render.refs.ReferenceLibrary;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rendering every output of all three formats for {@code profiles} profiles with one template
 * engine (as one execution does): divide the score by {@code profiles} for the time per profile.
 * {@code newEngine} adds setting up FreeMarker, once per execution.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class RenderBenchmark {

    @Param({"1", "100"})
    public int profiles;

    private RenderRequest request;
    private FragmentRenderer renderer;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        DescriptorParser parser = new DescriptorParser();
        ProfileChecker checker = new ProfileChecker(RuleSettings.defaults());
        List<Profile> parsed = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < profiles; i++) {
            Profile profile =
                    parser.parse(Descriptors.descriptor(i), "p" + i + ".yaml").profile();
            parsed.add(profile);
            findings.addAll(checker.check(profile));
        }
        request = new RenderRequest(parsed, findings, EnumSet.allOf(Format.class), 1);
        renderer = new FragmentRenderer(new TemplateEngine(null), ReferenceLibrary.standard());
    }

    @Benchmark
    public Object render() throws TemplateProblem {
        return renderer.render(request);
    }

    @Benchmark
    public Object renderWithNewEngine() throws TemplateProblem, IOException {
        return new FragmentRenderer(new TemplateEngine(null), ReferenceLibrary.standard()).render(request);
    }
}
