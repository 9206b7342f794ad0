package org.ipsecprofile.model;

import java.util.List;

/** Item h ({@code ike.*}). {@code version} is null and {@code modes} empty when absent. */
public record Ike(IkeVersion version, List<IkeMode> modes) {

    public Ike {
        modes = List.copyOf(modes);
    }

    public static Ike absent() {
        return new Ike(null, List.of());
    }
}
