package org.ipsecprofile.model;

import java.util.List;

/** Item i ({@code availability.*}). {@code status} and {@code assessment} are null when absent. */
public record Availability(AvailabilityStatus status, String assessment, List<String> targets) {

    public Availability {
        targets = List.copyOf(targets);
    }

    public static Availability absent() {
        return new Availability(null, null, List.of());
    }
}
