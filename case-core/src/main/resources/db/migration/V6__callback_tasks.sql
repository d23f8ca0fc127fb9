-- Callers who hung up while waiting in the queue: a callback task each, open until an agent calls the number back.
CREATE TABLE callback_task (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    server         VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    linkedid       VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    caller_raw     VARCHAR(40)  NOT NULL,
    phone_e164     VARCHAR(16)  CHARACTER SET ascii COLLATE ascii_bin NULL,
    queue          VARCHAR(64)  NOT NULL,
    abandoned_at   DATETIME(3)  NOT NULL,
    wait_seconds   INT          NOT NULL,
    status         VARCHAR(12)  NOT NULL,
    closed_at      DATETIME(3)  NULL,
    closed_by      VARCHAR(60)  NULL,
    close_reason   VARCHAR(20)  NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_callback_task_call UNIQUE (server, linkedid),
    CONSTRAINT ck_callback_task_status CHECK (status IN ('OPEN', 'DONE')),
    INDEX ix_callback_task_open (status, abandoned_at),
    INDEX ix_callback_task_phone (phone_e164, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_turkish_ci;
