package org.ipsecprofile.model;

import java.util.List;

/** {@code selectors.ports}: either the word {@code any} or a non-empty list of ports and ranges. */
public record Ports(boolean any, List<PortRange> ranges) {

    public Ports {
        ranges = List.copyOf(ranges);
        if (any != ranges.isEmpty()) {
            throw new IllegalArgumentException("ports are either 'any' or a non-empty list");
        }
    }

    public static Ports anyPort() {
        return new Ports(true, List.of());
    }

    public static Ports of(List<PortRange> ranges) {
        return new Ports(false, ranges);
    }
}
