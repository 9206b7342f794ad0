package org.ipsecprofile.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer over the whole path a descriptor takes: parse, check, render every format. Seeded with
 * the test descriptors ({@code DescriptorPipelineFuzzTestInputs/pipeline}). The default build
 * does not run this class: {@link DescriptorPipelineSeedsTest} runs the seeds as plain unit
 * tests, without Jazzer's agent. The {@code fuzz} profile (mvn -Pfuzz) runs it with {@code JAZZER_FUZZ=1}
 * and fuzzes for {@code ipsecprofile.fuzzDuration} (CI: 40 s, about 55 s with the seeds and start-up; longer locally with
 * {@code -Dipsecprofile.fuzzDuration=10m}). A crash is any exception, a parser failure it had to
 * catch itself ("please report"), a finding without a place or with a control character in its
 * message, or an XML output that is not well-formed; Jazzer saves the input beside the seeds, and
 * it becomes a case of the normal suite.
 */
class DescriptorPipelineFuzzTest {

    @FuzzTest(maxDuration = "40s")
    void pipeline(byte[] input) throws Exception {
        DescriptorPipeline.run(input);
    }
}
