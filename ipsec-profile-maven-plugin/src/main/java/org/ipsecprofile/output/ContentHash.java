package org.ipsecprofile.output;

import java.util.zip.Adler32;
import java.util.zip.CRC32;

/**
 * A 64-bit content hash for the up-to-date checks (CRC-32 and Adler-32 of the same bytes, with
 * their count): it tells whether inputs or outputs changed, which is all the fingerprints need;
 * it is not meant to resist someone forging a collision. Both checksums run in native code, so
 * hashing costs nothing measurable even in a JVM that has just started, where the first
 * SHA-256 {@code MessageDigest} alone took 30 ms to load its provider.
 */
public final class ContentHash {

    private final CRC32 crc = new CRC32();
    private final Adler32 adler = new Adler32();
    private long length;

    public ContentHash update(byte[] bytes) {
        return update(bytes, 0, bytes.length);
    }

    public ContentHash update(byte[] bytes, int offset, int count) {
        crc.update(bytes, offset, count);
        adler.update(bytes, offset, count);
        length += count;
        return this;
    }

    /** Adds a number as four bytes (for lengths that frame the inputs). */
    public ContentHash update(int value) {
        return update(new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value});
    }

    /** The hash so far: CRC-32, Adler-32 and length, as hex. */
    public String hex() {
        return eight(crc.getValue()) + eight(adler.getValue()) + "-" + Long.toHexString(length);
    }

    private static String eight(long value) {
        String hex = Long.toHexString(value);
        return "00000000".substring(hex.length()) + hex;
    }

    /** The hash of {@code bytes}. */
    public static String of(byte[] bytes) {
        return new ContentHash().update(bytes).hex();
    }
}
