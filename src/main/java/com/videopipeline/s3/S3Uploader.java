package com.videopipeline.s3;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.AbortMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.CreateMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.UploadPartRequest;

/**
 * Puts one file at one key, streamed from disk: in a single request below the part size, else as a multipart
 * upload, part by part. Verified three ways: each part's MD5 against the ETag the store answers, the SHA-256 of
 * every byte sent against the one recorded at download (a mismatch aborts before the object exists), and a HEAD
 * afterwards for size and metadata. An object already there with the same SHA-256 and size is left alone, so a
 * second delivery after a crash writes nothing. Uses the SDK rather than the camel-aws2-s3 producer because that
 * one's multipart path drops the user metadata and does not check parts.
 */
@Component
class S3Uploader {

    /** User metadata key (x-amz-meta-sha256) holding the content's SHA-256, hex. */
    static final String SHA256 = "sha256";

    private static final Logger LOG = LoggerFactory.getLogger(S3Uploader.class);

    private final S3Connection connection;
    private final S3Properties props;

    S3Uploader(S3Connection connection, S3Properties props) {
        this.connection = connection;
        this.props = props;
    }

    /** Uploads unless already there; returns true when it wrote the object. {@code metadata} must hold the sha256. */
    boolean upload(String bucket, String key, Path file, String contentType, Map<String, String> metadata)
            throws IOException {
        long size = Files.size(file);
        S3Client s3 = connection.client();
        if (alreadyThere(s3, bucket, key, size, metadata.get(SHA256))) {
            LOG.info("s3://{}/{} already holds this content, not uploaded again", bucket, key);
            return false;
        }
        if (size < props.partSize().toBytes()) {
            putWhole(s3, bucket, key, file, size, contentType, metadata);
        } else {
            putInParts(s3, bucket, key, file, size, contentType, metadata);
        }
        if (!alreadyThere(s3, bucket, key, size, metadata.get(SHA256))) {
            throw new IOException("s3://" + bucket + "/" + key + " does not hold what was uploaded (size or sha256)");
        }
        return true;
    }

    private static boolean alreadyThere(S3Client s3, String bucket, String key, long size, String sha256) {
        try {
            HeadObjectResponse head = s3.headObject(b -> b.bucket(bucket).key(key));
            return head.contentLength() == size && sha256.equals(head.metadata().get(SHA256));
        } catch (NoSuchKeyException e) {
            return false;
        }
    }

    private static void putWhole(S3Client s3, String bucket, String key, Path file, long size, String contentType,
                                 Map<String, String> metadata) throws IOException {
        // hashed before the put too: a single put makes the object visible at once, so a wrong file must not start
        checkWhole(hash(file, size), metadata, key);
        PartContent content = new PartContent(file, 0, size, PartContent.sha256());
        PutObjectRequest put = PutObjectRequest.builder().bucket(bucket).key(key).contentType(contentType)
                .contentLength(size).metadata(metadata).build();
        String etag = s3.putObject(put, RequestBody.fromContentProvider(content, size, contentType)).eTag();
        try {
            checkPart(content, etag, key, 1);
            checkWhole(content.whole(), metadata, key);
        } catch (IOException e) {
            s3.deleteObject(b -> b.bucket(bucket).key(key));
            throw e;
        }
    }

    private static MessageDigest hash(Path file, long size) throws IOException {
        PartContent content = new PartContent(file, 0, size, PartContent.sha256());
        try (var in = content.newStream()) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return content.whole();
    }

    private void putInParts(S3Client s3, String bucket, String key, Path file, long size, String contentType,
                            Map<String, String> metadata) throws IOException {
        String uploadId = s3.createMultipartUpload(CreateMultipartUploadRequest.builder().bucket(bucket).key(key)
                .contentType(contentType).metadata(metadata).build()).uploadId();
        try {
            List<CompletedPart> parts = uploadParts(s3, bucket, key, uploadId, file, size, metadata);
            s3.completeMultipartUpload(CompleteMultipartUploadRequest.builder().bucket(bucket).key(key)
                    .uploadId(uploadId).multipartUpload(m -> m.parts(parts)).build());
        } catch (IOException | RuntimeException e) {
            s3.abortMultipartUpload(AbortMultipartUploadRequest.builder().bucket(bucket).key(key)
                    .uploadId(uploadId).build());
            throw e;
        }
    }

    private List<CompletedPart> uploadParts(S3Client s3, String bucket, String key, String uploadId, Path file,
                                            long size, Map<String, String> metadata) throws IOException {
        long partSize = props.partSize().toBytes();
        List<CompletedPart> parts = new ArrayList<>();
        MessageDigest whole = PartContent.sha256();
        for (int number = 1; (long) (number - 1) * partSize < size; number++) {
            long offset = (number - 1) * partSize;
            long length = Math.min(partSize, size - offset);
            PartContent content = new PartContent(file, offset, length, whole);
            UploadPartRequest request = UploadPartRequest.builder().bucket(bucket).key(key).uploadId(uploadId)
                    .partNumber(number).contentLength(length).build();
            String etag = s3.uploadPart(request, RequestBody.fromContentProvider(content, length,
                    "application/octet-stream")).eTag();
            checkPart(content, etag, key, number);
            parts.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
            whole = content.whole();
        }
        checkWhole(whole, metadata, key);
        return parts;
    }

    /** A plain ETag is the MD5 of what arrived; stores that encrypt with KMS answer another form, not comparable. */
    private static void checkPart(PartContent content, String etag, String key, int number) throws IOException {
        String plain = etag == null ? "" : etag.replace("\"", "");
        String sent = content.md5Hex();
        if (plain.matches("[0-9a-f]{32}") && !plain.equals(sent)) {
            throw new IOException(key + " part " + number + ": the store received MD5 " + plain + ", sent " + sent);
        }
    }

    private static void checkWhole(MessageDigest whole, Map<String, String> metadata, String key) throws IOException {
        String sent = HexFormat.of().formatHex(whole.digest());
        if (!sent.equals(metadata.get(SHA256))) {
            throw new IOException(key + ": the file sent has sha256 " + sent + ", recorded " + metadata.get(SHA256));
        }
    }
}
