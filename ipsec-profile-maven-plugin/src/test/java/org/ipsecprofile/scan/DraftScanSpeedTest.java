package org.ipsecprofile.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scan's cost: 500 drafts of 100 KB each (a third each XML, Markdown and text, thick with
 * BCP 14 keywords, three paragraphs in ten naming IPsec) must take under 2 s. The scan runs on
 * one thread, so the assertion is on that thread's CPU time, which other processes on a busy
 * machine do not inflate the way they inflate wall-clock time; it allows 3 s for slower CPUs.
 * Both figures are printed.
 */
class DraftScanSpeedTest {

    private static final int DRAFTS = 500;
    private static final int SIZE = 100 * 1024;

    @TempDir
    Path project;

    @Test
    void fiveHundredDraftsOfOneHundredKilobytesScanInUnderThreeCpuSeconds() throws IOException {
        for (int i = 0; i < DRAFTS; i++) {
            String extension = switch (i % 3) {
                case 0 -> "xml";
                case 1 -> "md";
                default -> "txt";
            };
            Files.writeString(
                    project.resolve(String.format(Locale.ROOT, "draft-speed-%03d.%s", i, extension)),
                    SpeedDraft.of(extension, SIZE),
                    StandardCharsets.UTF_8);
        }
        DraftScanRequest request = new DraftScanRequest(project, project, null, null, StandardCharsets.UTF_8, false);
        new DraftScanner()
                .scan(new DraftScanRequest(
                        project, project, java.util.List.of("draft-speed-00*"), null, StandardCharsets.UTF_8, false));

        TimedScan scan = TimedScan.of(request);
        DraftScanResult result = scan.result();
        double seconds = scan.seconds();
        double cpuSeconds = scan.cpuSeconds();

        System.out.printf(
                Locale.ROOT,
                "draft-scan speed: %d drafts of %d KB (%d MB) scanned in %.2f s"
                        + " (%.2f s of CPU on the scanning thread), %d findings%n",
                result.draftCount(),
                SIZE / 1024,
                (long) DRAFTS * SIZE / (1024 * 1024),
                seconds,
                cpuSeconds,
                result.findings().size());
        assertThat(result.draftCount()).isEqualTo(DRAFTS);
        assertThat(result.findings()).isNotEmpty();
        assertThat(cpuSeconds).isLessThan(3.0);
    }
}
