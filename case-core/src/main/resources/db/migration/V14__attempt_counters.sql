-- Counters of attempts that must be limited across every server of an installation (docs/src/reliability.md):
-- failed sign-ins per account and per source address, failed citizen proofs and reads per channel key. One row per
-- (scope, subject), changed with optimistic locking (version) rather than row or table locks, so that the table works
-- unchanged on a Galera cluster: two nodes counting the same subject at once make one of them retry. The subject is a
-- user name, an address or a channel name, never a secret.

CREATE TABLE attempt_counter (
    scope         VARCHAR(32)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    subject       VARCHAR(190) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    attempts      INT          NOT NULL DEFAULT 0,
    window_start  DATETIME(6)  NULL,
    locked_until  DATETIME(6)  NULL,
    locks         INT          NOT NULL DEFAULT 0,
    version       BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (scope, subject)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
