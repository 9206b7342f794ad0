package org.ipsecprofile.render;

import java.io.IOException;
import java.io.Writer;

/**
 * Tidies rendered text on its way out, without holding it: LF line ends (CR LF and lone CR become
 * LF), no spaces or tabs before a line end, nothing blank at the end and exactly one newline
 * after the last character that is not white space; text that is all white space becomes empty.
 * White space is held back only until the next character that is not, so a 30 MB section
 * streams through in constant memory. What passes is gathered into chunks of {@value #CHUNK}
 * characters before it reaches the writer below, whose every call may take a lock.
 * {@link #finish()} writes the final newline.
 */
final class TidyWriter extends Writer {

    private static final int CHUNK = 8192;

    private final Writer out;
    private final StringBuilder passed = new StringBuilder(CHUNK + 256);
    private final StringBuilder pending = new StringBuilder();
    private boolean afterCarriageReturn;
    private boolean content;

    TidyWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        write(new String(buffer, offset, length), 0, length);
    }

    /**
     * Passes each stretch of a line from its first to its last character that is not white space
     * on in one call, with the white space inside it as it is; the white space around such
     * stretches is held back until it is known to be kept, a run at a time, and line ends go
     * through {@link #write(char)}.
     */
    @Override
    public void write(String text, int offset, int length) throws IOException {
        int end = offset + length;
        int i = offset;
        while (i < end) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                write(c);
                i++;
                continue;
            }
            if (Character.isWhitespace(c)) {
                int run = i + 1;
                while (run < end && isBlankInLine(text.charAt(run))) {
                    run++;
                }
                pending.append(text, i, run);
                afterCarriageReturn = false;
                i = run;
                continue;
            }
            int last = i;
            for (int run = i + 1; run < end; run++) {
                char d = text.charAt(run);
                if (d == '\n' || d == '\r') {
                    break;
                }
                if (!Character.isWhitespace(d)) {
                    last = run;
                }
            }
            flushPending();
            pass(text, i, last + 1);
            afterCarriageReturn = false;
            content = true;
            i = last + 1;
        }
    }

    private static boolean isBlankInLine(char c) {
        return c != '\n' && c != '\r' && Character.isWhitespace(c);
    }

    @Override
    public void write(int c) throws IOException {
        write((char) c);
    }

    private void write(char c) throws IOException {
        if (c == '\n' && afterCarriageReturn) {
            afterCarriageReturn = false;
            return;
        }
        afterCarriageReturn = c == '\r';
        char unix = c == '\r' ? '\n' : c;
        if (unix == '\n') {
            int end = pending.length();
            while (end > 0 && (pending.charAt(end - 1) == ' ' || pending.charAt(end - 1) == '\t')) {
                end--;
            }
            pending.setLength(end);
            pending.append('\n');
        } else if (Character.isWhitespace(unix)) {
            pending.append(unix);
        } else {
            flushPending();
            passed.append(unix);
            drainWhenFull();
            content = true;
        }
    }

    private void pass(String text, int start, int end) throws IOException {
        passed.append(text, start, end);
        drainWhenFull();
    }

    private void drainWhenFull() throws IOException {
        if (passed.length() >= CHUNK) {
            drain();
        }
    }

    private void drain() throws IOException {
        if (passed.length() > 0) {
            out.append(passed);
            passed.setLength(0);
        }
    }

    private void flushPending() throws IOException {
        if (pending.length() > 0) {
            passed.append(pending);
            pending.setLength(0);
        }
    }

    /** Ends the text: one newline after the last character that is not white space, if there is one. */
    void finish() throws IOException {
        pending.setLength(0);
        if (content) {
            passed.append('\n');
        }
        drain();
        out.flush();
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        drain();
        out.close();
    }
}
