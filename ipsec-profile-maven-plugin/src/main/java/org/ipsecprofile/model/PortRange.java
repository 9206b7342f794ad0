package org.ipsecprofile.model;

/** A port or an inclusive range of ports, 0–65535 ({@code 179} or {@code "5060-5061"}). */
public record PortRange(int first, int last) {

    public PortRange {
        if (first < 0 || last > 65535 || first > last) {
            throw new IllegalArgumentException("bad port range " + first + "-" + last);
        }
    }

    public static PortRange single(int port) {
        return new PortRange(port, port);
    }

    public String display() {
        return first == last ? Integer.toString(first) : first + "-" + last;
    }
}
