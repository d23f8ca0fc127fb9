-- The calls in progress on each PBX, as the node that holds the PBX's link saw them (docs/src/cluster.md): written when
-- a call enters a queue and when it is answered, removed in the transaction that writes its call record. When the link
-- moves to another node (its node died or stopped), the new holder takes these calls up: those the PBX still has go
-- on, those that ended meanwhile get their record (ended while the link was down), so that no call is lost with the
-- node that saw it begin.

CREATE TABLE call_in_progress (
    server       VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    linkedid     VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    caller_raw   VARCHAR(40)  NOT NULL,
    queue        VARCHAR(80)  NOT NULL,
    entered_at   DATETIME(3)  NOT NULL,
    agent_iface  VARCHAR(120) NULL,
    answered_at  DATETIME(3)  NULL,
    PRIMARY KEY (server, linkedid)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_turkish_ci;
