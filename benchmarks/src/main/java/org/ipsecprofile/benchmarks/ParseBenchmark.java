package org.ipsecprofile.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ipsecprofile.parse.DescriptorParser;
import org.ipsecprofile.parse.ParsedDescriptor;
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

/** Parsing one descriptor (bytes to a profile), averaged over the four shapes: time per profile. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class ParseBenchmark {

    private final DescriptorParser parser = new DescriptorParser();
    private List<byte[]> descriptors;

    @Setup
    public void setUp() {
        descriptors = Descriptors.descriptors(4);
    }

    @Benchmark
    @OperationsPerInvocation(4)
    public void parsePerProfile(Blackhole sink) {
        for (int i = 0; i < descriptors.size(); i++) {
            ParsedDescriptor parsed = parser.parse(descriptors.get(i), "src/main/ipsec/p" + i + ".yaml");
            if (parsed.profile() == null) {
                throw new IllegalStateException(parsed.problems().toString());
            }
            sink.consume(parsed);
        }
    }
}
