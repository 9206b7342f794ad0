package org.ipsecprofile.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalogue of items a to i is the one source the rules, the section, the report and init use. */
class RequiredItemTest {

    @Test
    void theNineItemsAreLetteredAToIInOrder() {
        assertThat(RequiredItem.ALL)
                .extracting(RequiredItem::letter)
                .containsExactly("a", "b", "c", "d", "e", "f", "g", "h", "i");
    }

    @Test
    void eachItemIsCheckedByTheRequiredItemRuleOfItsSection() {
        List<Rule> required =
                RuleRegistry.rules().stream().filter(Rule::requiredItem).toList();

        assertThat(required)
                .extracting(Rule::id)
                .containsExactlyElementsOf(
                        RequiredItem.ALL.stream().map(RequiredItem::ruleId).toList());
        assertThat(required)
                .extracting(rule -> rule.entry().section())
                .containsExactlyElementsOf(
                        RequiredItem.ALL.stream().map(RequiredItem::section).toList());
    }

    @Test
    void userSwitchingHasOneTitle() {
        assertThat(RequiredItem.USER_SWITCHING.title()).isEqualTo("User Switching");
        assertThat(RequiredItem.USER_SWITCHING.section()).isEqualTo("8e");
    }
}
