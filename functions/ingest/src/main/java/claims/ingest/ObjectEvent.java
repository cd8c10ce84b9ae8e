package claims.ingest;

import claims.store.Sequencer;

/**
 * One S3 event notification record, decoded.
 *
 * @param key       the object key, URL-decoded ("a b.txt", not "a+b.txt")
 * @param removed   whether the object was removed (else it was created or replaced)
 * @param size      the object's size in bytes, as the event gives it (0 for removals)
 * @param versionId the object's version in a versioned bucket, or null
 */
public record ObjectEvent(String bucket, String key, boolean removed, long size, String versionId,
                          Sequencer sequencer) {
}
