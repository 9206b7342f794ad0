package org.ipsecprofile.render.content;

import java.util.List;
import org.ipsecprofile.model.Algorithms;
import org.ipsecprofile.model.IkeVersion;
import org.ipsecprofile.model.KeyManagementMethod;
import org.ipsecprofile.model.Profile;
import org.ipsecprofile.model.SecurityProtocol;
import org.ipsecprofile.model.Transform;

/**
 * What a profile says about cryptographic algorithms ({@code algorithms.*}), as the profile
 * section and the Security Considerations word it.
 *
 * @param given true when the profile names the companion documents or lists an algorithm; the
 *     templates write nothing about algorithms otherwise
 * @param companion true when implementations follow the companion algorithm documents
 * @param companionEspAh true when RFC 8221 applies through {@code companion}: the profile uses ESP
 *     or AH, or does not yet say which
 * @param companionIke true when RFC 8247 applies through {@code companion}: keys are managed with
 *     IKEv2
 * @param listed true when some list names an algorithm
 * @param esp the algorithms listed for ESP
 * @param ah the algorithms listed for AH
 * @param ike the algorithms listed for the IKE SA
 */
public record AlgorithmFacts(
        boolean given,
        boolean companion,
        boolean companionEspAh,
        boolean companionIke,
        boolean listed,
        ContextAlgorithms esp,
        ContextAlgorithms ah,
        ContextAlgorithms ike) {

    /**
     * The algorithms listed for one context (ESP, AH or the IKE SA), by transform name as the
     * descriptor gives them ({@code ENCR_AES_GCM_16}), in the descriptor's order.
     *
     * @param listed true when any list of the context names something
     * @param encryption the encryption algorithms
     * @param aead those of {@code encryption} that are AEAD ciphers, which need no separate
     *     integrity algorithm
     * @param nonAead those of {@code encryption} that are not
     * @param integrity the integrity algorithms but {@code AUTH_NONE}
     * @param prf the pseudorandom functions (IKE only)
     * @param keyExchange the key exchange method numbers (IKE only)
     */
    public record ContextAlgorithms(
            boolean listed,
            List<String> encryption,
            List<String> aead,
            List<String> nonAead,
            List<String> integrity,
            List<String> prf,
            List<Integer> keyExchange) {

        public ContextAlgorithms {
            encryption = List.copyOf(encryption);
            aead = List.copyOf(aead);
            nonAead = List.copyOf(nonAead);
            integrity = List.copyOf(integrity);
            prf = List.copyOf(prf);
            keyExchange = List.copyOf(keyExchange);
        }

        static ContextAlgorithms of(
                List<Transform> encryption, List<Transform> integrity, List<Transform> prf, List<Integer> keyExchange) {
            return new ContextAlgorithms(
                    !encryption.isEmpty() || !integrity.isEmpty() || !prf.isEmpty() || !keyExchange.isEmpty(),
                    names(encryption),
                    names(encryption.stream().filter(Transform::aead).toList()),
                    names(encryption.stream().filter(t -> !t.aead()).toList()),
                    names(integrity.stream()
                            .filter(t -> t != Transform.AUTH_NONE)
                            .toList()),
                    names(prf),
                    keyExchange);
        }

        private static List<String> names(List<Transform> transforms) {
            return transforms.stream().map(Transform::name).distinct().toList();
        }
    }

    static AlgorithmFacts of(Profile profile) {
        Algorithms algorithms = profile.algorithms();
        return new AlgorithmFacts(
                algorithms.companion() || algorithms.anyListed(),
                algorithms.companion(),
                companionEspAh(profile),
                companionIke(profile),
                algorithms.anyListed(),
                ContextAlgorithms.of(algorithms.espEncryption(), algorithms.espIntegrity(), List.of(), List.of()),
                ContextAlgorithms.of(List.of(), algorithms.ahIntegrity(), List.of(), List.of()),
                ContextAlgorithms.of(
                        algorithms.ikeEncryption(),
                        algorithms.ikeIntegrity(),
                        algorithms.ikePrf(),
                        algorithms.ikeKeyExchange().stream().distinct().toList()));
    }

    /**
     * True when RFC 8221 applies through {@code algorithms.companion}: the profile uses ESP or AH,
     * or does not yet say which.
     */
    static boolean companionEspAh(Profile profile) {
        return profile.algorithms().companion()
                && (profile.protection().protocols().isEmpty()
                        || profile.protection().uses(SecurityProtocol.ESP)
                        || profile.protection().uses(SecurityProtocol.AH));
    }

    /** True when RFC 8247 applies through {@code algorithms.companion}: keys are managed with IKEv2. */
    static boolean companionIke(Profile profile) {
        return profile.algorithms().companion()
                && profile.keyManagement().method() == KeyManagementMethod.IKE
                && profile.ike().version() == IkeVersion.IKEV2;
    }
}
