package org.ipsecprofile.scan;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * One scan of a folder and how long it took: wall-clock seconds, and the CPU seconds of the
 * scanning thread, which other work on the machine disturbs less.
 */
record TimedScan(DraftScanResult result, double seconds, double cpuSeconds) {

    static TimedScan of(DraftScanRequest request) throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        DraftScanResult result = new DraftScanner().scan(request);
        return new TimedScan(
                result, (System.nanoTime() - start) / 1e9, (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9);
    }
}
