package claims.ingest;

import java.util.Optional;

/** Where article objects are read from: S3, in the function. */
public interface ArticleSource {

    /**
     * The object's bytes, or empty when it no longer exists (it was removed after its event was sent).
     *
     * @throws ArticleTooLargeException if the object has more than {@code maxBytes} bytes; nothing more is read
     */
    Optional<byte[]> read(String bucket, String key, String versionId, int maxBytes);

    /** Whether the object exists now (its current version). */
    boolean exists(String bucket, String key);

    /** The object is larger than the reader was willing to read. */
    final class ArticleTooLargeException extends RuntimeException {
        private final long size;

        public ArticleTooLargeException(long size) {
            super("object of " + size + " bytes");
            this.size = size;
        }

        public long size() {
            return size;
        }
    }
}
