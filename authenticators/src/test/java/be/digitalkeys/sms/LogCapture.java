package be.digitalkeys.sms;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * What the sms package logs, at every level: jboss-logging writes to java.util.logging here
 * (no other backend on the test class path). Install in @BeforeEach, close in @AfterEach.
 */
final class LogCapture extends Handler implements AutoCloseable {

    /** Held strongly: java.util.logging keeps loggers only weakly. */
    private static final Logger PACKAGE = Logger.getLogger("be.digitalkeys.sms");
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Level previous;

    private LogCapture() {
        setLevel(Level.ALL);
        previous = PACKAGE.getLevel();
        PACKAGE.setLevel(Level.ALL);
        PACKAGE.addHandler(this);
    }

    static LogCapture install() {
        return new LogCapture();
    }

    /** Every message as it would be written, with its level ("WARNING ...", "FINE ..."). */
    List<String> lines() {
        SimpleFormatter formatter = new SimpleFormatter();
        return records.stream().map(r -> r.getLevel().getName() + " " + formatter.formatMessage(r)).toList();
    }

    List<String> lines(Level level) {
        SimpleFormatter formatter = new SimpleFormatter();
        return records.stream().filter(r -> r.getLevel().equals(level)).map(formatter::formatMessage).toList();
    }

    @Override
    public void publish(LogRecord record) {
        records.add(record);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        PACKAGE.removeHandler(this);
        PACKAGE.setLevel(previous);
    }
}
