package org.ipsecprofile.render;

import java.io.Writer;

/**
 * Text collected in memory, as {@link java.io.StringWriter} collects it but without its lock:
 * FreeMarker writes a rendered template in many small pieces, and each piece would take the
 * lock of a {@code StringWriter}'s {@code StringBuffer}. Not for two threads at once, as no
 * writer of a render is.
 */
final class TextBuffer extends Writer {

    private final StringBuilder text = new StringBuilder(1024);

    @Override
    public void write(char[] buffer, int offset, int length) {
        text.append(buffer, offset, length);
    }

    @Override
    public void write(String string, int offset, int length) {
        text.append(string, offset, offset + length);
    }

    @Override
    public void write(String string) {
        text.append(string);
    }

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    @Override
    public Writer append(CharSequence chars) {
        text.append(chars);
        return this;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    @Override
    public String toString() {
        return text.toString();
    }
}
