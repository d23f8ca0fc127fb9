-- The wrap-up (after-call work) per queue: after an answered call the agent's phone is paused in the queues with the
-- reason "wrap-up" until the agent saves how the call ended, or at the latest max_seconds after the call ended; then
-- default_disposition is written into the call's record (if the agent wrote none) and the phone is unpaused.
-- A queue without a row takes the defaults from the configuration (WRAPUP_MAX_SECONDS, WRAPUP_DEFAULT_DISPOSITION);
-- max_seconds = 0 turns the wrap-up off for the queue. The PBX side (queues.conf wrapuptime) is in docs/src/asterisk.md.
CREATE TABLE queue_wrap_up (
    queue_name          VARCHAR(80)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL PRIMARY KEY,
    max_seconds         INT          NOT NULL,
    default_disposition VARCHAR(40)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    CONSTRAINT ck_queue_wrap_up_max CHECK (max_seconds BETWEEN 0 AND 3600),
    CONSTRAINT fk_queue_wrap_up_disposition FOREIGN KEY (default_disposition) REFERENCES disposition_code (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_turkish_ci;

-- The disposition written when the wrap-up time ran out: inactive, so that agents do not choose it at the desk.
INSERT INTO disposition_code (code, label, active, sort_order) VALUES
    ('SURE_DOLDU', 'Sonuç girilmedi (süre doldu)', FALSE, 1000);
