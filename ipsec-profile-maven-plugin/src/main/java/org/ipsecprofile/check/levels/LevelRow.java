package org.ipsecprofile.check.levels;

import java.util.Objects;
import org.ipsecprofile.check.RuleSource;

/**
 * One row of a level table (SPEC §4.5): an algorithm's level in one context and the document and
 * section whose table gives it.
 *
 * @param algorithm   the name as a descriptor writes it: a transform name ({@code ENCR_3DES}) or,
 *                    for key exchange, the method's number ({@code 14})
 * @param description what a key exchange number stands for ({@code 2048-bit MODP Group}); null
 *                    for transform names, which say it themselves
 * @param level       the level in the row's context
 * @param source      the document and section of the row, e.g. RFC 8221 Section 5
 */
public record LevelRow(String algorithm, String description, RequirementLevel level, RuleSource source) {

    public LevelRow {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(source, "source");
    }

    /** How a message names the algorithm: {@code ENCR_3DES}, or {@code group 2 (1024-bit MODP Group)}. */
    public String display() {
        return description == null ? algorithm : "group " + algorithm + " (" + description + ")";
    }
}
