package com.videopipeline.s3;

import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * The S3 client, made on first use: with delivery to S3 off (the default) no client, no credential lookup and no
 * connection pool exist. Credentials come from the AWS default chain only.
 */
@Component
class S3Connection {

    private final S3Properties props;
    private S3Client client;

    S3Connection(S3Properties props) {
        this.props = props;
    }

    synchronized S3Client client() {
        if (client == null) {
            S3ClientBuilder builder = S3Client.builder()
                    .region(Region.of(props.region()))
                    .credentialsProvider(DefaultCredentialsProvider.builder().build())
                    .forcePathStyle(props.pathStyle());
            if (props.endpoint() != null) {
                builder.endpointOverride(props.endpoint());
            }
            client = builder.build();
        }
        return client;
    }

    @PreDestroy
    synchronized void close() {
        if (client != null) {
            client.close();
        }
    }
}
