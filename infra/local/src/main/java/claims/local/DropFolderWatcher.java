package claims.local;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches the drop folder by scanning it: portable, recursive, and indifferent to how editors save files.
 * A file is reported once it has stopped changing; a change the consumer fails on is tried again at the
 * next scans, a few times, as Lambda retries a failed event.
 */
final class DropFolderWatcher implements AutoCloseable {

    /** A key created or changed ({@code entry} set), or removed ({@code entry} null). */
    record Change(String key, DropFolder.Entry entry) {
    }

    private static final long SETTLE_NANOS = Duration.ofMillis(300).toNanos();
    private static final int ATTEMPTS = 3;

    private final DropFolder folder;
    private final Consumer<Change> consumer;
    private final Consumer<String> log;
    private final Map<String, DropFolder.Entry> known;
    private final Map<String, Integer> failures = new HashMap<>();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "drop-folder-watcher");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param known what the store has now, by key; an entry whose size is -1 stands for "some version": its
     *              file is sent again (a replay if unchanged) and its absence is a removal
     */
    DropFolderWatcher(DropFolder folder, Map<String, DropFolder.Entry> known, Consumer<Change> consumer,
                      Consumer<String> log) {
        this.folder = folder;
        this.known = new HashMap<>(known);
        this.consumer = consumer;
        this.log = log;
    }

    void start(Duration interval) {
        scheduler.scheduleWithFixedDelay(this::scanSafely, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One scan: reports what changed since the last. */
    void scan() throws IOException {
        Map<String, DropFolder.Entry> now = folder.scan();
        long wallNanos = System.currentTimeMillis() * 1_000_000L;
        for (DropFolder.Entry entry : now.values()) {
            if (!entry.equals(known.get(entry.key())) && wallNanos - entry.modifiedNanos() >= SETTLE_NANOS) {
                deliver(new Change(entry.key(), entry));
            }
        }
        for (String key : Map.copyOf(known).keySet()) {
            if (!now.containsKey(key)) {
                deliver(new Change(key, null));
            }
        }
    }

    private void deliver(Change change) {
        try {
            consumer.accept(change);
        } catch (RuntimeException e) {
            int failed = failures.merge(change.key(), 1, Integer::sum);
            if (failed < ATTEMPTS) {
                log.accept("failed on " + change.key() + " (" + e.getMessage() + "); will try again");
                return;
            }
            log.accept("gave up on " + change.key() + " after " + ATTEMPTS + " attempts: " + e.getMessage()
                    + " (change the file to try again)");
        }
        failures.remove(change.key());
        if (change.entry() == null) {
            known.remove(change.key());
        } else {
            known.put(change.key(), change.entry());
        }
    }

    private void scanSafely() {
        try {
            scan();
        } catch (IOException | RuntimeException e) {
            log.accept("can't scan " + folder.root() + ": " + e);
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
