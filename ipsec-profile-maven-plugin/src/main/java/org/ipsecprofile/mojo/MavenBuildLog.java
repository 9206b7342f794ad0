package org.ipsecprofile.mojo;

import org.apache.maven.plugin.logging.Log;
import org.ipsecprofile.generation.BuildLog;

/** The core's log lines on Maven's log, each at its level. */
final class MavenBuildLog implements BuildLog {

    private final Log log;

    MavenBuildLog(Log log) {
        this.log = log;
    }

    @Override
    public boolean isDebugEnabled() {
        return log.isDebugEnabled();
    }

    @Override
    public void log(Level level, String text) {
        switch (level) {
            case DEBUG -> log.debug(text);
            case INFO -> log.info(text);
            case WARNING -> log.warn(text);
            case ERROR -> log.error(text);
        }
    }
}
