-- Citizens, their phone numbers, applications with their history, notes and satisfaction surveys,
-- and the sequence that hands out tracking-number serials.
-- Times are UTC (DATETIME(3)); identifiers typed on keypads are ASCII with binary collation; names
-- use the Turkish collation so that prefix search follows Turkish case rules (i/İ, ı/I).

CREATE TABLE citizen (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tc_kimlik_no     VARCHAR(11)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    first_name       VARCHAR(60)  NOT NULL COLLATE utf8mb4_turkish_ci,
    last_name        VARCHAR(60)  NOT NULL COLLATE utf8mb4_turkish_ci,
    email            VARCHAR(254) NULL,
    province_code    SMALLINT     NOT NULL,
    district         VARCHAR(60)  NULL COLLATE utf8mb4_turkish_ci,
    birth_year       SMALLINT     NULL,
    gender           VARCHAR(12)  NOT NULL DEFAULT 'UNSPECIFIED',
    martyr_relative  BOOLEAN      NOT NULL DEFAULT FALSE,
    veteran          BOOLEAN      NOT NULL DEFAULT FALSE,
    disabled         BOOLEAN      NOT NULL DEFAULT FALSE,
    elderly          BOOLEAN      NOT NULL DEFAULT FALSE,
    sick             BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at       DATETIME(3)  NOT NULL,
    updated_at       DATETIME(3)  NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_citizen_tc_kimlik_no UNIQUE (tc_kimlik_no),
    CONSTRAINT fk_citizen_province FOREIGN KEY (province_code) REFERENCES province (plate_code),
    CONSTRAINT ck_citizen_gender CHECK (gender IN ('FEMALE', 'MALE', 'UNSPECIFIED')),
    INDEX ix_citizen_last_first (last_name, first_name),
    INDEX ix_citizen_first_name (first_name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_turkish_ci;

-- A citizen may have several numbers and several citizens may share one (a family's landline or a
-- parent's mobile): the caller-ID lookup returns every citizen on the number.
CREATE TABLE citizen_phone (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    citizen_id  BIGINT       NOT NULL,
    phone_e164  VARCHAR(16)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    added_at    DATETIME(3)  NOT NULL,
    CONSTRAINT uq_citizen_phone UNIQUE (citizen_id, phone_e164),
    CONSTRAINT fk_citizen_phone_citizen FOREIGN KEY (citizen_id) REFERENCES citizen (id) ON DELETE CASCADE,
    INDEX ix_citizen_phone_number (phone_e164, citizen_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_turkish_ci;

-- Serials of tracking numbers (9 digits; the 10th is the Damm check digit). A sequence, never
-- max+1: concurrent registrations never collide. Cached values lost at a restart leave gaps only.
CREATE SEQUENCE tracking_serial START WITH 100000000 MINVALUE 100000000 MAXVALUE 999999999 INCREMENT BY 1 CACHE 20 NOCYCLE;

CREATE TABLE application (
    id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tracking_no           VARCHAR(10)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    citizen_id            BIGINT        NOT NULL,
    kind                  VARCHAR(12)   NOT NULL,
    application_type_id   INT           NOT NULL,
    province_code         SMALLINT      NOT NULL,
    district              VARCHAR(60)   NULL COLLATE utf8mb4_turkish_ci,
    channel               VARCHAR(16)   NOT NULL,
    subject               VARCHAR(200)  NOT NULL,
    description           TEXT          NOT NULL,
    unit_id               INT           NULL,
    status                VARCHAR(24)   NOT NULL,
    registered_at         DATETIME(3)   NOT NULL,
    registered_by         VARCHAR(60)   NOT NULL,
    deadline_at           DATETIME(3)   NOT NULL,
    concluded_at          DATETIME(3)   NULL,
    outcome_explanation   TEXT          NULL,
    alternatives_offered  TEXT          NULL,
    escalation_target     VARCHAR(12)   NULL,
    escalated_at          DATETIME(3)   NULL,
    version               BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_application_tracking_no UNIQUE (tracking_no),
    CONSTRAINT fk_application_citizen FOREIGN KEY (citizen_id) REFERENCES citizen (id),
    CONSTRAINT fk_application_type FOREIGN KEY (application_type_id) REFERENCES application_type (id),
    CONSTRAINT fk_application_province FOREIGN KEY (province_code) REFERENCES province (plate_code),
    CONSTRAINT fk_application_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT ck_application_kind CHECK (kind IN ('REQUEST', 'COMPLAINT', 'SUGGESTION')),
    CONSTRAINT ck_application_channel CHECK (channel IN ('FACE_TO_FACE', 'WEB', 'MOBILE', 'KIOSK', 'CALL_CENTER')),
    CONSTRAINT ck_application_status CHECK (status IN ('RECEIVED', 'ROUTED', 'IN_PROGRESS', 'CONCLUDED_POSITIVE',
        'CONCLUDED_NEGATIVE', 'REDIRECTED', 'ESCALATED_GOVERNOR', 'ESCALATED_MINISTRY')),
    CONSTRAINT ck_application_escalation CHECK ((escalation_target IS NULL) = (escalated_at IS NULL)
        AND (escalation_target IS NULL OR escalation_target IN ('GOVERNOR', 'MINISTRY'))),
    CONSTRAINT ck_application_deadline CHECK (deadline_at > registered_at),
    -- Caller lookup: a citizen's open applications, nearest deadline first.
    INDEX ix_application_citizen_status_deadline (citizen_id, status, deadline_at),
    -- Deadline watch and supervisor lists: open applications by deadline.
    INDEX ix_application_status_deadline (status, deadline_at),
    -- A unit's work list.
    INDEX ix_application_unit_status_deadline (unit_id, status, deadline_at),
    -- Analytics by province and type over time.
    INDEX ix_application_province_type_registered (province_code, application_type_id, registered_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_turkish_ci;

-- Every status change: who, when, from, to, why. from_status is NULL for the registration itself.
CREATE TABLE application_history (
    id              BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    application_id  BIGINT         NOT NULL,
    occurred_at     DATETIME(3)    NOT NULL,
    actor           VARCHAR(60)    NOT NULL,
    from_status     VARCHAR(24)    NULL,
    to_status       VARCHAR(24)    NOT NULL,
    reason          VARCHAR(1000)  NOT NULL,
    CONSTRAINT fk_application_history_application FOREIGN KEY (application_id) REFERENCES application (id),
    INDEX ix_application_history_application (application_id, occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_turkish_ci;

-- Free notes on an application (what the citizen said on the phone, what the unit answered).
CREATE TABLE application_note (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    application_id  BIGINT        NOT NULL,
    created_at      DATETIME(3)   NOT NULL,
    author          VARCHAR(60)   NOT NULL,
    body            TEXT          NOT NULL,
    CONSTRAINT fk_application_note_application FOREIGN KEY (application_id) REFERENCES application (id),
    INDEX ix_application_note_application (application_id, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_turkish_ci;

-- Satisfaction survey answers (by phone after conclusion): one per application, score 1 to 5.
CREATE TABLE survey_response (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    application_id  BIGINT        NOT NULL,
    score           TINYINT       NOT NULL,
    comment         VARCHAR(1000) NULL,
    responded_at    DATETIME(3)   NOT NULL,
    recorded_by     VARCHAR(60)   NOT NULL,
    CONSTRAINT uq_survey_response_application UNIQUE (application_id),
    CONSTRAINT fk_survey_response_application FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT ck_survey_response_score CHECK (score BETWEEN 1 AND 5),
    INDEX ix_survey_response_responded (responded_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_turkish_ci;
