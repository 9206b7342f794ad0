package org.ipsecprofile.render.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.ipsecprofile.render.TemplateEngine;
import org.junit.jupiter.api.Test;

/**
 * Every guidance rule either has a consequence template ({@code wording/consequence/<rule>.ftlx})
 * or is declared to have none ({@link SecurityFacts#NO_CONSEQUENCE}), never both, and every
 * consequence template belongs to a guidance rule.
 */
class ConsequenceTemplatesTest {

    private static final String FOLDER = TemplateEngine.DEFAULT_TEMPLATE_PATH + "/wording/consequence/";

    private static boolean hasTemplate(String rule) {
        return ConsequenceTemplatesTest.class.getClassLoader().getResource(FOLDER + rule + ".ftlx") != null;
    }

    @Test
    void everyGuidanceRuleHasAConsequenceTemplateOrIsDeclaredToHaveNone() {
        List<String> neither = SecurityFacts.guidanceRules().stream()
                .filter(rule -> !hasTemplate(rule) && !SecurityFacts.NO_CONSEQUENCE.contains(rule))
                .toList();
        assertThat(neither)
                .as("guidance rules without " + FOLDER + "<rule>.ftlx: write one, or add the rule to"
                        + " SecurityFacts.NO_CONSEQUENCE when its point lives in the profile section only")
                .isEmpty();
    }

    @Test
    void noRuleDeclaredToHaveNoConsequenceHasATemplate() {
        assertThat(SecurityFacts.NO_CONSEQUENCE.stream().filter(ConsequenceTemplatesTest::hasTemplate))
                .as("rules both declared to have no consequence and given a consequence template")
                .isEmpty();
    }

    @Test
    void onlyGuidanceRulesAreDeclaredToHaveNoConsequence() {
        assertThat(SecurityFacts.guidanceRules()).containsAll(SecurityFacts.NO_CONSEQUENCE);
    }

    @Test
    void everyConsequenceTemplateBelongsToAGuidanceRule() throws IOException {
        Path folder = Path.of("../templates/src/main/resources", FOLDER);
        try (Stream<Path> files = Files.list(folder)) {
            List<String> rules = files.map(file -> file.getFileName().toString())
                    .map(name -> name.replaceFirst("\\.ftlx$", ""))
                    .toList();
            assertThat(rules).isNotEmpty();
            assertThat(SecurityFacts.rulesWithConsequence()).containsExactlyInAnyOrderElementsOf(rules);
        }
    }
}
