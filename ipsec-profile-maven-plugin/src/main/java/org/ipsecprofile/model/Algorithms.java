package org.ipsecprofile.model;

import java.util.List;

/**
 * What a profile says about cryptographic algorithms ({@code algorithms.*}, SPEC §3): whether
 * implementations follow the companion algorithm documents (RFC 8221 for ESP and AH, RFC 8247
 * for IKEv2), and the algorithms they MUST support in each context. Every list is empty when its
 * key is absent; the position of entry {@code i} of a list is
 * {@code positions().positionOf(<path>[i])}, e.g. {@code algorithms.esp.encryption[0]}.
 */
public record Algorithms(
        boolean companion,
        List<Transform> espEncryption,
        List<Transform> espIntegrity,
        List<Transform> ahIntegrity,
        List<Transform> ikeEncryption,
        List<Transform> ikePrf,
        List<Transform> ikeIntegrity,
        List<Integer> ikeKeyExchange) {

    public static final String ESP_ENCRYPTION = "algorithms.esp.encryption";
    public static final String ESP_INTEGRITY = "algorithms.esp.integrity";
    public static final String AH_INTEGRITY = "algorithms.ah.integrity";
    public static final String IKE_ENCRYPTION = "algorithms.ike.encryption";
    public static final String IKE_PRF = "algorithms.ike.prf";
    public static final String IKE_INTEGRITY = "algorithms.ike.integrity";
    public static final String IKE_KEY_EXCHANGE = "algorithms.ike.keyExchange";

    public Algorithms {
        espEncryption = List.copyOf(espEncryption);
        espIntegrity = List.copyOf(espIntegrity);
        ahIntegrity = List.copyOf(ahIntegrity);
        ikeEncryption = List.copyOf(ikeEncryption);
        ikePrf = List.copyOf(ikePrf);
        ikeIntegrity = List.copyOf(ikeIntegrity);
        ikeKeyExchange = List.copyOf(ikeKeyExchange);
    }

    public static Algorithms absent() {
        return new Algorithms(false, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** True when at least one list under {@code algorithms} names something. */
    public boolean anyListed() {
        return !espEncryption.isEmpty()
                || !espIntegrity.isEmpty()
                || !ahIntegrity.isEmpty()
                || !ikeEncryption.isEmpty()
                || !ikePrf.isEmpty()
                || !ikeIntegrity.isEmpty()
                || !ikeKeyExchange.isEmpty();
    }
}
