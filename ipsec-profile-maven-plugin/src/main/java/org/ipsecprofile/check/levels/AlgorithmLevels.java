package org.ipsecprofile.check.levels;

import static org.ipsecprofile.check.levels.RequirementLevel.AEAD_ONLY;
import static org.ipsecprofile.check.levels.RequirementLevel.DEPRECATED;
import static org.ipsecprofile.check.levels.RequirementLevel.MAY;
import static org.ipsecprofile.check.levels.RequirementLevel.MUST;
import static org.ipsecprofile.check.levels.RequirementLevel.MUST_MINUS;
import static org.ipsecprofile.check.levels.RequirementLevel.MUST_NOT;
import static org.ipsecprofile.check.levels.RequirementLevel.SHOULD;
import static org.ipsecprofile.check.levels.RequirementLevel.SHOULD_NOT;
import static org.ipsecprofile.check.levels.RequirementLevel.SHOULD_PLUS;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ipsecprofile.check.RuleSource;

/**
 * The level tables of SPEC §4.5: for each {@link AlgorithmContext}, every algorithm its documents
 * list, with its level and the RFC and section of its row (taken from
 * {@code reference/ipsec-algorithms.md}). The only copy: the algorithm rules read it, and the
 * site's rule catalogue prints it. A name a context does not list is "unlisted" and defaults to
 * MAY ({@link AlgorithmContext#defaultSource()}).
 */
public final class AlgorithmLevels {

    private static final RuleSource RFC_8221_ENCRYPTION = RuleSource.rfc(8221, "5");
    private static final RuleSource RFC_8221_INTEGRITY = RuleSource.rfc(8221, "6");
    private static final RuleSource RFC_8247_ENCRYPTION = RuleSource.rfc(8247, "2.1");
    private static final RuleSource RFC_8247_PRF = RuleSource.rfc(8247, "2.2");
    private static final RuleSource RFC_8247_INTEGRITY = RuleSource.rfc(8247, "2.3");
    private static final RuleSource RFC_8247_KEY_EXCHANGE = RuleSource.rfc(8247, "2.4");
    /** The IANA registry's Status column, DEPRECATED for the entries RFC 9395 Section 7 names. */
    private static final RuleSource RFC_9395_IANA = RuleSource.rfc(9395, "7");
    /** The IKE SA is never unencrypted. */
    private static final RuleSource RFC_7296_IKE_SA = RuleSource.rfc(7296, "5");

    private static final Map<AlgorithmContext, List<LevelRow>> TABLES = tables();

    private AlgorithmLevels() {}

    /** The rows of a context's table, in the order its documents list them. */
    public static List<LevelRow> rows(AlgorithmContext context) {
        return TABLES.get(context);
    }

    /** The row of {@code algorithm} (a transform name, or a key exchange number) in a context; empty when unlisted. */
    public static Optional<LevelRow> row(AlgorithmContext context, String algorithm) {
        return TABLES.get(context).stream()
                .filter(row -> row.algorithm().equals(algorithm))
                .findFirst();
    }

    /** The algorithms at level MUST in a context, leaving out those that protect nothing on their own
     *  ({@code ENCR_NULL}, {@code AUTH_NONE}): what a message suggests writing instead. */
    public static List<String> mandatory(AlgorithmContext context) {
        return TABLES.get(context).stream()
                .filter(row -> row.level() == MUST)
                .map(LevelRow::algorithm)
                .filter(name -> !name.equals("ENCR_NULL") && !name.equals("AUTH_NONE"))
                .toList();
    }

    private static Map<AlgorithmContext, List<LevelRow>> tables() {
        Map<AlgorithmContext, List<LevelRow>> tables = new EnumMap<>(AlgorithmContext.class);
        tables.put(
                AlgorithmContext.ESP_ENCRYPTION,
                new Table(RFC_8221_ENCRYPTION)
                        .add("ENCR_DES_IV64", MUST_NOT)
                        .add("ENCR_DES", MUST_NOT)
                        .add("ENCR_3DES", SHOULD_NOT)
                        .add("ENCR_BLOWFISH", MUST_NOT)
                        .add("ENCR_3IDEA", MUST_NOT)
                        .add("ENCR_DES_IV32", MUST_NOT)
                        .add("ENCR_NULL", MUST)
                        .add("ENCR_AES_CBC", MUST)
                        .add("ENCR_AES_CCM_8", SHOULD)
                        .add("ENCR_AES_GCM_16", MUST)
                        .add("ENCR_CHACHA20_POLY1305", SHOULD)
                        .add("ENCR_RC5", DEPRECATED, RFC_9395_IANA)
                        .add("ENCR_IDEA", DEPRECATED, RFC_9395_IANA)
                        .add("ENCR_CAST", DEPRECATED, RFC_9395_IANA)
                        .rows());
        tables.put(AlgorithmContext.ESP_INTEGRITY, integrity(AEAD_ONLY));
        tables.put(AlgorithmContext.AH_INTEGRITY, integrity(MUST_NOT));
        tables.put(
                AlgorithmContext.IKE_ENCRYPTION,
                new Table(RFC_8247_ENCRYPTION)
                        .add("ENCR_AES_CBC", MUST)
                        .add("ENCR_CHACHA20_POLY1305", SHOULD)
                        .add("ENCR_AES_GCM_16", SHOULD)
                        .add("ENCR_AES_CCM_8", SHOULD)
                        .add("ENCR_3DES", MAY)
                        .add("ENCR_DES", MUST_NOT)
                        .add("ENCR_NULL", MUST_NOT)
                        .add("ENCR_NULL_AUTH_AES_GMAC", MUST_NOT, RFC_7296_IKE_SA)
                        .add("ENCR_DES_IV64", DEPRECATED, RFC_9395_IANA)
                        .add("ENCR_RC5", DEPRECATED, RFC_9395_IANA)
                        .add("ENCR_IDEA", DEPRECATED, RFC_9395_IANA)
                        .add("ENCR_CAST", DEPRECATED, RFC_9395_IANA)
                        .add("ENCR_BLOWFISH", DEPRECATED, RFC_9395_IANA)
                        .add("ENCR_3IDEA", DEPRECATED, RFC_9395_IANA)
                        .add("ENCR_DES_IV32", DEPRECATED, RFC_9395_IANA)
                        .rows());
        tables.put(
                AlgorithmContext.IKE_PRF,
                new Table(RFC_8247_PRF)
                        .add("PRF_HMAC_SHA2_256", MUST)
                        .add("PRF_HMAC_SHA2_512", SHOULD_PLUS)
                        .add("PRF_HMAC_SHA1", MUST_MINUS)
                        .add("PRF_AES128_XCBC", SHOULD)
                        .add("PRF_HMAC_MD5", MUST_NOT)
                        .add("PRF_HMAC_TIGER", DEPRECATED, RFC_9395_IANA)
                        .rows());
        tables.put(
                AlgorithmContext.IKE_INTEGRITY,
                new Table(RFC_8247_INTEGRITY)
                        .add("AUTH_HMAC_SHA2_256_128", MUST)
                        .add("AUTH_HMAC_SHA2_512_256", SHOULD)
                        .add("AUTH_HMAC_SHA1_96", MUST_MINUS)
                        .add("AUTH_AES_XCBC_96", SHOULD)
                        .add("AUTH_HMAC_MD5_96", MUST_NOT)
                        .add("AUTH_DES_MAC", MUST_NOT)
                        .add("AUTH_KPDK_MD5", MUST_NOT)
                        .add("AUTH_NONE", AEAD_ONLY)
                        .add("AUTH_HMAC_MD5_128", DEPRECATED, RFC_9395_IANA)
                        .add("AUTH_HMAC_SHA1_160", DEPRECATED, RFC_9395_IANA)
                        .rows());
        tables.put(
                AlgorithmContext.IKE_KEY_EXCHANGE,
                new Table(RFC_8247_KEY_EXCHANGE)
                        .group(14, "2048-bit MODP Group", MUST)
                        .group(19, "256-bit random ECP group", SHOULD)
                        .group(5, "1536-bit MODP Group", SHOULD_NOT)
                        .group(2, "1024-bit MODP Group", SHOULD_NOT)
                        .group(1, "768-bit MODP Group", MUST_NOT)
                        .group(22, "1024-bit MODP Group with 160-bit Prime Order Subgroup", MUST_NOT)
                        .group(23, "2048-bit MODP Group with 224-bit Prime Order Subgroup", SHOULD_NOT)
                        .group(24, "2048-bit MODP Group with 256-bit Prime Order Subgroup", SHOULD_NOT)
                        .rows());
        return tables;
    }

    /** RFC 8221 Section 6 (one table for ESP and AH), with the two integrity algorithms only RFC 9395 marks. */
    private static List<LevelRow> integrity(RequirementLevel authNone) {
        return new Table(RFC_8221_INTEGRITY)
                .add("AUTH_NONE", authNone)
                .add("AUTH_HMAC_MD5_96", MUST_NOT)
                .add("AUTH_HMAC_SHA1_96", MUST_MINUS)
                .add("AUTH_DES_MAC", MUST_NOT)
                .add("AUTH_KPDK_MD5", MUST_NOT)
                .add("AUTH_AES_XCBC_96", SHOULD)
                .add("AUTH_AES_128_GMAC", MAY)
                .add("AUTH_AES_256_GMAC", MAY)
                .add("AUTH_HMAC_SHA2_256_128", MUST)
                .add("AUTH_HMAC_SHA2_512_256", SHOULD)
                .add("AUTH_HMAC_MD5_128", DEPRECATED, RFC_9395_IANA)
                .add("AUTH_HMAC_SHA1_160", DEPRECATED, RFC_9395_IANA)
                .rows();
    }

    /** The rows of one table, most from its own document and section. */
    private static final class Table {
        private final RuleSource source;
        private final List<LevelRow> rows = new ArrayList<>();

        Table(RuleSource source) {
            this.source = source;
        }

        Table add(String algorithm, RequirementLevel level) {
            return add(algorithm, level, source);
        }

        Table add(String algorithm, RequirementLevel level, RuleSource rowSource) {
            rows.add(new LevelRow(algorithm, null, level, rowSource));
            return this;
        }

        Table group(int number, String description, RequirementLevel level) {
            rows.add(new LevelRow(String.valueOf(number), description, level, source));
            return this;
        }

        List<LevelRow> rows() {
            return List.copyOf(rows);
        }
    }
}
