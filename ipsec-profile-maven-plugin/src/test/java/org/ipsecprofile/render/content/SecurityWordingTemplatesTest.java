package org.ipsecprofile.render.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.ipsecprofile.render.TemplateEngine;
import org.junit.jupiter.api.Test;

/** The Security Considerations wording templates stay small and say what they word. */
class SecurityWordingTemplatesTest {

    private static final Path WORDING =
            Path.of("../templates/src/main/resources", TemplateEngine.DEFAULT_TEMPLATE_PATH, "wording");

    private static List<Path> templates() throws IOException {
        try (Stream<Path> security = Files.list(WORDING.resolve("security"));
                Stream<Path> consequence = Files.list(WORDING.resolve("consequence"))) {
            return Stream.concat(security, consequence)
                    .filter(file -> file.toString().endsWith(".ftlx"))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void noTemplateIsLongerThanSixtyLines() throws IOException {
        assertThat(templates())
                .isNotEmpty()
                .allSatisfy(file -> assertThat(Files.readAllLines(file, StandardCharsets.UTF_8))
                        .as(file.toString())
                        .hasSizeLessThanOrEqualTo(60));
    }

    @Test
    void everyTemplateStartsWithACommentSayingWhatItWords() throws IOException {
        assertThat(templates())
                .allSatisfy(file -> assertThat(Files.readString(file, StandardCharsets.UTF_8))
                        .as(file.toString())
                        .startsWith("<#--"));
    }
}
