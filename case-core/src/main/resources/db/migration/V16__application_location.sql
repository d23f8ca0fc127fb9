-- Where an application's matter is, as a web, mobile or kiosk channel reports it (Open311's lat, long,
-- address_string and media_url): a WGS 84 position in decimal degrees, the address as typed, and an http(s)
-- link to the citizen's photo or document. All optional; the position is both halves or neither.
ALTER TABLE application
    ADD COLUMN latitude        DECIMAL(8, 6)  NULL,
    ADD COLUMN longitude       DECIMAL(9, 6)  NULL,
    ADD COLUMN address_string  VARCHAR(250)   NULL COLLATE utf8mb4_turkish_ci,
    ADD COLUMN media_url       VARCHAR(2048)  CHARACTER SET ascii COLLATE ascii_bin NULL,
    ADD CONSTRAINT ck_application_position CHECK ((latitude IS NULL) = (longitude IS NULL)
        AND (latitude IS NULL OR (latitude BETWEEN -90 AND 90 AND longitude BETWEEN -180 AND 180))),
    ADD CONSTRAINT ck_application_media_url CHECK (media_url IS NULL OR media_url LIKE 'http://%' OR media_url LIKE 'https://%');
