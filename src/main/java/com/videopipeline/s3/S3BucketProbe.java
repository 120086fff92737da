package com.videopipeline.s3;

import java.time.Duration;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.s3.model.HeadBucketRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Whether each bucket deliveries may go to (the destination and every override) is there and ours to write, by
 * HeadBucket with a short timeout. For the health check only; uploads never wait on it.
 */
@Component
public class S3BucketProbe {

    /** What a bucket's answer means for the operator. */
    public enum Reach {
        /** The bucket answered HeadBucket. */
        REACHABLE,
        /** No answer, a timeout or a 5xx: the store's weather; uploads are retried. */
        FAILING,
        /** The bucket is missing or refuses our credentials (4xx): nothing lands until config changes. */
        REFUSED
    }

    /** One bucket's answer, with a reason fit for the health endpoint (no credentials, no keys). */
    public record Check(String bucket, Reach reach, String reason) {
    }

    private final S3Properties props;
    private final S3Connection connection;

    S3BucketProbe(S3Properties props, S3Connection connection) {
        this.props = props;
        this.connection = connection;
    }

    public boolean enabled() {
        return props.enabled();
    }

    /** Checks every configured bucket once, each waiting at most {@code timeout}. */
    public List<Check> check(Duration timeout) {
        return buckets().stream().map(bucket -> check(bucket, timeout)).toList();
    }

    private Check check(String bucket, Duration timeout) {
        try {
            connection.client().headBucket(HeadBucketRequest.builder().bucket(bucket)
                    .overrideConfiguration(c -> c.apiCallTimeout(timeout)).build());
            return new Check(bucket, Reach.REACHABLE, "bucket " + bucket + " answered");
        } catch (S3Exception e) {
            String why = e.statusCode() == 404 ? "does not exist" : e.statusCode() == 403 ? "refuses our credentials"
                    : "answered " + e.statusCode();
            return new Check(bucket, e.statusCode() >= 500 ? Reach.FAILING : Reach.REFUSED, "bucket " + bucket + " "
                    + why);
        } catch (SdkClientException e) {
            return new Check(bucket, Reach.FAILING, "bucket " + bucket + " not reached: " + e.getMessage());
        }
    }

    private TreeSet<String> buckets() {
        TreeSet<String> buckets = new TreeSet<>();
        Stream.concat(Stream.of(props.destination()),
                        Stream.concat(props.byOrigin().values().stream(), props.byCampaign().values().stream()))
                .map(destination -> S3Destination.parse(destination).bucket()).forEach(buckets::add);
        return buckets;
    }
}
