package org.ipsecprofile.model;

import java.util.List;

/**
 * Item b, what protects the traffic ({@code protection.*}). {@code protocols} is empty when
 * absent; {@code mandatoryToImplement}, {@code mode} and {@code confidentiality} are null when
 * absent; the others carry the defaults of SPEC §3.
 */
public record Protection(
        List<SecurityProtocol> protocols,
        SecurityProtocol mandatoryToImplement,
        boolean combined,
        Mode mode,
        Need confidentiality,
        Integrity integrity,
        Need replayProtection,
        NatTraversal natTraversal) {

    public Protection {
        protocols = List.copyOf(protocols);
    }

    public static Protection absent() {
        return new Protection(
                List.of(), null, false, null, null, Integrity.REQUIRED, Need.REQUIRED, NatTraversal.NOT_NEEDED);
    }

    public boolean uses(SecurityProtocol protocol) {
        return protocols.contains(protocol);
    }
}
