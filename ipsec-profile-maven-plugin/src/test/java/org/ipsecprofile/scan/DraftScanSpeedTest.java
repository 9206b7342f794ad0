package org.ipsecprofile.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
            Files.writeString(project.resolve(String.format(Locale.ROOT, "draft-speed-%03d.%s", i, extension)),
                    draft(extension), StandardCharsets.UTF_8);
        }
        DraftScanRequest request = new DraftScanRequest(project, project, null, null, StandardCharsets.UTF_8, false);
        new DraftScanner().scan(new DraftScanRequest(project, project, java.util.List.of("draft-speed-00*"), null,
                StandardCharsets.UTF_8, false));

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        DraftScanResult result = new DraftScanner().scan(request);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;

        System.out.printf(Locale.ROOT, "draft-scan speed: %d drafts of %d KB (%d MB) scanned in %.2f s"
                        + " (%.2f s of CPU on the scanning thread), %d findings%n",
                result.draftCount(), SIZE / 1024, (long) DRAFTS * SIZE / (1024 * 1024), seconds, cpuSeconds,
                result.findings().size());
        assertThat(result.draftCount()).isEqualTo(DRAFTS);
        assertThat(result.findings()).isNotEmpty();
        assertThat(cpuSeconds).isLessThan(3.0);
    }

    private static String draft(String extension) {
        StringBuilder body = new StringBuilder(SIZE + 2048);
        String[] paragraphs = {
            "Probes measure loss and delay on each path and send a report to the collector every ten seconds."
                + " Reports carry a sequence number and a timestamp, and the collector keeps the last hundred.",
            "Implementations MUST protect reports with IPsec, and the collector SHOULD reject reports that"
                + " are not carried in ESP [RFC4303].",
            "A probe MUST NOT send more than one report per path in any ten-second interval. The collector"
                + " SHOULD discard a report whose timestamp lies more than a minute in the future.",
            "Each report holds the path identifier, the number of packets sent and received, and the"
                + " minimum, median and maximum delay, in microseconds, as unsigned 32-bit integers.",
            "Unlike IPsec, the report format carries its own checksum. Probes MAY use IPsec when the operator"
                + " configures it, for example on shared links.",
            "The collector MUST acknowledge each report. A probe that receives no acknowledgment SHOULD"
                + " retry twice, doubling its wait each time, and then MUST give up on that report.",
            "Paths are numbered by the operator; the numbering is local to a collector and carries no"
                + " meaning elsewhere. It is RECOMMENDED that operators number paths from 1.",
            "If IPsec is used, ESP MUST be used in transport mode. The key words are to be interpreted as"
                + " described in BCP 14 when, and only when, they appear in all capitals.",
            "A collector SHALL keep the reports of a path for at least one hour. The retention period MAY be"
                + " longer; it is REQUIRED to be configurable.",
            "Probes and collectors exchange reports over UDP. Messages larger than the path MTU MUST NOT be"
                + " sent; a probe SHOULD split its report across several messages instead."};
        int i = 0;
        switch (extension) {
            case "xml" -> body.append("<?xml version=\"1.0\"?>\n<rfc version=\"3\">\n<middle>\n<section><name>S</name>\n");
            case "md" -> body.append("---\ntitle: Speed\n--- abstract\n\nAbstract.\n\n--- middle\n\n# Section\n\n");
            default -> body.append("1.  Section\n\n");
        }
        while (body.length() < SIZE) {
            String text = paragraphs[i++ % paragraphs.length];
            switch (extension) {
                case "xml" -> body.append("<t>").append(text.replace("MUST", "<bcp14>MUST</bcp14>")).append("</t>\n");
                case "md" -> body.append(text).append("\n\n");
                default -> body.append("   ").append(text.replaceAll("(.{60,68}) ", "$1\n   ")).append("\n\n");
            }
        }
        if (extension.equals("xml")) {
            body.append("</section>\n</middle>\n</rfc>\n");
        }
        return body.toString();
    }
}
