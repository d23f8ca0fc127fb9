package tr.gov.acikkapi.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tr.gov.acikkapi.casecore.domain.model.application.TrackingNumber;
import tr.gov.acikkapi.casecore.domain.model.citizen.PhoneNumber;
import tr.gov.acikkapi.casecore.domain.model.citizen.TcKimlikNo;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The benchmark data: deterministic, valid by the domain's own rules, and shaped as documented. */
class DataGeneratorTest {

    private static final Instant REFERENCE = Instant.parse("2026-06-01T00:00:00Z");

    @TempDir
    Path work;

    /** Every chunk of every table, as handed to the loader. */
    private static final class Capture {
        final Map<String, List<String[]>> rows = new HashMap<>();
        final MessageDigest digest;

        Capture() throws Exception {
            digest = MessageDigest.getInstance("SHA-256");
        }

        void take(Path file, String table) throws java.io.IOException {
            byte[] bytes = Files.readAllBytes(file);
            digest.update(table.getBytes(StandardCharsets.UTF_8));
            digest.update(bytes);
            for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
                if (!line.isEmpty()) {
                    rows.computeIfAbsent(table, t -> new ArrayList<>()).add(line.split("\t", -1));
                }
            }
        }
    }

    private Capture generate(long seed) throws Exception {
        Capture capture = new Capture();
        List<Integer> types = new ArrayList<>();
        for (int topic = 1; topic <= 17; topic++) {
            for (int k = 1; k <= 19; k++) {
                types.add(topic * 100 + k);
            }
        }
        Map<Integer, List<Integer>> units = new HashMap<>();
        for (int p = 1; p <= 81; p++) {
            units.put(p, List.of(p * 100, p * 100 + 1));
        }
        new DataGenerator(seed, 2_000, 8_000, REFERENCE).quiet()
                .write(new DataGenerator.Reference(types, units), work.resolve("s" + seed),
                        (file, table, columns) -> capture.take(file, table));
        return capture;
    }

    @Test
    void theSameSeedGivesTheSameRowsAndAnotherSeedOthers() throws Exception {
        String first = HexFormat.of().formatHex(generate(1).digest.digest());
        String again = HexFormat.of().formatHex(generate(1).digest.digest());
        String other = HexFormat.of().formatHex(generate(2).digest.digest());

        assertEquals(first, again);
        assertNotEquals(first, other);
    }

    @Test
    void rowsAreValidByTheDomainsRulesAndShapedAsDocumented() throws Exception {
        Capture c = generate(7);
        List<String[]> citizens = c.rows.get("citizen");
        List<String[]> phones = c.rows.get("citizen_phone");
        List<String[]> applications = c.rows.get("application");
        assertEquals(2_000, citizens.size());
        assertEquals(8_000, applications.size());

        Set<String> tcs = new HashSet<>();
        int escorted = 0;
        for (String[] row : citizens) {
            assertEquals(row[1], TcKimlikNo.of(row[1]).value(), "check digits valid");
            tcs.add(row[1]);
            for (int flag = 9; flag <= 13; flag++) {
                if ("1".equals(row[flag])) {
                    escorted++;
                    break;
                }
            }
        }
        assertEquals(citizens.size(), tcs.size(), "T.C. Kimlik numbers unique");
        assertTrue(escorted > 0 && escorted < citizens.size() / 4, "some citizens escorted: " + escorted);

        Map<String, Set<String>> citizensByNumber = new HashMap<>();
        for (String[] row : phones) {
            assertEquals(row[1], new PhoneNumber(row[1]).e164());
            citizensByNumber.computeIfAbsent(row[1], n -> new HashSet<>()).add(row[0]);
        }
        assertTrue(citizensByNumber.values().stream().anyMatch(s -> s.size() > 1), "family numbers shared");

        Set<String> statuses = new HashSet<>();
        Map<String, Integer> perType = new HashMap<>();
        Map<String, Integer> perProvince = new HashMap<>();
        for (String[] row : applications) {
            assertEquals(row[1], TrackingNumber.parse(row[1]).value(), "Damm check digit valid");
            int citizen = Integer.parseInt(row[2]);
            assertTrue(citizen >= 1 && citizen <= 2_000);
            assertTrue(row[14].compareTo(row[12]) > 0, "deadline after registration");
            boolean escalated = row[11].startsWith("ESCALATED");
            assertEquals(escalated, !"\\N".equals(row[18]), "escalation target iff escalated");
            assertEquals(escalated, !"\\N".equals(row[19]));
            statuses.add(row[11]);
            perType.merge(row[4], 1, Integer::sum);
            perProvince.merge(row[5], 1, Integer::sum);
        }
        assertEquals(8, statuses.size(), "every status: " + statuses);
        int commonest = perType.values().stream().max(Integer::compare).orElseThrow();
        assertTrue(commonest > applications.size() / 20, "a few types very common: " + commonest);
        assertTrue(perProvince.getOrDefault("34", 0) > perProvince.getOrDefault("62", 0) * 20,
                "İstanbul far above Tunceli: " + perProvince.get("34") + " vs " + perProvince.get("62"));
    }
}
