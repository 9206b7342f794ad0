package org.ipsecprofile.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Valid descriptors of four shapes (the same as benchmarks/e2e.sh writes): a BGP-like IKEv1
 * profile, an IKEv2 tunnel with certificates and EAP, an SCTP host profile behind NAT with a
 * shared secret, a KINK profile with a suppression.
 */
final class Descriptors {

    private static final String[] SHAPES = {"""
        schema: ipsec-profile/1
        id: p%1$d
        protocol: {name: BGP-%1$d, reference: RFC4271}
        ipsec: {version: 2}
        context: {endpoints: [routers], scale: many-to-many}
        selectors:
          initiator: Either speaker of peer pair %1$d.
          local: The router's loopback address.
          remote: The configured peer's loopback address.
          transport: tcp
          ports: [%2$d]
        protection:
          protocols: [esp, ah]
          mandatoryToImplement: esp
          mode: transport
          confidentiality: none
        keyManagement: {method: ike}
        ike: {version: ikev1, modes: [main]}
        identification: {types: [ip-address]}
        userSwitching: {applies: false}
        authentication:
          methods: [certificates, pre-shared-secret]
          mandatoryToImplement: certificates
          certificates: {issuance: locally-issued, identityBinding: source IP address or AS number}
        authorization:
          policy: Accept connections only from the designated peer number %1$d; every other service
            keeps its own policy.
        availability:
          status: unknown
          assessment: Whether routers support profile %1$d must be settled by the working group.
        """, """
        schema: ipsec-profile/1
        id: p%1$d
        protocol: {name: Telemetry-%1$d, reference: draft-example-telemetry-%1$d}
        ipsec: {version: 3}
        context: {endpoints: [routers, servers], scale: pairwise}
        selectors:
          initiator: The collector of deployment %1$d.
          transport: udp
          ports: ["%2$d-%3$d"]
          notes: Reports travel from probes to the collector.
        protection:
          protocols: [esp]
          mode: tunnel
          confidentiality: required
        keyManagement: {method: ike}
        ike: {version: ikev2}
        identification: {types: [dns-name, x500-dn]}
        userSwitching: {applies: false}
        authentication:
          methods: [certificates, eap]
          mandatoryToImplement: certificates
          certificates: {issuance: existing-pki}
        authorization:
          policy: The collector accepts reports from probes its operator enrolled (%1$d).
        availability:
          status: available
          assessment: IKEv2 with certificates is in every router and server operating system.
          targets: [Linux, BSD]
        securityConsiderations:
          additional:
            - Probes of deployment %1$d keep their keys in hardware.
        """, """
        schema: ipsec-profile/1
        id: p%1$d
        protocol: {name: Sync-%1$d}
        ipsec: {version: 3}
        context: {natLikely: true, endpoints: [hosts], scale: pairwise}
        selectors:
          initiator: The client of service %1$d.
          transport: sctp
          ports: any
        protection:
          protocols: [esp]
          mode: transport
          confidentiality: optional
          natTraversal: required
        keyManagement: {method: ike}
        ike: {version: ikev2}
        identification: {types: [dns-name]}
        userSwitching: {applies: false}
        authentication:
          methods: [pre-shared-secret]
        authorization:
          policy: |
            Each client of service %1$d is authorized by its configured secret.

            Servers refuse every other request.
        availability:
          status: partial
          assessment: Hosts support it; some NAT devices on path %1$d may not.
        """, """
        schema: ipsec-profile/1
        id: p%1$d
        protocol: {name: Directory-%1$d, reference: RFC4511}
        ipsec: {version: 3}
        context: {endpoints: [servers]}
        selectors:
          initiator: A directory client of realm %1$d.
          transport: tcp
          ports: [389, 636]
        protection:
          protocols: [esp]
          mode: transport
          confidentiality: required
        keyManagement: {method: kink, kerberosInfrastructure: true}
        identification: {types: [ip-address, dns-name]}
        userSwitching: {applies: false}
        authentication:
          methods: [kerberos]
        authorization:
          policy: The directory authorizes each Kerberos principal of realm %1$d for its own entries.
        availability:
          status: available
          assessment: KINK is available where the realm's servers run it.
        suppress:
          - {rule: port-selectors, justification: The directory ports are fixed by its specification.}
        """};

    private Descriptors() {}

    /** Descriptor number {@code i}, as UTF-8 bytes. */
    static byte[] descriptor(int i) {
        int port = 1024 + i % 60000;
        return String.format(Locale.ROOT, SHAPES[i % SHAPES.length], i, port, port + 10)
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Descriptors 0 to {@code count - 1}. */
    static List<byte[]> descriptors(int count) {
        List<byte[]> all = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            all.add(descriptor(i));
        }
        return all;
    }
}
