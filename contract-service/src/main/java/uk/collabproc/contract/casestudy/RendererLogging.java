package uk.collabproc.contract.casestudy;

import java.util.logging.Level;
import java.util.logging.Logger;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;

/**
 * The PDF renderer's messages through the service's own logging. Left to itself the renderer gives its loggers their
 * own console handler and level, so that every document printed timings outside the log format and out of reach of
 * the log configuration; here it only logs, and application.properties decides what shows.
 */
final class RendererLogging implements XRLogger {

    @Override
    public void log(String where, Level level, String message) {
        Logger.getLogger(where).log(level, message);
    }

    @Override
    public void log(String where, Level level, String message, Throwable error) {
        Logger.getLogger(where).log(level, message, error);
    }

    /** Levels are the log configuration's to set, not the renderer's. */
    @Override
    public void setLevel(String logger, Level level) {
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return Logger.getLogger(diagnostic.getLogMessageId().getWhere()).isLoggable(diagnostic.getLevel());
    }
}
