package claims.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** The drop folder as an S3 endpoint, read with the real S3 client. */
class LocalS3ServerTest {

    @TempDir
    Path dir;

    @Test
    void servesTheFolderToTheS3ClientAndNothingOutsideIt() throws Exception {
        Files.createDirectories(dir.resolve("bucket/desk"));
        Files.writeString(dir.resolve("bucket/desk/a b.txt"), "caf\u00e9 story");
        Files.writeString(dir.resolve("secret.txt"), "outside the bucket");
        Files.createSymbolicLink(dir.resolve("bucket/link.txt"), dir.resolve("secret.txt"));
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        try (LocalS3Server server = new LocalS3Server(port, "b", new DropFolder(dir.resolve("bucket")));
             S3Client s3 = S3Client.builder().endpointOverride(URI.create("http://127.0.0.1:" + port))
                     .forcePathStyle(true).region(Region.US_EAST_1)
                     .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("l", "l"))).build()) {
            assertEquals("caf\u00e9 story", s3.getObjectAsBytes(b -> b.bucket("b").key("desk/a b.txt")).asUtf8String());
            assertEquals(11L, s3.headObject(b -> b.bucket("b").key("desk/a b.txt")).contentLength());
            assertThrows(NoSuchKeyException.class, () -> s3.getObjectAsBytes(b -> b.bucket("b").key("nope.txt")));
            assertThrows(NoSuchKeyException.class, () -> s3.getObjectAsBytes(b -> b.bucket("b").key("../secret.txt")));
            assertThrows(NoSuchKeyException.class, () -> s3.getObjectAsBytes(b -> b.bucket("b").key("link.txt")));
            assertThrows(NoSuchBucketException.class, () -> s3.getObjectAsBytes(b -> b.bucket("other").key("desk/a b.txt")));
            S3Exception put = assertThrows(S3Exception.class, () -> s3.putObject(b -> b.bucket("b").key("x.txt"),
                    software.amazon.awssdk.core.sync.RequestBody.fromString("x")));
            assertEquals(501, put.statusCode());
        }
    }
}
