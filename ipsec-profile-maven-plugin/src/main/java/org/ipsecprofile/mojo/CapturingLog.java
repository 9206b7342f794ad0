package org.ipsecprofile.mojo;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.Log;
import org.ipsecprofile.output.ExecutionRecord;

/** Passes every line to Maven's log and keeps the info, warning and error lines, for the execution record. */
final class CapturingLog implements Log {

    private final Log log;
    final List<ExecutionRecord.Line> lines = new ArrayList<>();

    CapturingLog(Log log) {
        this.log = log;
    }

    private void keep(String level, CharSequence content) {
        lines.add(new ExecutionRecord.Line(level, String.valueOf(content)));
    }

    @Override
    public boolean isDebugEnabled() {
        return log.isDebugEnabled();
    }

    @Override
    public void debug(CharSequence content) {
        log.debug(content);
    }

    @Override
    public void debug(CharSequence content, Throwable error) {
        log.debug(content, error);
    }

    @Override
    public void debug(Throwable error) {
        log.debug(error);
    }

    @Override
    public boolean isInfoEnabled() {
        return log.isInfoEnabled();
    }

    @Override
    public void info(CharSequence content) {
        keep("INFO", content);
        log.info(content);
    }

    @Override
    public void info(CharSequence content, Throwable error) {
        keep("INFO", content);
        log.info(content, error);
    }

    @Override
    public void info(Throwable error) {
        keep("INFO", String.valueOf(error));
        log.info(error);
    }

    @Override
    public boolean isWarnEnabled() {
        return log.isWarnEnabled();
    }

    @Override
    public void warn(CharSequence content) {
        keep("WARNING", content);
        log.warn(content);
    }

    @Override
    public void warn(CharSequence content, Throwable error) {
        keep("WARNING", content);
        log.warn(content, error);
    }

    @Override
    public void warn(Throwable error) {
        keep("WARNING", String.valueOf(error));
        log.warn(error);
    }

    @Override
    public boolean isErrorEnabled() {
        return log.isErrorEnabled();
    }

    @Override
    public void error(CharSequence content) {
        keep("ERROR", content);
        log.error(content);
    }

    @Override
    public void error(CharSequence content, Throwable error) {
        keep("ERROR", content);
        log.error(content, error);
    }

    @Override
    public void error(Throwable error) {
        keep("ERROR", String.valueOf(error));
        log.error(error);
    }

    /** Logs a kept line again, at its level. */
    static void replay(Log log, ExecutionRecord.Line line) {
        switch (line.level()) {
            case "ERROR" -> log.error(line.text());
            case "WARNING" -> log.warn(line.text());
            default -> log.info(line.text());
        }
    }
}
