package jixiao.extract;

import java.io.PrintStream;
import java.time.Duration;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a long run: a bar on a terminal, plain lines (done/total, rate) otherwise, so logs of
 * a scheduled run stay readable.
 */
public final class Progress implements AutoCloseable {
    private static final long LOG_EVERY_NANOS = Duration.ofSeconds(10).toNanos();

    private final String task;
    private final String unit;
    private final long total;
    private final PrintStream log;
    private final ProgressBar bar;
    private final long started = System.nanoTime();
    private long done;
    private long lastLog = started;

    public Progress(String task, long total, PrintStream log) {
        this(task, "files", total, log);
    }

    public Progress(String task, String unit, long total, PrintStream log) {
        this.task = task;
        this.unit = unit;
        this.total = total;
        this.log = log;
        this.bar = System.console() != null && total > 1
                ? new ProgressBarBuilder().setTaskName(task).setUnit(" " + unit, 1).setInitialMax(total)
                        .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).setConsumer(
                                new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).build()
                : null;
    }

    public synchronized void step(String item) {
        done++;
        if (bar != null) {
            bar.step();
            bar.setExtraMessage(item.length() > 30 ? item.substring(0, 30) : item);
            return;
        }
        long now = System.nanoTime();
        if (now - lastLog >= LOG_EVERY_NANOS || done == total) {
            lastLog = now;
            log.printf("%s: %d/%d %s (%.1f %s/s)%n", task, done, total, unit, rate(), unit);
        }
    }

    /** Progress counted elsewhere (tasks on executors): moves the bar or log to {@code n} done. */
    public synchronized void advanceTo(long n) {
        if (n <= done) return;
        if (bar != null) {
            bar.stepTo(n);
            done = n;
            return;
        }
        done = n;
        long now = System.nanoTime();
        if (now - lastLog >= LOG_EVERY_NANOS || done == total) {
            lastLog = now;
            log.printf("%s: %d/%d %s (%.1f %s/s)%n", task, done, total, unit, rate(), unit);
        }
    }

    public double rate() {
        double secs = (System.nanoTime() - started) / 1e9;
        return secs <= 0 ? 0 : done / secs;
    }

    public double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    @Override
    public void close() {
        if (bar != null) bar.close();
    }
}
