package org.ipsecprofile.model;

import java.util.Optional;

/**
 * The algorithm names a descriptor's {@code algorithms} lists may hold (SPEC §3.1): exactly as
 * the IANA "Internet Key Exchange Version 2 (IKEv2) Parameters" registry and RFC 8221 and RFC 8247
 * write them. The constant's name is the name; key sizes are not part of it.
 */
public enum Transform {
    ENCR_DES_IV64(TransformType.ENCRYPTION, false),
    ENCR_DES(TransformType.ENCRYPTION, false),
    ENCR_3DES(TransformType.ENCRYPTION, false),
    ENCR_RC5(TransformType.ENCRYPTION, false),
    ENCR_IDEA(TransformType.ENCRYPTION, false),
    ENCR_CAST(TransformType.ENCRYPTION, false),
    ENCR_BLOWFISH(TransformType.ENCRYPTION, false),
    ENCR_3IDEA(TransformType.ENCRYPTION, false),
    ENCR_DES_IV32(TransformType.ENCRYPTION, false),
    ENCR_NULL(TransformType.ENCRYPTION, false),
    ENCR_AES_CBC(TransformType.ENCRYPTION, false),
    ENCR_AES_CTR(TransformType.ENCRYPTION, false),
    ENCR_AES_CCM_8(TransformType.ENCRYPTION, true),
    ENCR_AES_CCM_12(TransformType.ENCRYPTION, true),
    ENCR_AES_CCM_16(TransformType.ENCRYPTION, true),
    ENCR_AES_GCM_8(TransformType.ENCRYPTION, true),
    ENCR_AES_GCM_12(TransformType.ENCRYPTION, true),
    ENCR_AES_GCM_16(TransformType.ENCRYPTION, true),
    ENCR_NULL_AUTH_AES_GMAC(TransformType.ENCRYPTION, true),
    ENCR_CAMELLIA_CBC(TransformType.ENCRYPTION, false),
    ENCR_CAMELLIA_CTR(TransformType.ENCRYPTION, false),
    ENCR_CAMELLIA_CCM_8(TransformType.ENCRYPTION, true),
    ENCR_CAMELLIA_CCM_12(TransformType.ENCRYPTION, true),
    ENCR_CAMELLIA_CCM_16(TransformType.ENCRYPTION, true),
    ENCR_CHACHA20_POLY1305(TransformType.ENCRYPTION, true),
    PRF_HMAC_MD5(TransformType.PRF, false),
    PRF_HMAC_SHA1(TransformType.PRF, false),
    PRF_HMAC_TIGER(TransformType.PRF, false),
    PRF_AES128_XCBC(TransformType.PRF, false),
    PRF_HMAC_SHA2_256(TransformType.PRF, false),
    PRF_HMAC_SHA2_384(TransformType.PRF, false),
    PRF_HMAC_SHA2_512(TransformType.PRF, false),
    PRF_AES128_CMAC(TransformType.PRF, false),
    AUTH_NONE(TransformType.INTEGRITY, false),
    AUTH_HMAC_MD5_96(TransformType.INTEGRITY, false),
    AUTH_HMAC_SHA1_96(TransformType.INTEGRITY, false),
    AUTH_DES_MAC(TransformType.INTEGRITY, false),
    AUTH_KPDK_MD5(TransformType.INTEGRITY, false),
    AUTH_AES_XCBC_96(TransformType.INTEGRITY, false),
    AUTH_HMAC_MD5_128(TransformType.INTEGRITY, false),
    AUTH_HMAC_SHA1_160(TransformType.INTEGRITY, false),
    AUTH_AES_CMAC_96(TransformType.INTEGRITY, false),
    AUTH_AES_128_GMAC(TransformType.INTEGRITY, false),
    AUTH_AES_192_GMAC(TransformType.INTEGRITY, false),
    AUTH_AES_256_GMAC(TransformType.INTEGRITY, false),
    AUTH_HMAC_SHA2_256_128(TransformType.INTEGRITY, false),
    AUTH_HMAC_SHA2_384_192(TransformType.INTEGRITY, false),
    AUTH_HMAC_SHA2_512_256(TransformType.INTEGRITY, false);

    private final TransformType type;
    private final boolean aead;

    Transform(TransformType type, boolean aead) {
        this.type = type;
        this.aead = aead;
    }

    public TransformType type() {
        return type;
    }

    /** True for the combined-mode (AEAD) ciphers: every {@code _CCM_} and {@code _GCM_} name, GMAC and ChaCha20-Poly1305. */
    public boolean aead() {
        return aead;
    }

    /** The transform named exactly {@code name} (case-sensitive), if any. */
    public static Optional<Transform> named(String name) {
        for (Transform transform : values()) {
            if (transform.name().equals(name)) {
                return Optional.of(transform);
            }
        }
        return Optional.empty();
    }
}
