-- Brief expansions (pipeline.enrichment.expansion): the shot description a chat model made of a brief, kept so a
-- restart, a resumed batch or the same brief again never pays for a second completion. cache_key is the sha256 (hex)
-- of the model, the system prompt and the brief: changing either of the first two asks the model afresh.
CREATE TABLE brief_expansion (
    cache_key   VARCHAR(64)    NOT NULL PRIMARY KEY,
    model       VARCHAR(200)   NOT NULL,
    brief       VARCHAR(32000) NOT NULL,
    expansion   VARCHAR(32000) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
