package com.videopipeline.job;

import com.videopipeline.media.Mp4Info;
import com.videopipeline.media.Mp4Inspector;
import com.videopipeline.request.VideoRequest;
import java.nio.file.Path;
import org.springframework.stereotype.Component;

/**
 * Checks a downloaded file against what was ordered: a real MP4 with a video track, the requested frame size
 * exactly, and the requested duration within the configured tolerance. Paying for the wrong video is still a loss.
 */
@Component
class VideoVerifier {

    private final Mp4Inspector inspector = new Mp4Inspector();
    private final JobsProperties props;

    VideoVerifier(JobsProperties props) {
        this.props = props;
    }

    Mp4Info verify(VideoRequest request, Path file) {
        Mp4Info info = inspector.inspect(file);
        double tolerance = props.durationTolerance().toMillis() / 1000.0;
        if (Math.abs(info.durationSeconds() - request.seconds()) > tolerance) {
            throw new VerificationException(String.format(
                    "video lasts %.2f s, %d s were requested (tolerance %.2f s)",
                    info.durationSeconds(), request.seconds(), tolerance));
        }
        if (info.width() != request.size().width() || info.height() != request.size().height()) {
            throw new VerificationException("video is " + info.width() + "x" + info.height()
                    + ", " + request.size() + " was requested");
        }
        return info;
    }
}
