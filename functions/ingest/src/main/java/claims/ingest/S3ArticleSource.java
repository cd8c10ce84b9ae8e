package claims.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Optional;

import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

import claims.store.Environment;

/** Reads articles from S3. Errors other than a missing object propagate, so that Lambda retries the event. */
public final class S3ArticleSource implements ArticleSource {

    public static final String S3_ENDPOINT = "AWS_ENDPOINT_URL_S3";

    private final S3Client s3;

    public S3ArticleSource(S3Client s3) {
        this.s3 = s3;
    }

    /**
     * An S3 client from the environment. Against a local S3 server (any endpoint outside AWS) addresses
     * buckets by path, as such servers expect, instead of by host name.
     */
    public static S3Client client(Environment env) {
        S3ClientBuilder b = S3Client.builder().httpClient(UrlConnectionHttpClient.create());
        String endpoint = env.optional(S3_ENDPOINT);
        if (endpoint != null) {
            URI uri = URI.create(endpoint);
            b.endpointOverride(uri);
            String host = uri.getHost() == null ? "" : uri.getHost();
            b.forcePathStyle(!(host.endsWith(".amazonaws.com") || host.endsWith(".amazonaws.com.cn")));
        }
        String region = env.optional(Environment.REGION);
        if (region != null) {
            b.region(Region.of(region));
        }
        return b.build();
    }

    @Override
    public boolean exists(String bucket, String key) {
        try {
            s3.headObject(HeadObjectRequest.builder().bucket(bucket).key(key).build());
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public Optional<byte[]> read(String bucket, String key, String versionId, int maxBytes) {
        GetObjectRequest request = GetObjectRequest.builder().bucket(bucket).key(key).versionId(versionId).build();
        try (ResponseInputStream<GetObjectResponse> in = s3.getObject(request)) {
            Long length = in.response().contentLength();
            if (length != null && length > maxBytes) {
                in.abort();
                throw new ArticleTooLargeException(length);
            }
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                in.abort();
                throw new ArticleTooLargeException(length != null ? length : bytes.length);
            }
            return Optional.of(bytes);
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if ("NoSuchVersion".equals(e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode())) {
                return Optional.empty();
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("reading s3://" + bucket + "/" + key, e);
        }
    }
}
