-- What agents choose at the desk: the reasons for a pause (mola) and the disposition code of a call (how it ended
-- for the citizen). Both are lists an administrator edits: a code that never changes once created (it is written
-- into call records and the PBX's queue log), a Turkish label, an active flag (never deleted, only deactivated) and
-- a sort order. version is for optimistic locking when two administrators edit the same row.
--
-- The same migration gives the reference tables the administrator edits (catalogue topics and types, routing and
-- escalation rules) a version column, so a concurrent edit is refused instead of silently overwritten.

CREATE TABLE pause_reason (
    id          INT          NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(30)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    label       VARCHAR(80)  NOT NULL COLLATE utf8mb4_turkish_ci,
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    sort_order  SMALLINT     NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_pause_reason_code UNIQUE (code),
    CONSTRAINT uq_pause_reason_label UNIQUE (label),
    INDEX ix_pause_reason_active_order (active, sort_order)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_turkish_ci;

-- call_record.disposition_code holds these codes (VARCHAR(40)).
CREATE TABLE disposition_code (
    id          INT          NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(40)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    label       VARCHAR(80)  NOT NULL COLLATE utf8mb4_turkish_ci,
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    sort_order  SMALLINT     NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_disposition_code_code UNIQUE (code),
    CONSTRAINT uq_disposition_code_label UNIQUE (label),
    INDEX ix_disposition_code_active_order (active, sort_order)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_turkish_ci;

INSERT INTO pause_reason (code, label, sort_order) VALUES
    ('MOLA', 'Mola', 10),
    ('YEMEK', 'Yemek', 20),
    ('EGITIM', 'Eğitim', 30),
    ('TOPLANTI', 'Toplantı', 40),
    ('TEKNIK_SORUN', 'Teknik sorun', 50),
    ('EVRAK_ISI', 'Evrak işi', 60);

INSERT INTO disposition_code (code, label, sort_order) VALUES
    ('BILGI_VERILDI', 'Bilgi verildi', 10),
    ('BASVURU_ALINDI', 'Başvuru alındı', 20),
    ('DURUM_BILDIRILDI', 'Başvuru durumu bildirildi', 30),
    ('SIKAYET_ILETILDI', 'Şikayet iletildi', 40),
    ('YONLENDIRILDI', 'Başka kuruma yönlendirildi', 50),
    ('GERI_ARANACAK', 'Geri aranacak', 60),
    ('YANLIS_ARAMA', 'Yanlış arama', 70),
    ('ARAMA_YARIDA_KESILDI', 'Arama yarıda kesildi', 80),
    ('MUKERRER_ARAMA', 'Mükerrer arama', 90);

ALTER TABLE topic ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE application_type ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE routing_rule ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE escalation_rule ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
