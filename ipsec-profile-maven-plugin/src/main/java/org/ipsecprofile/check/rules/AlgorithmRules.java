package org.ipsecprofile.check.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.ipsecprofile.check.RuleSource;
import org.ipsecprofile.check.Severity;
import org.ipsecprofile.check.levels.AlgorithmContext;
import org.ipsecprofile.check.levels.AlgorithmLevels;
import org.ipsecprofile.check.levels.LevelRow;
import org.ipsecprofile.check.levels.RequirementLevel;
import org.ipsecprofile.model.Algorithms;
import org.ipsecprofile.model.IkeVersion;
import org.ipsecprofile.model.KeyManagementMethod;
import org.ipsecprofile.model.Need;
import org.ipsecprofile.model.Profile;
import org.ipsecprofile.model.Transform;

/**
 * Guidance on the algorithms a profile lists (SPEC §4.5): their levels in the tables of
 * {@link AlgorithmLevels} (RFC 8221 for ESP and AH, RFC 8247 for IKEv2, RFC 9395's deprecations),
 * one finding per offending entry, and how ciphers and integrity algorithms go together (RFC 8221
 * Sections 3 to 6, RFC 8247 Section 2, RFC 7296 Section 5). The {@code ike} lists are held
 * against the level tables only when {@code ike.version} is {@code ikev2}.
 */
public final class AlgorithmRules {

    public static final Rule ALGORITHM_MUST_NOT = Rule.guidance(
            "algorithm-must-not",
            "error",
            sourcesOfLevels(RequirementLevel::forbidden),
            "an algorithm listed under algorithms whose level in its context is MUST NOT or DEPRECATED (one"
                    + " finding per entry; ike lists only with ike.version ikev2)",
            profile -> levelViolations(profile, RequirementLevel::forbidden, Severity.ERROR));

    public static final Rule ALGORITHM_SHOULD_NOT = Rule.guidance(
            "algorithm-should-not",
            "warning",
            sourcesOfLevels(level -> level == RequirementLevel.SHOULD_NOT),
            "an algorithm listed under algorithms whose level in its context is SHOULD NOT (one finding per"
                    + " entry; ike lists only with ike.version ikev2)",
            profile -> levelViolations(profile, level -> level == RequirementLevel.SHOULD_NOT, Severity.WARNING));

    public static final Rule ALGORITHM_SUNSET = Rule.guidance(
            "algorithm-sunset",
            "info",
            List.of(RuleSource.rfc(8221, "2"), RuleSource.rfc(8247, "1.1")),
            "an algorithm listed under algorithms whose level in its context is MUST-, expected to be"
                    + " downgraded (one finding per entry; ike lists only with ike.version ikev2)",
            profile -> levelViolations(profile, level -> level == RequirementLevel.MUST_MINUS, Severity.INFO));

    public static final Rule ALGORITHM_UNLISTED = Rule.guidance(
            "algorithm-unlisted",
            "info",
            List.of(RuleSource.rfc(8221, "1.2"), RuleSource.rfc(8247, "1.3")),
            "an algorithm listed under algorithms that its context's level table does not list, so it defaults"
                    + " to MAY (one finding per entry; ike lists only with ike.version ikev2)",
            AlgorithmRules::algorithmUnlisted);

    public static final Rule ENCRYPTION_WITHOUT_INTEGRITY = Rule.guidance(
            "encryption-without-integrity",
            "error",
            List.of(RuleSource.rfc(8221, "4"), RuleSource.rfc(7296, "5")),
            "esp: a non-AEAD cipher other than ENCR_NULL, algorithms.esp.integrity absent or only AUTH_NONE, and"
                    + " protection.combined not true; ike: a non-AEAD cipher and algorithms.ike.integrity given"
                    + " with only AUTH_NONE",
            AlgorithmRules::encryptionWithoutIntegrity);

    public static final Rule NULL_WITHOUT_INTEGRITY = Rule.guidance(
            "null-without-integrity",
            "error",
            List.of(RuleSource.rfc(8221, "6")),
            "algorithms.esp.encryption lists ENCR_NULL and algorithms.esp.integrity is absent or holds only"
                    + " AUTH_NONE",
            AlgorithmRules::nullWithoutIntegrity);

    public static final Rule AEAD_WITH_INTEGRITY = Rule.guidance(
            "aead-with-integrity",
            "warning",
            List.of(RuleSource.rfc(8221, "4"), RuleSource.rfc(8247, "2.3")),
            "in esp or ike: every listed cipher is AEAD and the integrity list holds something other than"
                    + " AUTH_NONE",
            AlgorithmRules::aeadWithIntegrity);

    public static final Rule MANUAL_KEYING_COUNTER_MODE = Rule.guidance(
            "manual-keying-counter-mode",
            "error",
            List.of(RuleSource.rfc(8221, "3")),
            "keyManagement.method manual and algorithms.esp.encryption lists ENCR_AES_CTR, a _CCM_ or _GCM_"
                    + " cipher, or ENCR_CHACHA20_POLY1305 (one finding per entry)",
            AlgorithmRules::manualKeyingCounterMode);

    public static final Rule CONFIDENTIALITY_WITHOUT_CIPHER = Rule.guidance(
            "confidentiality-without-cipher",
            "error",
            List.of(RuleSource.rfc(8221, "5")),
            "protection.confidentiality required, and algorithms.esp.encryption is given and lists only"
                    + " ENCR_NULL and ENCR_NULL_AUTH_AES_GMAC",
            AlgorithmRules::confidentialityWithoutCipher);

    private static final List<RuleSource> ESP_INTEGRITY_SOURCES = List.of(RuleSource.rfc(8221, "4"));
    private static final List<RuleSource> IKE_INTEGRITY_SOURCES =
            List.of(RuleSource.rfc(7296, "5"), RuleSource.rfc(8247, "2.1"));
    private static final List<RuleSource> IKE_AEAD_SOURCES = List.of(RuleSource.rfc(8247, "2.3"));
    private static final Set<Transform> WITHOUT_CIPHER = Set.of(Transform.ENCR_NULL, Transform.ENCR_NULL_AUTH_AES_GMAC);

    private AlgorithmRules() {}

    /** The contexts whose lists are held against the level tables: {@code ike} only with IKEv2. */
    private static List<AlgorithmContext> contextsToCheck(Profile profile) {
        boolean ikev2 = profile.ike().version() == IkeVersion.IKEV2;
        List<AlgorithmContext> contexts = new ArrayList<>();
        for (AlgorithmContext context : AlgorithmContext.values()) {
            if (!context.ike() || ikev2) {
                contexts.add(context);
            }
        }
        return contexts;
    }

    /** One violation per entry whose level matches, citing the entry's row. */
    static List<Violation> levelViolations(Profile profile, Predicate<RequirementLevel> levels, Severity severity) {
        List<Violation> violations = new ArrayList<>();
        for (AlgorithmContext context : contextsToCheck(profile)) {
            List<String> entries = context.entries(profile.algorithms());
            for (int i = 0; i < entries.size(); i++) {
                LevelRow row = AlgorithmLevels.row(context, entries.get(i)).orElse(null);
                if (row != null && levels.test(row.level())) {
                    String path = context.entryPath(i);
                    violations.add(
                            new Violation(path, severity, levelMessage(path, context, row), List.of(row.source())));
                }
            }
        }
        return violations;
    }

    /** Names the level tables do not list default to MAY: peers need not support them. */
    static List<Violation> algorithmUnlisted(Profile profile) {
        List<Violation> violations = new ArrayList<>();
        for (AlgorithmContext context : contextsToCheck(profile)) {
            List<String> entries = context.entries(profile.algorithms());
            for (int i = 0; i < entries.size(); i++) {
                String name = entries.get(i);
                if (AlgorithmLevels.row(context, name).isEmpty()) {
                    String path = context.entryPath(i);
                    String display = context == AlgorithmContext.IKE_KEY_EXCHANGE ? "group " + name : name;
                    violations.add(Violation.info(
                                    path,
                                    path + " is " + display + ", which " + context.document() + " does not list for "
                                            + context.title() + ": it defaults to MAY, so peers need not support"
                                            + " it; require " + mandatory(context) + " (level MUST) beside it, or"
                                            + " choose an algorithm the table lists")
                            .citing(List.of(context.defaultSource())));
                }
            }
        }
        return violations;
    }

    /** ESP and IKE encryption needs integrity protection, from an AEAD cipher, an integrity algorithm or AH. */
    static List<Violation> encryptionWithoutIntegrity(Profile profile) {
        Algorithms algorithms = profile.algorithms();
        List<Violation> violations = new ArrayList<>();
        List<Integer> espCiphers =
                indexes(algorithms.espEncryption(), transform -> !transform.aead() && transform != Transform.ENCR_NULL);
        if (!espCiphers.isEmpty()
                && onlyAuthNone(algorithms.espIntegrity())
                && !profile.protection().combined()) {
            String ciphers = names(algorithms.espEncryption(), espCiphers);
            String fix = "list an integrity algorithm such as AUTH_HMAC_SHA2_256_128 in " + Algorithms.ESP_INTEGRITY
                    + ", choose an AEAD cipher such as ENCR_AES_GCM_16, or apply AH together with ESP"
                    + " (protection.combined: true)";
            if (algorithms.espIntegrity().isEmpty()) {
                String path = AlgorithmContext.ESP_ENCRYPTION.entryPath(espCiphers.get(0));
                violations.add(Violation.error(
                                path,
                                path + " is " + algorithms.espEncryption().get(espCiphers.get(0)) + ", a cipher that"
                                        + " does not protect integrity, and " + Algorithms.ESP_INTEGRITY + " is absent:"
                                        + " encryption without integrity protection is open to active attacks; " + fix)
                        .citing(ESP_INTEGRITY_SOURCES));
            } else {
                violations.add(Violation.error(
                                Algorithms.ESP_INTEGRITY,
                                Algorithms.ESP_INTEGRITY + " holds only AUTH_NONE while " + Algorithms.ESP_ENCRYPTION
                                        + " lists " + ciphers + ", which " + (espCiphers.size() == 1 ? "does" : "do")
                                        + " not protect integrity: encryption without integrity protection is open to"
                                        + " active attacks; " + fix)
                        .citing(ESP_INTEGRITY_SOURCES));
            }
        }
        List<Integer> ikeCiphers = indexes(algorithms.ikeEncryption(), transform -> !transform.aead());
        if (!ikeCiphers.isEmpty() && !algorithms.ikeIntegrity().isEmpty() && onlyAuthNone(algorithms.ikeIntegrity())) {
            violations.add(Violation.error(
                            Algorithms.IKE_INTEGRITY,
                            Algorithms.IKE_INTEGRITY + " holds only AUTH_NONE while " + Algorithms.IKE_ENCRYPTION
                                    + " lists " + names(algorithms.ikeEncryption(), ikeCiphers) + ", which "
                                    + (ikeCiphers.size() == 1 ? "does" : "do") + " not protect integrity: the IKE SA"
                                    + " is never left without integrity protection; list AUTH_HMAC_SHA2_256_128 in "
                                    + Algorithms.IKE_INTEGRITY + ", or use only AEAD ciphers such as ENCR_AES_GCM_16")
                    .citing(IKE_INTEGRITY_SOURCES));
        }
        return violations;
    }

    /** ESP with ENCR_NULL protects nothing unless an integrity algorithm is there. */
    static List<Violation> nullWithoutIntegrity(Profile profile) {
        Algorithms algorithms = profile.algorithms();
        if (!onlyAuthNone(algorithms.espIntegrity())) {
            return List.of();
        }
        String integrity = algorithms.espIntegrity().isEmpty()
                ? Algorithms.ESP_INTEGRITY + " is absent"
                : Algorithms.ESP_INTEGRITY + " holds only AUTH_NONE";
        List<Violation> violations = new ArrayList<>();
        for (int i : indexes(algorithms.espEncryption(), transform -> transform == Transform.ENCR_NULL)) {
            String path = AlgorithmContext.ESP_ENCRYPTION.entryPath(i);
            violations.add(Violation.error(
                    path,
                    path + " is ENCR_NULL while " + integrity + ": ESP with neither encryption nor integrity"
                            + " protects nothing; list AUTH_HMAC_SHA2_256_128 in " + Algorithms.ESP_INTEGRITY
                            + " for integrity-only ESP, or remove ENCR_NULL"));
        }
        return violations;
    }

    /** An AEAD cipher protects integrity itself: no integrity algorithm is negotiated beside it. */
    static List<Violation> aeadWithIntegrity(Profile profile) {
        Algorithms algorithms = profile.algorithms();
        List<Violation> violations = new ArrayList<>();
        aeadWithIntegrity(
                        AlgorithmContext.ESP_ENCRYPTION,
                        algorithms.espEncryption(),
                        AlgorithmContext.ESP_INTEGRITY,
                        algorithms.espIntegrity(),
                        ESP_INTEGRITY_SOURCES)
                .ifPresent(violations::add);
        aeadWithIntegrity(
                        AlgorithmContext.IKE_ENCRYPTION,
                        algorithms.ikeEncryption(),
                        AlgorithmContext.IKE_INTEGRITY,
                        algorithms.ikeIntegrity(),
                        IKE_AEAD_SOURCES)
                .ifPresent(violations::add);
        return violations;
    }

    private static Optional<Violation> aeadWithIntegrity(
            AlgorithmContext encryptionContext,
            List<Transform> encryption,
            AlgorithmContext integrityContext,
            List<Transform> integrity,
            List<RuleSource> sources) {
        if (encryption.isEmpty() || !encryption.stream().allMatch(Transform::aead)) {
            return Optional.empty();
        }
        List<Integer> extra = indexes(integrity, transform -> transform != Transform.AUTH_NONE);
        if (extra.isEmpty()) {
            return Optional.empty();
        }
        String path = integrityContext.entryPath(extra.get(0));
        return Optional.of(Violation.warning(
                        path,
                        path + " is " + integrity.get(extra.get(0)) + ", but every cipher in "
                                + encryptionContext.path() + " is AEAD and protects integrity itself, so no"
                                + " integrity algorithm is negotiated beside it; write [AUTH_NONE] or leave "
                                + integrityContext.path() + " out, or list a non-AEAD cipher it is meant for")
                .citing(sources));
    }

    /** Counter-mode ciphers reuse their counters under manual keys. */
    static List<Violation> manualKeyingCounterMode(Profile profile) {
        if (profile.keyManagement().method() != KeyManagementMethod.MANUAL) {
            return List.of();
        }
        List<Violation> violations = new ArrayList<>();
        List<Transform> encryption = profile.algorithms().espEncryption();
        for (int i : indexes(encryption, AlgorithmRules::counterMode)) {
            String path = AlgorithmContext.ESP_ENCRYPTION.entryPath(i);
            violations.add(Violation.error(
                    path,
                    path + " is " + encryption.get(i) + " while keyManagement.method is manual: with manual keys"
                            + " this counter-based cipher would repeat its counters and lose its security; use"
                            + " ENCR_AES_CBC with an integrity algorithm under manual keys, or key the SAs with ike"));
        }
        return violations;
    }

    /** Encryption required, but the ESP list has no cipher that encrypts. */
    static List<Violation> confidentialityWithoutCipher(Profile profile) {
        List<Transform> encryption = profile.algorithms().espEncryption();
        if (profile.protection().confidentiality() != Need.REQUIRED
                || encryption.isEmpty()
                || !WITHOUT_CIPHER.containsAll(encryption)) {
            return List.of();
        }
        return List.of(Violation.error(
                Algorithms.ESP_ENCRYPTION,
                Algorithms.ESP_ENCRYPTION + " lists only "
                        + encryption.stream().distinct().map(Transform::name).collect(Collectors.joining(" and "))
                        + " while protection.confidentiality is required: these protect integrity but encrypt"
                        + " nothing; list a cipher such as ENCR_AES_GCM_16 or ENCR_AES_CBC, or set"
                        + " protection.confidentiality to none if the traffic needs no secrecy"));
    }

    private static boolean counterMode(Transform transform) {
        String name = transform.name();
        return transform == Transform.ENCR_AES_CTR
                || transform == Transform.ENCR_CHACHA20_POLY1305
                || name.contains("_CCM_")
                || name.contains("_GCM_");
    }

    private static String levelMessage(String path, AlgorithmContext context, LevelRow row) {
        String document = row.source().document();
        String entry = path + " is " + row.display() + ", ";
        String instead = mandatory(context) + " (level MUST)";
        return switch (row.level()) {
            case DEPRECATED ->
                entry + "marked DEPRECATED in the IANA registry by " + document + ": an obsolete"
                        + " algorithm that implementations are dropping; remove the entry and require " + instead
                        + " instead";
            case MUST_NOT ->
                entry + "at level MUST NOT for " + context.title() + " in " + document
                        + ": implementations that follow " + document + " leave it out, so the profile cannot rely on"
                        + " it; remove the entry and require " + instead + " instead";
            case SHOULD_NOT ->
                entry + "at level SHOULD NOT for " + context.title() + " in " + document
                        + ": implementations are advised against it and may leave it out; remove the entry, or keep"
                        + " it only for old peers beside " + instead;
            case MUST_MINUS ->
                entry + "at level MUST- for " + context.title() + " in " + document
                        + ": implementations still support it, but it is expected to lose its MUST; keep it only"
                        + " beside its successor " + instead;
            default -> throw new IllegalArgumentException("no message for level " + row.level());
        };
    }

    /** The context's MUST algorithms as a message suggests them: {@code ENCR_AES_CBC or ENCR_AES_GCM_16}, {@code group 14}. */
    private static String mandatory(AlgorithmContext context) {
        return AlgorithmLevels.mandatory(context).stream()
                .map(name -> context == AlgorithmContext.IKE_KEY_EXCHANGE ? "group " + name : name)
                .collect(Collectors.joining(" or "));
    }

    /** The documents and sections of the rows at the given levels, one source per document, in table order. */
    private static List<RuleSource> sourcesOfLevels(Predicate<RequirementLevel> levels) {
        Map<String, Set<String>> sections = new LinkedHashMap<>();
        for (AlgorithmContext context : AlgorithmContext.values()) {
            for (LevelRow row : AlgorithmLevels.rows(context)) {
                if (levels.test(row.level())) {
                    sections.computeIfAbsent(row.source().document(), document -> new LinkedHashSet<>())
                            .add(row.source().section());
                }
            }
        }
        List<RuleSource> sources = new ArrayList<>();
        sections.forEach((document, parts) -> sources.add(new RuleSource(document, String.join(", ", parts))));
        return sources;
    }

    /** True when a list is absent or names nothing but AUTH_NONE. */
    private static boolean onlyAuthNone(List<Transform> integrity) {
        return integrity.stream().allMatch(transform -> transform == Transform.AUTH_NONE);
    }

    private static List<Integer> indexes(List<Transform> list, Predicate<Transform> test) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (test.test(list.get(i))) {
                indexes.add(i);
            }
        }
        return indexes;
    }

    private static String names(List<Transform> list, List<Integer> indexes) {
        return indexes.stream().map(list::get).map(Transform::name).distinct().collect(Collectors.joining(", "));
    }
}
