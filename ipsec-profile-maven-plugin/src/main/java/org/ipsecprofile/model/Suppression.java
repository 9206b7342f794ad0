package org.ipsecprofile.model;

/**
 * One entry of {@code suppress}: the rule id to silence for this profile and why. Either field
 * is null when absent; {@code index} is the entry's place in the list, for its key path.
 */
public record Suppression(String rule, String justification, int index) {

    /** The key path of this entry, e.g. {@code suppress[2]}. */
    public String path() {
        return "suppress[" + index + "]";
    }
}
