-- One record per call handled by the call center, written once when the call ends, and the
-- applications touched during it. A call is identified by the PBX it ran on (server) and Asterisk's
-- Linkedid, unique per server; writing the same call twice is a no-op.

CREATE TABLE call_record (
    id                     BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    server                 VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    linkedid               VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    caller_raw             VARCHAR(40)  NULL,
    caller_e164            VARCHAR(16)  CHARACTER SET ascii COLLATE ascii_bin NULL,
    queue                  VARCHAR(80)  NULL,
    agent                  VARCHAR(120) NULL,
    entered_at             DATETIME(3)  NOT NULL,
    answered_at            DATETIME(3)  NULL,
    ended_at               DATETIME(3)  NOT NULL,
    wait_seconds           INT          NOT NULL,
    talk_seconds           INT          NOT NULL,
    outcome                VARCHAR(12)  NOT NULL,
    disposition_code       VARCHAR(40)  NULL,
    ended_while_link_down  BOOLEAN      NOT NULL DEFAULT FALSE,
    recorded_at            DATETIME(3)  NOT NULL,
    CONSTRAINT uq_call_record_server_linkedid UNIQUE (server, linkedid),
    CONSTRAINT ck_call_record_outcome CHECK (outcome IN ('ANSWERED', 'ABANDONED')),
    CONSTRAINT ck_call_record_durations CHECK (wait_seconds >= 0 AND talk_seconds >= 0),
    CONSTRAINT ck_call_record_answer CHECK ((outcome = 'ANSWERED') = (answered_at IS NOT NULL)),
    INDEX ix_call_record_caller (caller_e164, entered_at),
    INDEX ix_call_record_entered (entered_at),
    INDEX ix_call_record_agent (agent, entered_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_turkish_ci;

-- Applications touched during a call. Keyed by the call's (server, linkedid), not by call_record.id:
-- an agent registers or updates applications while the call is still running, before its record
-- is written at hang-up. relation keeps the strongest touch: CREATED > UPDATED > VIEWED.
CREATE TABLE call_application (
    server          VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    linkedid        VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    application_id  BIGINT       NOT NULL,
    relation        VARCHAR(12)  NOT NULL,
    linked_at       DATETIME(3)  NOT NULL,
    linked_by       VARCHAR(60)  NOT NULL,
    PRIMARY KEY (server, linkedid, application_id),
    CONSTRAINT fk_call_application_application FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT ck_call_application_relation CHECK (relation IN ('CREATED', 'UPDATED', 'VIEWED')),
    INDEX ix_call_application_application (application_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_turkish_ci;
