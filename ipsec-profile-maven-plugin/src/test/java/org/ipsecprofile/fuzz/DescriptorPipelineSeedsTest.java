package org.ipsecprofile.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fuzz test's seeds and every crash it saved ({@code DescriptorPipelineFuzzTestInputs/pipeline})
 * as ordinary unit tests: the default build runs the fuzzing property on each, in plain JUnit,
 * without Jazzer's agent or libFuzzer. A crash the {@code fuzz} profile finds lands in that folder
 * and so becomes a case here.
 */
class DescriptorPipelineSeedsTest {

    private static final String INPUTS = "DescriptorPipelineFuzzTestInputs/pipeline";

    static List<Path> inputs() throws IOException, URISyntaxException {
        URL folder = DescriptorPipelineSeedsTest.class.getResource(INPUTS);
        assertThat(folder).as(INPUTS + " beside the test class").isNotNull();
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            List<Path> inputs = files.filter(Files::isRegularFile).sorted().toList();
            assertThat(inputs).as("seeds in " + INPUTS).hasSizeGreaterThan(10);
            return inputs;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void thePipelineHoldsOn(Path input) throws Exception {
        DescriptorPipeline.run(Files.readAllBytes(input));
    }
}
