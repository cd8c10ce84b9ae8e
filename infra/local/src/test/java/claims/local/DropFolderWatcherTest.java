package claims.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import claims.store.Sequencer;

class DropFolderWatcherTest {

    @TempDir
    Path dir;
    private final List<DropFolderWatcher.Change> sent = new ArrayList<>();

    private DropFolderWatcher watcher(Map<String, Sequencer> stored) {
        return new DropFolderWatcher(new DropFolder(dir), stored, sent::add, line -> { });
    }

    private Path write(String name, String text, Instant modified) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }

    private static Sequencer sequencer(DropFolderWatcher.Change change) {
        return new Sequencer(change.sequencer());
    }

    @Test
    void sendsEachChangeOnceWithSequencersThatOnlyGrow() throws Exception {
        DropFolderWatcher watcher = watcher(Map.of());
        write("desk/a.txt", "first", Instant.parse("2025-01-01T00:00:00Z"));
        watcher.scan();
        watcher.scan();
        assertEquals(1, sent.size(), "an unchanged file is sent once");
        assertEquals("desk/a.txt", sent.get(0).key());

        // replaced by a copy that kept an older modification time (cp -p, rsync -a, tar x)
        write("desk/a.txt", "second, longer", Instant.parse("2020-01-01T00:00:00Z"));
        watcher.scan();
        assertEquals(2, sent.size());
        assertTrue(sequencer(sent.get(1)).compareTo(sequencer(sent.get(0))) > 0, "still a newer version");

        Files.delete(dir.resolve("desk/a.txt"));
        watcher.scan();
        assertNull(sent.get(2).entry());
        assertTrue(sequencer(sent.get(2)).compareTo(sequencer(sent.get(1))) > 0);
    }

    @Test
    void afterARestartOnlyWhatChangedMeanwhileIsSent() throws Exception {
        Instant then = Instant.parse("2025-01-01T00:00:00Z");
        write("same.txt", "unchanged", then);
        write("edited.txt", "edited while stopped", then.plusSeconds(60));
        String storedSeq = S3Events.sequencer(DropFolderWatcher.nanos(then));
        DropFolderWatcher watcher = watcher(Map.of("same.txt", new Sequencer(storedSeq),
                "edited.txt", new Sequencer(storedSeq), "deleted.txt", new Sequencer(storedSeq)));
        watcher.scan();
        assertEquals(List.of("edited.txt", "deleted.txt"), sent.stream().map(DropFolderWatcher.Change::key).toList());
        assertNull(sent.get(1).entry(), "removed while stopped");
    }

    @Test
    void ignoresHiddenAndTemporaryFilesAndLinks() throws Exception {
        Instant then = Instant.parse("2025-01-01T00:00:00Z");
        write(".hidden.txt", "x", then);
        write("draft.txt~", "x", then);
        write("upload.part", "x", then);
        Path outside = Files.writeString(Files.createTempFile("outside", ".txt"), "secret");
        Files.createSymbolicLink(dir.resolve("link.txt"), outside);
        watcher(Map.of()).scan();
        assertEquals(List.of(), sent);
        assertTrue(new DropFolder(dir).file("link.txt").isEmpty(), "not served either");
    }

    @Test
    void aSequencerAfterAnotherIsTheLeastGreaterOne() {
        Sequencer last = new Sequencer("00FF");
        assertEquals("00FF000000000000000000000000000000000001", DropFolderWatcher.after(last, "00F0"));
        assertEquals("0A", DropFolderWatcher.after(last, "0A"));
    }
}
