package org.ipsecprofile.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.ipsecprofile.model.Position;

/**
 * The bytes of a descriptor checked and decoded: at most {@value #MAX_BYTES} bytes, strict UTF-8
 * (an initial UTF-8 byte order mark is skipped), no NUL bytes, not UTF-16 or UTF-32.
 */
final class DescriptorText {

    /** 1 MiB. A real descriptor is a few kilobytes. */
    static final int MAX_BYTES = 1_048_576;

    private DescriptorText() {}

    /** Either the decoded text, or the one problem that makes the bytes unusable. */
    record Decoded(String text, Problem problem) {}

    static Problem tooLarge(long size) {
        return new Problem(
                Position.START,
                "the file is " + size + " bytes, over the 1 MiB (" + MAX_BYTES
                        + " bytes) a descriptor may have; a profile needs a few kilobytes, so trim it");
    }

    static Decoded decode(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return failure(tooLarge(bytes.length));
        }
        String wideEncoding = wideEncoding(bytes);
        if (wideEncoding != null) {
            return failure(
                    new Problem(Position.START, "the file is encoded as " + wideEncoding + "; save it as UTF-8"));
        }
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return failure(new Problem(
                        positionOfByte(bytes, start, i),
                        "the file contains a NUL byte here; a descriptor is UTF-8 text, remove it"));
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            return failure(new Problem(
                    positionOfByte(bytes, start, in.position()),
                    "the file is not valid UTF-8 (byte 0x" + String.format("%02X", bytes[in.position()] & 0xFF)
                            + " here); save it as UTF-8"));
        }
        String text = out.flip().toString();
        if (text.isBlank()) {
            return failure(emptyFile());
        }
        return new Decoded(text, null);
    }

    static Problem emptyFile() {
        return new Problem(
                Position.START,
                "the file is empty; a descriptor needs at least schema, id,"
                        + " protocol.name and ipsec.version (mvn ipsec-profile:init writes a starter)");
    }

    private static Decoded failure(Problem problem) {
        return new Decoded(null, problem);
    }

    private static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    /** The name of a UTF-16 or UTF-32 encoding the bytes are in, by byte order mark or NUL pattern; else null. */
    private static String wideEncoding(byte[] b) {
        if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF) || startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
            return "UTF-32";
        }
        if (startsWith(b, 0xFE, 0xFF) || startsWith(b, 0xFF, 0xFE)) {
            return "UTF-16";
        }
        // Without a byte order mark, ASCII text in UTF-32 starts with three NULs around a byte,
        // in UTF-16 with a NUL before or after the first character (YAML spec 5.2 does the same).
        if (b.length >= 4 && ((b[0] == 0 && b[1] == 0 && b[2] == 0) || (b[1] == 0 && b[2] == 0 && b[3] == 0))) {
            return "UTF-32";
        }
        if (b.length >= 2 && (b[0] == 0 || b[1] == 0)) {
            return "UTF-16";
        }
        return null;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Line and column (in characters, counting only complete UTF-8 sequences) of byte {@code offset}. */
    private static Position positionOfByte(byte[] b, int start, int offset) {
        int line = 1;
        int column = 1;
        for (int i = start; i < offset; i++) {
            if (b[i] == '\n') {
                line++;
                column = 1;
            } else if ((b[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return new Position(line, column);
    }
}
