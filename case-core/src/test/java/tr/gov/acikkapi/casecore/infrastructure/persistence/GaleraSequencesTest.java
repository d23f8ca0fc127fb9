package tr.gov.acikkapi.casecore.infrastructure.persistence;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The migrations as Galera takes them: every sequence counts INCREMENT BY 0, nothing else changes. */
class GaleraSequencesTest {

    @Test
    void theTrackingSerialCountsByTheClustersIncrement() throws IOException {
        String v4;
        try (InputStream in = getClass().getResourceAsStream("/db/migration/V4__citizens_and_applications.sql")) {
            v4 = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(v4.contains("INCREMENT BY 1 CACHE 20"), "V4 as written for a single MariaDB");

        String galera = GaleraSequences.forGalera(v4);

        assertTrue(galera.contains("CREATE SEQUENCE tracking_serial START WITH 100000000 MINVALUE 100000000 "
                + "MAXVALUE 999999999 INCREMENT BY 0 CACHE 20 NOCYCLE;"), galera);
        assertFalse(galera.contains("INCREMENT BY 1"));
        assertEquals(v4.replace("INCREMENT BY 1 CACHE 20", "INCREMENT BY 0 CACHE 20"), galera,
                "only the increment changes");
    }

    @Test
    void textWithoutSequencesIsUnchanged() {
        String sql = "CREATE TABLE t (id BIGINT PRIMARY KEY); UPDATE t SET id = id + 1; -- INCREMENT BY 5";
        assertEquals(sql, GaleraSequences.forGalera(sql));
    }
}
