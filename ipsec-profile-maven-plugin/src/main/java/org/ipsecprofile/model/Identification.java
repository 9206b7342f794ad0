package org.ipsecprofile.model;

import java.util.List;

/** Item d ({@code identification.*}). {@code types} is empty when absent; notes may be null. */
public record Identification(List<IdentityType> types, String notes) {

    public Identification {
        types = List.copyOf(types);
    }

    public static Identification absent() {
        return new Identification(List.of(), null);
    }
}
