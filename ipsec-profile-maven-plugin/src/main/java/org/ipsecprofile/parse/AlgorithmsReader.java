package org.ipsecprofile.parse;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ipsecprofile.model.Algorithms;
import org.ipsecprofile.model.Position;
import org.ipsecprofile.model.Transform;
import org.ipsecprofile.model.TransformType;
import org.ipsecprofile.parse.YamlNode.Scalar;
import org.ipsecprofile.parse.YamlNode.ScalarType;
import org.ipsecprofile.parse.YamlNode.Sequence;

/**
 * Reads the {@code algorithms} section (SPEC §3, names of §3.1): the companion flag, the lists of
 * transform names per context, and the IKE key exchange method numbers. Names are exact and upper
 * case; a name of another kind than its list takes (a PRF under an integrity list) is refused with
 * the list it belongs in; the same entry twice in one list is refused at the second. An empty
 * list counts as absent. Which algorithms are advisable is not decided here but by the rules.
 */
final class AlgorithmsReader {

    static final List<String> KEYS = List.of("companion", "esp", "ah", "ike");
    static final List<String> ESP_KEYS = List.of("encryption", "integrity");
    static final List<String> AH_KEYS = List.of("integrity");
    static final List<String> IKE_KEYS = List.of("encryption", "prf", "integrity", "keyExchange");

    static final int MAX_KEY_EXCHANGE = 65535;
    private static final String KEY_EXCHANGE_EXAMPLES = "e.g. 14, 19 or 31";
    /** At most this many names are offered for a name written without its suffix (ENCR_AES_GCM). */
    private static final int MAX_COMPLETIONS = 4;

    /** The lists of transform names: where each stands and what it takes. */
    enum TransformList {
        ESP_ENCRYPTION(
                Algorithms.ESP_ENCRYPTION,
                TransformType.ENCRYPTION,
                "ESP encryption algorithms",
                List.of("ENCR_AES_GCM_16", "ENCR_AES_CBC"),
                ""),
        ESP_INTEGRITY(
                Algorithms.ESP_INTEGRITY,
                TransformType.INTEGRITY,
                "ESP integrity algorithms",
                List.of("AUTH_HMAC_SHA2_256_128"),
                ", or AUTH_NONE beside AEAD ciphers"),
        AH_INTEGRITY(
                Algorithms.AH_INTEGRITY,
                TransformType.INTEGRITY,
                "AH integrity algorithms",
                List.of("AUTH_HMAC_SHA2_256_128"),
                ""),
        IKE_ENCRYPTION(
                Algorithms.IKE_ENCRYPTION,
                TransformType.ENCRYPTION,
                "IKE encryption algorithms",
                List.of("ENCR_AES_CBC", "ENCR_AES_GCM_16"),
                ""),
        IKE_PRF(Algorithms.IKE_PRF, TransformType.PRF, "IKE pseudorandom functions", List.of("PRF_HMAC_SHA2_256"), ""),
        IKE_INTEGRITY(
                Algorithms.IKE_INTEGRITY,
                TransformType.INTEGRITY,
                "IKE integrity algorithms",
                List.of("AUTH_HMAC_SHA2_256_128"),
                "");

        private final String path;
        private final TransformType type;
        private final String noun;
        private final List<String> examples;
        private final String note;

        TransformList(String path, TransformType type, String noun, List<String> examples, String note) {
            this.path = path;
            this.type = type;
            this.noun = noun;
            this.examples = examples;
            this.note = note;
        }

        /** The dotted key path, e.g. {@code algorithms.esp.encryption}. */
        String path() {
            return path;
        }

        TransformType type() {
            return type;
        }

        /** What the list holds, with examples, as messages say it. */
        String takes() {
            return noun + " (" + type.prefix() + " names), e.g. " + String.join(" or ", examples) + note;
        }

        /** What a value of the list's key must be, as a wrong-type message says it. */
        String expected() {
            return "a list of " + noun + " (" + type.prefix() + " names), e.g. [" + String.join(", ", examples) + "]";
        }

        String example() {
            return examples.get(0);
        }

        boolean ike() {
            return this == IKE_ENCRYPTION || this == IKE_PRF || this == IKE_INTEGRITY;
        }

        /** The list of the same context (ESP and AH, or IKE) where a name of {@code kind} belongs. */
        TransformList home(TransformType kind) {
            return switch (kind) {
                case PRF -> IKE_PRF;
                case ENCRYPTION -> ike() ? IKE_ENCRYPTION : ESP_ENCRYPTION;
                case INTEGRITY -> ike() ? IKE_INTEGRITY : ESP_INTEGRITY;
            };
        }
    }

    /** Where a list first held a value. */
    private record FirstEntry(String path, Position position) {}

    private AlgorithmsReader() {}

    static Algorithms read(MappingReader algorithms) {
        boolean companion = algorithms.bool("companion", false);
        MappingReader esp = algorithms.section("esp", ESP_KEYS);
        MappingReader ah = algorithms.section("ah", AH_KEYS);
        MappingReader ike = algorithms.section("ike", IKE_KEYS);
        return new Algorithms(
                companion,
                transforms(esp, "encryption", TransformList.ESP_ENCRYPTION),
                transforms(esp, "integrity", TransformList.ESP_INTEGRITY),
                transforms(ah, "integrity", TransformList.AH_INTEGRITY),
                transforms(ike, "encryption", TransformList.IKE_ENCRYPTION),
                transforms(ike, "prf", TransformList.IKE_PRF),
                transforms(ike, "integrity", TransformList.IKE_INTEGRITY),
                keyExchange(ike));
    }

    private static List<Transform> transforms(MappingReader section, String key, TransformList list) {
        String expected = list.expected();
        if (!isList(section, key, expected, hintForOne(section.value(key), list))) {
            return List.of();
        }
        Map<Transform, FirstEntry> firstEntries = new HashMap<>();
        return section.list(key, expected, (item, itemPath) -> {
            Transform transform = transform(section, item, itemPath, list);
            return transform == null ? null : once(section, firstEntries, transform, item, itemPath);
        });
    }

    private static List<Integer> keyExchange(MappingReader ike) {
        String expected = "a list of key exchange method numbers, e.g. [19, 14]";
        YamlNode node = ike.value("keyExchange");
        String hint = node instanceof Scalar scalar
                        && scalar.type() == ScalarType.INTEGER
                        && keyExchangeNumber(scalar.integer()) != null
                ? "; write even one method as a list: [" + scalar.text() + "]"
                : "";
        if (!isList(ike, "keyExchange", expected, hint)) {
            return List.of();
        }
        Map<Integer, FirstEntry> firstEntries = new HashMap<>();
        return ike.list("keyExchange", expected, (item, itemPath) -> {
            Integer number = keyExchangeNumber(ike, item, itemPath);
            return number == null ? null : once(ike, firstEntries, number, item, itemPath);
        });
    }

    /** True when {@code key} holds a list; reports any other value (null and absent are neither). */
    private static boolean isList(MappingReader section, String key, String expected, String hint) {
        YamlNode node = section.value(key);
        if (node == null) {
            return false;
        }
        if (!(node instanceof Sequence)) {
            section.wrongType(section.path(key), node, expected, hint);
            return false;
        }
        return true;
    }

    private static String hintForOne(YamlNode node, TransformList list) {
        if (node instanceof Scalar scalar && scalar.type() == ScalarType.STRING) {
            Optional<Transform> named = Transform.named(scalar.text());
            if (named.isPresent() && named.get().type() == list.type()) {
                return "; write even one name as a list: [" + scalar.text() + "]";
            }
        }
        return "";
    }

    /** {@code value}, or null after reporting it when the list already holds it. */
    private static <T> T once(
            MappingReader section, Map<T, FirstEntry> firstEntries, T value, YamlNode item, String itemPath) {
        FirstEntry first = firstEntries.putIfAbsent(value, new FirstEntry(itemPath, item.position()));
        if (first == null) {
            return value;
        }
        section.report(
                item.position(),
                itemPath + ": " + value + " is listed twice, first as " + first.path() + " at line "
                        + first.position().line() + ", column "
                        + first.position().column()
                        + "; remove one of the two");
        return null;
    }

    private static Transform transform(MappingReader section, YamlNode item, String itemPath, TransformList list) {
        if (!(item instanceof Scalar scalar && scalar.type() == ScalarType.STRING)) {
            String hint = item instanceof Scalar s && s.type() == ScalarType.INTEGER
                    ? "; write the algorithm's name as the IANA IKEv2 registry gives it, not its number"
                    : "";
            section.wrongType(itemPath, item, "an algorithm name such as " + list.example(), hint);
            return null;
        }
        String written = scalar.text();
        Optional<Transform> named = Transform.named(written);
        if (named.isEmpty()) {
            section.report(item.position(), unknownName(itemPath, written, list));
            return null;
        }
        Transform transform = named.get();
        if (transform.type() != list.type()) {
            section.report(item.position(), misplaced(itemPath, transform, list));
            return null;
        }
        return transform;
    }

    /** The message for a name that is no §3.1 name, with the nearest one when there is one. */
    static String unknownName(String itemPath, String written, TransformList list) {
        String head = itemPath + ": '" + Problem.abbreviate(written) + "' is not a known algorithm name";
        List<String> sameKind = names(list.type());
        List<String> completions = sameKind.stream()
                .filter(name -> name.startsWith(written.toUpperCase(Locale.ROOT) + "_"))
                .toList();
        if (!completions.isEmpty() && completions.size() <= MAX_COMPLETIONS) {
            return head + "; did you mean " + either(completions) + "? Write the whole name as the IANA IKEv2"
                    + " registry spells it";
        }
        Optional<String> near = NearestWord.nearest(written, sameKind);
        if (near.isPresent()) {
            boolean caseOnly = near.get().equalsIgnoreCase(written);
            return head + "; did you mean '" + near.get() + "'? "
                    + (caseOnly
                            ? "Names are written in upper case, exactly as the IANA IKEv2 registry spells them"
                            : "Write names exactly as the IANA IKEv2 registry spells them");
        }
        Optional<String> otherKind = NearestWord.nearest(
                written, Arrays.stream(Transform.values()).map(Transform::name).toList());
        if (otherKind.isPresent()) {
            Transform other = Transform.named(otherKind.get()).orElseThrow();
            return head + "; did you mean '" + other.name() + "' (" + kindOf(other) + ", for "
                    + list.home(other.type()).path() + ")? This list takes " + list.takes();
        }
        return head + "; this list takes " + list.takes() + ", written as the IANA IKEv2 registry spells them";
    }

    /** The message for a known name in a list of another kind, naming the list it belongs in. */
    static String misplaced(String itemPath, Transform transform, TransformList list) {
        TransformList home = list.home(transform.type());
        String message =
                itemPath + ": " + transform.name() + " is " + kindOf(transform) + "; list it under " + home.path();
        if (transform.type() == TransformType.PRF && !list.ike()) {
            message += " (only IKE uses a PRF)";
        } else if (transform.type() == TransformType.ENCRYPTION && list == TransformList.AH_INTEGRITY) {
            message += " (AH does not encrypt)";
        }
        if (transform.aead() && list.type() == TransformType.INTEGRITY && list != TransformList.AH_INTEGRITY) {
            return message + ". An AEAD cipher protects integrity itself: with AEAD ciphers only, write [AUTH_NONE]"
                    + " here or leave " + list.path() + " out";
        }
        return message + ". This list takes " + list.takes();
    }

    private static String kindOf(Transform transform) {
        return switch (transform.type()) {
            case ENCRYPTION -> transform.aead() ? "an AEAD encryption algorithm" : "an encryption algorithm";
            case PRF -> "a PRF";
            case INTEGRITY -> "an integrity algorithm";
        };
    }

    private static List<String> names(TransformType type) {
        return Arrays.stream(Transform.values())
                .filter(t -> t.type() == type)
                .map(Transform::name)
                .toList();
    }

    private static String either(List<String> names) {
        List<String> quoted = names.stream().map(n -> "'" + n + "'").toList();
        return quoted.size() == 1
                ? quoted.get(0)
                : String.join(", ", quoted.subList(0, quoted.size() - 1)) + " or " + quoted.get(quoted.size() - 1);
    }

    private static Integer keyExchangeNumber(MappingReader ike, YamlNode item, String itemPath) {
        if (item instanceof Scalar scalar && scalar.type() == ScalarType.INTEGER) {
            Integer number = keyExchangeNumber(scalar.integer());
            if (number == null) {
                ike.report(
                        item.position(),
                        itemPath + ": " + scalar.text() + " is not a key exchange method number; write the method's"
                                + " number in the IANA IKEv2 registry, from 1 to " + MAX_KEY_EXCHANGE + ", "
                                + KEY_EXCHANGE_EXAMPLES);
            }
            return number;
        }
        String expected = "a key exchange method number from 1 to " + MAX_KEY_EXCHANGE + ", " + KEY_EXCHANGE_EXAMPLES;
        if (item instanceof Scalar scalar && scalar.type() == ScalarType.STRING) {
            String written = scalar.text().strip();
            if (written.matches("[0-9]+")) {
                ike.report(
                        item.position(),
                        itemPath + ": '" + Problem.abbreviate(written) + "' is text; write the number without quotes");
                return null;
            }
            if (written.matches("[A-Za-z].*")) {
                ike.report(
                        item.position(),
                        itemPath + ": '" + Problem.abbreviate(written) + "' is a name, but key exchange methods are"
                                + " written as their numbers in the IANA IKEv2 registry, e.g. 14 (2048-bit MODP"
                                + " group), 19 (256-bit random ECP group) or 31 (Curve25519)");
                return null;
            }
        }
        ike.wrongType(itemPath, item, expected, "");
        return null;
    }

    private static Integer keyExchangeNumber(BigInteger number) {
        return number.signum() > 0 && number.compareTo(BigInteger.valueOf(MAX_KEY_EXCHANGE)) <= 0
                ? number.intValue()
                : null;
    }
}
