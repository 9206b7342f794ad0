package org.ipsecprofile.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the command in this JVM: its exit status and what it printed. */
record CommandRun(int status, String out, String err) {

    /** Runs {@code args} as a pipe would: standard error is no terminal. */
    static CommandRun of(String... args) {
        return on(Terminal.NONE, args);
    }

    static CommandRun on(Terminal terminal, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out), new PrintWriter(err), terminal);
        return new CommandRun(status, out.toString(), err.toString());
    }
}
