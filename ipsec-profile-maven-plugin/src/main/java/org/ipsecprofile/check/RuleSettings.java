package org.ipsecprofile.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.ipsecprofile.check.rules.CatalogueEntry;
import org.ipsecprofile.check.rules.RuleRegistry;

/**
 * The {@code ruleSeverities} configuration (SPEC §4.3): per guidance rule, a severity that
 * replaces the catalogue's, or {@code off}. Immutable and thread-safe.
 */
public final class RuleSettings {

    /** The word that turns a rule off. */
    public static final String OFF = "off";

    /**
     * How a caller's users write a rule setting, so that a complaint shows the fix in their terms:
     * the POM's {@code <ruleSeverities>} map, or the command line's {@code --severity RULE=LEVEL}.
     */
    public enum Spelling {
        POM("<ruleSeverities>"),
        COMMAND_LINE("--severity");

        private final String name;

        Spelling(String name) {
            this.name = name;
        }

        /** How the settings as a whole are named: {@code <ruleSeverities>}, {@code --severity}. */
        public String settingName() {
            return name;
        }

        String setting(String id, String value) {
            return this == POM ? "<" + id + ">" + value + "</" + id + ">" : "--severity " + id + "=" + value;
        }

        String removal(String id) {
            return this == POM ? "remove <" + id + "> from " + name : "leave out --severity " + id + "=…";
        }
    }

    private static final String ALLOWED = "error, warning, info, off";
    private static final RuleSettings DEFAULTS = new RuleSettings(Map.of());

    /** Rule id to configured value: a severity keyword or {@code off}. */
    private final Map<String, String> values;

    private RuleSettings(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    /** Every rule at its catalogue severity. */
    public static RuleSettings defaults() {
        return DEFAULTS;
    }

    /**
     * Settings from the POM's {@code <ruleSeverities>} map: rule id to {@code error},
     * {@code warning}, {@code info} or {@code off}. Surrounding white space is ignored.
     *
     * @throws ConfigurationException naming every bad entry: an unknown rule id (with the nearest
     *         id), a value not among the four, or a rule whose severity is fixed
     */
    public static RuleSettings from(Map<String, String> ruleSeverities) throws ConfigurationException {
        return from(ruleSeverities, Spelling.POM);
    }

    /** As {@link #from(Map)}, with each complaint spelt as {@code spelling}'s users write a setting. */
    public static RuleSettings from(Map<String, String> ruleSeverities, Spelling spelling)
            throws ConfigurationException {
        String element = spelling.settingName();
        if (ruleSeverities == null || ruleSeverities.isEmpty()) {
            return DEFAULTS;
        }
        Map<String, String> accepted = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> setting : nullSafe(ruleSeverities).entrySet()) {
            String id = setting.getKey();
            String value = setting.getValue() == null ? "" : setting.getValue().strip();
            Optional<CatalogueEntry> entry = RuleRegistry.entry(id);
            if (entry.isEmpty()) {
                problems.add(element + " names unknown rule '" + id + "': did you mean '" + RuleRegistry.nearestId(id)
                        + "'? The rule ids are listed in the rule catalogue.");
            } else if (!entry.get().configurable()) {
                problems.add(element + " cannot change rule '" + id + "': " + whyFixed(entry.get()) + "; "
                        + spelling.removal(id) + ".");
            } else if (!value.equals(OFF) && Severity.fromKeyword(value).isEmpty()) {
                problems.add(element + " gives rule '" + id + "' the value '" + value + "': write one of " + ALLOWED
                        + ", e.g. " + spelling.setting(id, "warning") + ".");
            } else {
                accepted.put(id, value);
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigurationException(String.join(System.lineSeparator(), problems));
        }
        return new RuleSettings(accepted);
    }

    /** True when {@code ruleSeverities} turned the rule off: it does not run. */
    public boolean isOff(String ruleId) {
        return OFF.equals(values.get(ruleId));
    }

    /** The configured severity of a rule, if {@code ruleSeverities} sets one (not {@code off}). */
    public Optional<Severity> override(String ruleId) {
        return Optional.ofNullable(values.get(ruleId)).flatMap(Severity::fromKeyword);
    }

    /** The severity to report: the override when there is one, else what the rule's trigger gave. */
    public Severity effectiveSeverity(String ruleId, Severity triggered) {
        return override(ruleId).orElse(triggered);
    }

    /** The accepted settings, sorted by rule id, e.g. for a build fingerprint. */
    public Map<String, String> asMap() {
        return values;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RuleSettings settings && settings.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "RuleSettings" + values;
    }

    private static String whyFixed(CatalogueEntry entry) {
        if (entry.requiredItem()) {
            return "it checks a required item of RFC 5406 Section 8 and is always an error";
        }
        return "it reports a problem the build cannot pass with and is always an error";
    }

    private static Map<String, String> nullSafe(Map<String, String> map) {
        Map<String, String> copy = new TreeMap<>();
        map.forEach((key, value) -> copy.put(key == null ? "" : key.strip(), value));
        return copy;
    }
}
