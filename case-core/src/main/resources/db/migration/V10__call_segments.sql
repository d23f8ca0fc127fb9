-- Each agent's part of a call (agent segments): who had the citizen, from when to when, the talk time, and how the
-- part ended (completed, transferred to whom, the caller hung up, not observed). A call answered and transferred
-- once has two rows, so per-agent figures count the first agent's work too and a supervisor can follow the call's
-- path. Written with the call record, in the same transaction; keyed like the record by (server, linkedid).

CREATE TABLE call_segment (
    server          VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    linkedid        VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    position        SMALLINT     NOT NULL,
    agent           VARCHAR(120) NOT NULL,
    started_at      DATETIME(3)  NOT NULL,
    ended_at        DATETIME(3)  NOT NULL,
    talk_seconds    INT          NOT NULL,
    ended_how       VARCHAR(16)  NOT NULL,
    transferred_to  VARCHAR(120) NULL,
    PRIMARY KEY (server, linkedid, position),
    CONSTRAINT fk_call_segment_record FOREIGN KEY (server, linkedid) REFERENCES call_record (server, linkedid),
    CONSTRAINT ck_call_segment_end CHECK (ended_how IN ('COMPLETED', 'TRANSFERRED', 'CALLER_HUNG_UP', 'NOT_OBSERVED')),
    CONSTRAINT ck_call_segment_times CHECK (ended_at >= started_at AND talk_seconds >= 0 AND position >= 0),
    INDEX ix_call_segment_agent (agent, started_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_turkish_ci;
