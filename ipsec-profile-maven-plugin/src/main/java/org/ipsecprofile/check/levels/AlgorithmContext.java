package org.ipsecprofile.check.levels;

import java.util.List;
import java.util.function.Function;
import org.ipsecprofile.check.RuleSource;
import org.ipsecprofile.model.Algorithms;
import org.ipsecprofile.model.Transform;

/**
 * A list under {@code algorithms} and the level table it is held against (SPEC §4.5): the
 * {@code esp} and {@code ah} lists against RFC 8221, the {@code ike} lists against RFC 8247 (only
 * for IKEv2, see {@link #ike()}).
 */
public enum AlgorithmContext {
    ESP_ENCRYPTION(Algorithms.ESP_ENCRYPTION, "ESP encryption", false, names(Algorithms::espEncryption)),
    ESP_INTEGRITY(Algorithms.ESP_INTEGRITY, "ESP integrity", false, names(Algorithms::espIntegrity)),
    AH_INTEGRITY(Algorithms.AH_INTEGRITY, "AH integrity", false, names(Algorithms::ahIntegrity)),
    IKE_ENCRYPTION(Algorithms.IKE_ENCRYPTION, "IKEv2 encryption", true, names(Algorithms::ikeEncryption)),
    IKE_PRF(Algorithms.IKE_PRF, "the IKEv2 pseudorandom function", true, names(Algorithms::ikePrf)),
    IKE_INTEGRITY(Algorithms.IKE_INTEGRITY, "IKEv2 integrity", true, names(Algorithms::ikeIntegrity)),
    IKE_KEY_EXCHANGE(
            Algorithms.IKE_KEY_EXCHANGE,
            "IKEv2 key exchange",
            true,
            algorithms ->
                    algorithms.ikeKeyExchange().stream().map(String::valueOf).toList());

    private static final RuleSource RFC_8221_DEFAULT = RuleSource.rfc(8221, "1.2");
    private static final RuleSource RFC_8247_DEFAULT = RuleSource.rfc(8247, "1.3");

    private final String path;
    private final String title;
    private final boolean ike;
    private final Function<Algorithms, List<String>> entries;

    AlgorithmContext(String path, String title, boolean ike, Function<Algorithms, List<String>> entries) {
        this.path = path;
        this.title = title;
        this.ike = ike;
        this.entries = entries;
    }

    /** The list's key path, e.g. {@code algorithms.esp.encryption}; entry {@code i} is {@code path[i]}. */
    public String path() {
        return path;
    }

    /** The list's key below {@code algorithms}, e.g. {@code esp.encryption}, as the SPEC's table names it. */
    public String key() {
        return path.substring("algorithms.".length());
    }

    /** How messages name the context: {@code ESP encryption}, {@code IKEv2 key exchange}. */
    public String title() {
        return title;
    }

    /** True for the {@code ike} lists, held against RFC 8247 only when {@code ike.version} is {@code ikev2}. */
    public boolean ike() {
        return ike;
    }

    /** The document whose table the context follows: {@code RFC 8221} or {@code RFC 8247}. */
    public String document() {
        return defaultSource().document();
    }

    /** Where the document says that an algorithm it does not list defaults to MAY. */
    public RuleSource defaultSource() {
        return ike ? RFC_8247_DEFAULT : RFC_8221_DEFAULT;
    }

    /** The path of entry {@code index}: {@code algorithms.esp.encryption[2]}. */
    public String entryPath(int index) {
        return path + "[" + index + "]";
    }

    /** The list's entries as the descriptor names them (transform names, key exchange numbers); empty when absent. */
    public List<String> entries(Algorithms algorithms) {
        return entries.apply(algorithms);
    }

    private static Function<Algorithms, List<String>> names(Function<Algorithms, List<Transform>> list) {
        return algorithms ->
                list.apply(algorithms).stream().map(Transform::name).toList();
    }
}
