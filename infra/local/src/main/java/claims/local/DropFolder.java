package claims.local;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The local bucket: a folder whose files are the bucket's objects, keyed by their path relative to it with
 * '/' separators. Hidden files, editors' temporary files and symbolic links are not objects.
 */
final class DropFolder {

    /** An object as the folder has it now. */
    record Entry(String key, long size, long modifiedNanos) {
    }

    private final Path root;

    DropFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    /** The file of a key; empty if the key would lead outside the folder or names no regular file. */
    Optional<Path> file(String key) {
        if (key.isEmpty() || key.startsWith("/") || key.contains("\\") || key.contains("\0")) {
            return Optional.empty();
        }
        Path file = root.resolve(key).normalize();
        if (!file.startsWith(root) || file.equals(root) || !isObject(file)
                || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            // a link in the path must not lead out of the folder: it is served to the network
            return file.toRealPath().startsWith(root.toRealPath()) ? Optional.of(file) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Every object now in the folder, by key. */
    Map<String, Entry> scan() throws IOException {
        Map<String, Entry> out = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return out;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (file.equals(root) || !isObject(file)) {
                    continue;
                }
                BasicFileAttributes attrs;
                try {
                    attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                } catch (IOException gone) {
                    continue; // removed while walking; the next scan says so
                }
                if (attrs.isRegularFile()) {
                    String key = key(file);
                    long modified = attrs.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS);
                    out.put(key, new Entry(key, attrs.size(), modified));
                }
            }
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        return out;
    }

    String key(Path file) {
        return root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
    }

    /** What S3 would give as the object's ETag: the MD5 of its content. */
    static String etag(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("MD5"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean isObject(Path file) {
        for (Path part : root.relativize(file)) {
            String name = part.toString();
            if (name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".tmp")
                    || name.endsWith(".part") || name.endsWith(".crdownload")) {
                return false;
            }
        }
        return true;
    }
}
