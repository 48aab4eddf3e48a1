package org.dialoguedesk.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** One run of the command line in a test: its exit code and everything it printed. */
record CommandRun(int code, String out, String err) {

    static CommandRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CommandRun(code, out.toString(), err.toString());
    }

    /** The one-line reason a failed command gives last on standard error. */
    String lastErrLine() {
        List<String> lines = err.lines().filter(l -> !l.isBlank()).toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }
}
