-- Outbound satisfaction surveys run as campaigns (issue 21).
-- A citizen may ask never to be called for a survey again (set by an agent or by the survey script, key 9).
ALTER TABLE citizen
    ADD COLUMN do_not_call BOOLEAN NOT NULL DEFAULT FALSE;

-- A campaign: which concluded applications (the selection), how many of them (size or share), when and how often to
-- call. The filters are comma lists of plate codes, topic ids and type ids; empty means all.
CREATE TABLE survey_campaign (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name             VARCHAR(120)  NOT NULL COLLATE utf8mb4_turkish_ci,
    status           VARCHAR(12)   NOT NULL,
    concluded_from   DATE          NOT NULL,
    concluded_to     DATE          NOT NULL,
    province_codes   VARCHAR(400)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL DEFAULT '',
    topic_ids        VARCHAR(200)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL DEFAULT '',
    type_ids         VARCHAR(2000) CHARACTER SET ascii COLLATE ascii_bin NOT NULL DEFAULT '',
    outcome          VARCHAR(10)   NOT NULL,
    sample_size      INT           NULL,
    sample_percent   INT           NULL,
    selected         INT           NOT NULL DEFAULT 0,
    calling_from     TIME          NOT NULL,
    calling_to       TIME          NOT NULL,
    weekends         BOOLEAN       NOT NULL DEFAULT FALSE,
    max_tries        INT           NOT NULL,
    retry_minutes    INT           NOT NULL,
    concurrency      INT           NOT NULL,
    created_by       VARCHAR(60)   NOT NULL,
    created_at       DATETIME(3)   NOT NULL,
    started_at       DATETIME(3)   NULL,
    ended_at         DATETIME(3)   NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT ck_survey_campaign_status CHECK (status IN ('READY', 'RUNNING', 'PAUSED', 'STOPPED', 'FINISHED')),
    CONSTRAINT ck_survey_campaign_outcome CHECK (outcome IN ('ANY', 'POSITIVE', 'NEGATIVE')),
    CONSTRAINT ck_survey_campaign_dates CHECK (concluded_from <= concluded_to),
    CONSTRAINT ck_survey_campaign_sample CHECK ((sample_size IS NULL) <> (sample_percent IS NULL)
        AND (sample_size IS NULL OR sample_size BETWEEN 1 AND 100000)
        AND (sample_percent IS NULL OR sample_percent BETWEEN 1 AND 100)),
    CONSTRAINT ck_survey_campaign_hours CHECK (calling_from < calling_to),
    CONSTRAINT ck_survey_campaign_tries CHECK (max_tries BETWEEN 1 AND 10 AND retry_minutes BETWEEN 1 AND 10080),
    CONSTRAINT ck_survey_campaign_concurrency CHECK (concurrency BETWEEN 1 AND 100),
    INDEX ix_survey_campaign_status (status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_turkish_ci;

-- One application selected into a campaign. An application is in at most one campaign ever (never called twice for
-- the same application); province, topic and type are copied for the results.
CREATE TABLE survey_target (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    campaign_id      BIGINT        NOT NULL,
    application_id   BIGINT        NOT NULL,
    citizen_id       BIGINT        NOT NULL,
    phone_e164       VARCHAR(16)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    province_code    INT           NOT NULL,
    topic_id         INT           NOT NULL,
    type_id          INT           NOT NULL,
    state            VARCHAR(12)   NOT NULL,
    tries            INT           NOT NULL DEFAULT 0,
    next_try_at      DATETIME(3)   NOT NULL,
    last_result      VARCHAR(12)   NULL,
    score            TINYINT       NULL,
    refused          BOOLEAN       NOT NULL DEFAULT FALSE,
    updated_at       DATETIME(3)   NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_survey_target_application UNIQUE (application_id),
    CONSTRAINT fk_survey_target_campaign FOREIGN KEY (campaign_id) REFERENCES survey_campaign (id),
    CONSTRAINT fk_survey_target_application FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT fk_survey_target_citizen FOREIGN KEY (citizen_id) REFERENCES citizen (id),
    CONSTRAINT ck_survey_target_state CHECK (state IN ('WAITING', 'DIALLING', 'COMPLETED', 'REFUSED', 'INCOMPLETE',
        'UNREACHED', 'FAILED', 'DO_NOT_CALL', 'CANCELLED')),
    CONSTRAINT ck_survey_target_score CHECK (score IS NULL OR score BETWEEN 1 AND 5),
    INDEX ix_survey_target_due (campaign_id, state, next_try_at),
    INDEX ix_survey_target_citizen (citizen_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_turkish_ci;

-- Every dial of a target: written (and audited) before the Originate is sent, so that after a lost link or on another
-- node a dial in flight is known and never sent again; its result comes from OriginateResponse, Hangup and the script.
CREATE TABLE survey_dial (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    target_id        BIGINT        NOT NULL,
    campaign_id      BIGINT        NOT NULL,
    try_no           INT           NOT NULL,
    dialled_at       DATETIME(3)   NOT NULL,
    dialled_by       VARCHAR(60)   NOT NULL,
    ended_at         DATETIME(3)   NULL,
    result           VARCHAR(12)   NULL,
    CONSTRAINT fk_survey_dial_target FOREIGN KEY (target_id) REFERENCES survey_target (id),
    CONSTRAINT ck_survey_dial_result CHECK (result IS NULL OR result IN ('COMPLETED', 'REFUSED', 'INCOMPLETE',
        'NO_ANSWER', 'BUSY', 'FAILED', 'INTERRUPTED')),
    INDEX ix_survey_dial_open (campaign_id, result),
    INDEX ix_survey_dial_target (target_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_turkish_ci;
