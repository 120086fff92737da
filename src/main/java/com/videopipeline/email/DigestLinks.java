package com.videopipeline.email;

import com.videopipeline.s3.S3Properties;
import jakarta.annotation.PreDestroy;
import java.util.Optional;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Presigned GET links to videos the S3 target delivered, signed with the same region, endpoint, path style and
 * credentials (AWS default chain) as the uploads, so a link works wherever the upload went. Made on first use.
 */
@Component
class DigestLinks {

    private final S3Properties s3;
    private final EmailProperties props;
    private S3Presigner presigner;

    DigestLinks(S3Properties s3, EmailProperties props) {
        this.s3 = s3;
        this.props = props;
    }

    /** A link to {@code s3://bucket/key} valid for {@code link-expiry}; empty for anything else. */
    Optional<String> presign(String location) {
        if (location == null || !location.startsWith("s3://") || location.indexOf('/', 5) < 0) {
            return Optional.empty();
        }
        int slash = location.indexOf('/', 5);
        String bucket = location.substring(5, slash);
        String key = location.substring(slash + 1);
        return Optional.of(presigner().presignGetObject(p -> p.signatureDuration(props.linkExpiry())
                .getObjectRequest(g -> g.bucket(bucket).key(key))).url().toString());
    }

    private synchronized S3Presigner presigner() {
        if (presigner == null) {
            S3Presigner.Builder builder = S3Presigner.builder().region(Region.of(s3.region()))
                    .credentialsProvider(DefaultCredentialsProvider.builder().build())
                    .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(s3.pathStyle()).build());
            if (s3.endpoint() != null) {
                builder.endpointOverride(s3.endpoint());
            }
            presigner = builder.build();
        }
        return presigner;
    }

    @PreDestroy
    synchronized void close() {
        if (presigner != null) {
            presigner.close();
        }
    }
}
