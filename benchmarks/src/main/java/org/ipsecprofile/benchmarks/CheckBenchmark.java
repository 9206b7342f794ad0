package org.ipsecprofile.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ipsecprofile.check.ProfileChecker;
import org.ipsecprofile.check.RuleSettings;
import org.ipsecprofile.model.Profile;
import org.ipsecprofile.parse.DescriptorParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/** Running the whole rule catalogue on one parsed profile, averaged over the four shapes: time per profile. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class CheckBenchmark {

    private final ProfileChecker checker = new ProfileChecker(RuleSettings.defaults());
    private final List<Profile> profiles = new ArrayList<>();

    @Setup
    public void setUp() {
        DescriptorParser parser = new DescriptorParser();
        List<byte[]> descriptors = Descriptors.descriptors(4);
        for (int i = 0; i < descriptors.size(); i++) {
            profiles.add(parser.parse(descriptors.get(i), "p" + i + ".yaml").profile());
        }
    }

    @Benchmark
    @OperationsPerInvocation(4)
    public void checkPerProfile(Blackhole sink) {
        for (Profile profile : profiles) {
            sink.consume(checker.check(profile));
        }
    }
}
