package org.ipsecprofile.model;

import java.util.List;

/**
 * The deployment context ({@code context.*}), with the defaults of SPEC §3 applied.
 * {@code endpoints} is empty when not given; {@code scale} is null when not given.
 */
public record Context(
        boolean natLikely,
        boolean multicast,
        List<EndpointKind> endpoints,
        Scale scale,
        boolean multiUserHosts,
        boolean lowLevelProtocol,
        TunneledIn tunneledIn,
        boolean nestedIpsec,
        boolean applicationNeedsPeerIdentity,
        boolean constrainedDevices,
        boolean concentrators) {

    public Context {
        endpoints = List.copyOf(endpoints);
    }

    public static Context defaults() {
        return new Context(false, false, List.of(), null, false, false, TunneledIn.NONE, false, false, false, false);
    }
}
