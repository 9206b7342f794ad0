package org.ipsecprofile.scan;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScratchR2Test {
    @Test
    void print() throws Exception {
        for (String s : Files.readAllLines(Path.of("/tmp/r2shapes/sentences.txt"))) {
            if (s.isBlank()) continue;
            System.out.println("SCRATCH " + MandatePolicy.find(s) + " | " + s);
        }
    }
}
