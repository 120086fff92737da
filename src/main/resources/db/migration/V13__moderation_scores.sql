-- Moderation scores (pipeline.moderation.api): what the moderation API answered for a text, kept so the same prompt
-- is not sent again within cache-for and, while the API is down, a prompt scored within stale-for is still judged.
-- Scores, never verdicts: the verdict is made afresh from them with the thresholds of the day. cache_key is the
-- sha256 (hex) of the model and the text sent; the text itself is not kept. scores is a JSON object (category to
-- score), flagged a JSON array of the categories the API itself flagged.
CREATE TABLE moderation_score (
    cache_key  VARCHAR(64)   NOT NULL PRIMARY KEY,
    model      VARCHAR(200)  NOT NULL,
    scores     VARCHAR(8000) NOT NULL,
    flagged    VARCHAR(4000) NOT NULL,
    scored_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
