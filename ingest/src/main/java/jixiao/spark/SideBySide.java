package jixiao.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs independent Spark writes or reads from a few driver threads at once. Each Delta commit on a small
 * table is mostly driver time (planning, log replay, commit), so tables that do not depend on one
 * another go side by side; all are awaited, and the first failure is rethrown as it was thrown.
 */
public final class SideBySide {
    private SideBySide() {
    }

    public static void run(String name, int threads, List<Runnable> tasks) {
        if (tasks.size() <= 1) {
            tasks.forEach(Runnable::run);
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, tasks.size()), r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> pending = new ArrayList<>();
            for (Runnable task : tasks) pending.add(pool.submit(task));
            Throwable first = null;
            for (Future<?> f : pending) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    if (first == null) first = e.getCause();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(name + ": interrupted", e);
                }
            }
            if (first instanceof RuntimeException r) throw r;
            if (first instanceof Error e) throw e;
            if (first != null) throw new IllegalStateException(first);
        } finally {
            pool.shutdownNow();
        }
    }
}
