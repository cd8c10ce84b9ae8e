package claims.local;

import java.io.IOException;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import claims.store.Sequencer;

/**
 * Watches the drop folder by scanning it: portable, recursive, and indifferent to how editors save files.
 * A file is reported once it has stopped changing, with a sequencer above any sent for its key before (a
 * file copied in with an old modification time is still a newer version); a change the consumer fails on
 * is tried again at the next scans, a few times, as Lambda retries a failed event.
 */
final class DropFolderWatcher implements AutoCloseable {

    /** A key created or changed ({@code entry} set), or removed ({@code entry} null), as S3 would number it. */
    record Change(String key, DropFolder.Entry entry, String sequencer) {
    }

    private static final long SETTLE_NANOS = Duration.ofMillis(300).toNanos();
    private static final int ATTEMPTS = 3;

    private final DropFolder folder;
    private final Consumer<Change> consumer;
    private final Consumer<String> log;
    /** What was last sent for each key: the file as it was, and its sequencer. */
    private final Map<String, DropFolder.Entry> known = new HashMap<>();
    private final Map<String, Sequencer> sent;
    private final Map<String, Integer> failures = new HashMap<>();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "drop-folder-watcher");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param stored the sequencer of the version the store has, by key: a file that still gives that sequencer
     *               is not sent again, and a key with no file is removed
     */
    DropFolderWatcher(DropFolder folder, Map<String, Sequencer> stored, Consumer<Change> consumer,
                      Consumer<String> log) {
        this.folder = folder;
        this.sent = new HashMap<>(stored);
        this.consumer = consumer;
        this.log = log;
    }

    void start(Duration interval) {
        scheduler.scheduleWithFixedDelay(this::scanSafely, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One scan: reports what changed since the last. */
    void scan() throws IOException {
        Map<String, DropFolder.Entry> now = folder.scan();
        long wallNanos = nanos(Instant.now());
        for (DropFolder.Entry entry : now.values()) {
            if (entry.equals(known.get(entry.key())) || wallNanos - entry.modifiedNanos() < SETTLE_NANOS) {
                continue;
            }
            String sequencer = S3Events.sequencer(entry.modifiedNanos());
            Sequencer last = sent.get(entry.key());
            if (last != null && !known.containsKey(entry.key()) && last.equals(new Sequencer(sequencer))) {
                known.put(entry.key(), entry); // the store has this very file already
                continue;
            }
            deliver(new Change(entry.key(), entry, after(last, sequencer)));
        }
        for (String key : Map.copyOf(sent).keySet()) {
            if (!now.containsKey(key)) {
                deliver(new Change(key, null, after(sent.get(key), S3Events.sequencer(wallNanos))));
            }
        }
    }

    /** {@code candidate}, or the least sequencer after {@code last} if the candidate isn't. */
    static String after(Sequencer last, String candidate) {
        if (last == null || new Sequencer(candidate).compareTo(last) > 0) {
            return candidate;
        }
        String next = new BigInteger(last.value(), 16).add(BigInteger.ONE).toString(16).toUpperCase(java.util.Locale.ROOT);
        return "0".repeat(last.value().length() - next.length()) + next;
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
            sent.remove(change.key());
        } else {
            known.put(change.key(), change.entry());
            sent.put(change.key(), new Sequencer(change.sequencer()));
        }
    }

    private void scanSafely() {
        try {
            scan();
        } catch (IOException | RuntimeException e) {
            log.accept("can't scan " + folder.root() + ": " + e);
        }
    }

    static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
