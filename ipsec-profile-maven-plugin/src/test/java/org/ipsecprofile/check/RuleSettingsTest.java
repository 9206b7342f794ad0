package org.ipsecprofile.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RuleSettingsTest {

    @Test
    void defaultsKeepEveryCatalogueSeverity() {
        RuleSettings defaults = RuleSettings.defaults();
        assertThat(defaults.override("nat-traversal")).isEmpty();
        assertThat(defaults.isOff("nat-traversal")).isFalse();
        assertThat(defaults.effectiveSeverity("nat-traversal", Severity.WARNING))
                .isEqualTo(Severity.WARNING);
    }

    @Test
    void anEmptyMapGivesTheDefaults() throws ConfigurationException {
        assertThat(RuleSettings.from(Map.of())).isEqualTo(RuleSettings.defaults());
        assertThat(RuleSettings.from(null)).isEqualTo(RuleSettings.defaults());
    }

    @Test
    void aSeverityReplacesTheCatalogueSeverity() throws ConfigurationException {
        RuleSettings settings = RuleSettings.from(Map.of("nat-traversal", "error"));
        assertThat(settings.effectiveSeverity("nat-traversal", Severity.WARNING))
                .isEqualTo(Severity.ERROR);
        assertThat(settings.effectiveSeverity("multicast", Severity.WARNING)).isEqualTo(Severity.WARNING);
    }

    @Test
    void offTurnsARuleOff() throws ConfigurationException {
        RuleSettings settings = RuleSettings.from(Map.of("port-selectors", "off"));
        assertThat(settings.isOff("port-selectors")).isTrue();
        assertThat(settings.override("port-selectors")).isEmpty();
    }

    @Test
    void whiteSpaceAroundAValueIsIgnored() throws ConfigurationException {
        assertThat(RuleSettings.from(Map.of("multicast", "\n  info \n")).override("multicast"))
                .contains(Severity.INFO);
    }

    @Test
    void anUnknownRuleIdSuggestsTheNearestAndNamesThePomElement() {
        assertThatThrownBy(() -> RuleSettings.from(Map.of("nat-travesal", "error")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("<ruleSeverities>")
                .hasMessageContaining("'nat-travesal'")
                .hasMessageContaining("did you mean 'nat-traversal'");
    }

    @Test
    void anUnknownValueListsTheAllowedOnes() {
        assertThatThrownBy(() -> RuleSettings.from(Map.of("nat-traversal", "fatal")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("<ruleSeverities>")
                .hasMessageContaining("'fatal'")
                .hasMessageContaining("error, warning, info, off");
    }

    @Test
    void anEmptyValueListsTheAllowedOnes() {
        Map<String, String> settings = new HashMap<>();
        settings.put("nat-traversal", null);
        assertThatThrownBy(() -> RuleSettings.from(settings))
                .hasMessageContaining("nat-traversal")
                .hasMessageContaining("error, warning, info, off");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "selectors",
                "protection",
                "key-management",
                "identification",
                "user-switching",
                "authentication",
                "authorization",
                "ike-variant",
                "availability"
            })
    void aRequiredItemCannotBeChanged(String id) {
        assertThatThrownBy(() -> RuleSettings.from(Map.of(id, "warning")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("cannot change rule '" + id + "'")
                .hasMessageContaining("required item of RFC 5406 Section 8")
                .hasMessageContaining("remove <" + id + ">");
    }

    @Test
    void aRequiredItemCannotBeTurnedOff() {
        assertThatThrownBy(() -> RuleSettings.from(Map.of("ike-variant", "off")))
                .hasMessageContaining("cannot change rule 'ike-variant'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"descriptor", "suppression", "just-use-ipsec", "stale-fragment"})
    void aRuleReportedOutsideTheProfileRulesCannotBeChanged(String id) {
        assertThatThrownBy(() -> RuleSettings.from(Map.of(id, "off")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("cannot change rule '" + id + "'")
                .hasMessageContaining("always an error");
    }

    @Test
    void everyBadEntryIsReportedAtOnce() {
        assertThatThrownBy(() ->
                        RuleSettings.from(Map.of("multicast", "loud", "selectors", "off", "nat-traversal", "info")))
                .hasMessageContaining("'loud'")
                .hasMessageContaining("cannot change rule 'selectors'")
                .satisfies(e -> assertThat(e.getMessage().lines()).hasSize(2));
    }
}
