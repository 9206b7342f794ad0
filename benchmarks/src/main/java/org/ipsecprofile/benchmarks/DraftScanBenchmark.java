package org.ipsecprofile.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ipsecprofile.check.Finding;
import org.ipsecprofile.scan.DraftFormat;
import org.ipsecprofile.scan.DraftScanner;
import org.ipsecprofile.scan.SpeedDraft;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The draft scan of one MB of draft text (the paragraphs of DraftScanSpeedTest: thick with BCP 14
 * keywords, three in ten naming IPsec), in a project without descriptors so every sentence is
 * read: the score is the time per MB.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class DraftScanBenchmark {

    private static final int MB = 1024 * 1024;

    @Param({"xml", "md", "txt"})
    public String format;

    private String draft;
    private DraftFormat draftFormat;
    private final DraftScanner scanner = new DraftScanner();

    @Setup
    public void setUp() {
        draft = SpeedDraft.of(format, MB);
        draftFormat = DraftFormat.of("draft-bench." + format);
    }

    @Benchmark
    public List<Finding> scanPerMegabyte() {
        List<Finding> findings = scanner.scanText("draft-bench." + format, draft, draftFormat, false);
        if (findings.isEmpty()) {
            throw new IllegalStateException("the benchmark draft should hold IPsec mandates");
        }
        return findings;
    }
}
