package org.ipsecprofile.check.rules;

import java.util.ArrayList;
import java.util.List;
import org.ipsecprofile.check.levels.AlgorithmContext;
import org.ipsecprofile.model.Algorithms;
import org.ipsecprofile.model.Transform;

/**
 * {@code algorithms} values for rule tests: starts with every list absent and
 * {@code companion: false}; each method sets one list, as the descriptor would write it.
 */
final class AlgorithmLists {

    private boolean companion;
    private List<Transform> espEncryption = List.of();
    private List<Transform> espIntegrity = List.of();
    private List<Transform> ahIntegrity = List.of();
    private List<Transform> ikeEncryption = List.of();
    private List<Transform> ikePrf = List.of();
    private List<Transform> ikeIntegrity = List.of();
    private List<Integer> ikeKeyExchange = List.of();

    private AlgorithmLists() {}

    static AlgorithmLists algorithms() {
        return new AlgorithmLists();
    }

    /** A value with one list, {@code context}, holding the names (or key exchange numbers) given. */
    static Algorithms only(AlgorithmContext context, String... names) {
        AlgorithmLists lists = algorithms();
        List<Transform> transforms = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (String name : names) {
            if (context == AlgorithmContext.IKE_KEY_EXCHANGE) {
                numbers.add(Integer.valueOf(name));
            } else {
                transforms.add(Transform.valueOf(name));
            }
        }
        switch (context) {
            case ESP_ENCRYPTION -> lists.espEncryption = transforms;
            case ESP_INTEGRITY -> lists.espIntegrity = transforms;
            case AH_INTEGRITY -> lists.ahIntegrity = transforms;
            case IKE_ENCRYPTION -> lists.ikeEncryption = transforms;
            case IKE_PRF -> lists.ikePrf = transforms;
            case IKE_INTEGRITY -> lists.ikeIntegrity = transforms;
            case IKE_KEY_EXCHANGE -> lists.ikeKeyExchange = numbers;
        }
        return lists.build();
    }

    AlgorithmLists companion(boolean value) {
        companion = value;
        return this;
    }

    AlgorithmLists espEncryption(Transform... values) {
        espEncryption = List.of(values);
        return this;
    }

    AlgorithmLists espIntegrity(Transform... values) {
        espIntegrity = List.of(values);
        return this;
    }

    AlgorithmLists ahIntegrity(Transform... values) {
        ahIntegrity = List.of(values);
        return this;
    }

    AlgorithmLists ikeEncryption(Transform... values) {
        ikeEncryption = List.of(values);
        return this;
    }

    AlgorithmLists ikePrf(Transform... values) {
        ikePrf = List.of(values);
        return this;
    }

    AlgorithmLists ikeIntegrity(Transform... values) {
        ikeIntegrity = List.of(values);
        return this;
    }

    AlgorithmLists ikeKeyExchange(Integer... values) {
        ikeKeyExchange = List.of(values);
        return this;
    }

    Algorithms build() {
        return new Algorithms(
                companion,
                espEncryption,
                espIntegrity,
                ahIntegrity,
                ikeEncryption,
                ikePrf,
                ikeIntegrity,
                ikeKeyExchange);
    }
}
