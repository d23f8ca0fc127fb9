package tr.gov.acikkapi.casecore.application.internal;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tr.gov.acikkapi.casecore.application.CitizenSummary;
import tr.gov.acikkapi.casecore.testsupport.CaseCoreTestDatabase;
import tr.gov.acikkapi.casecore.testsupport.MutableClock;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The name-prefix search reads short index ranges and merges them; its answer must be the one the single query
 * {@code last_name LIKE p OR first_name LIKE p ORDER BY last_name, first_name, id LIMIT n} (and its two-word form)
 * gave. Compared on a few thousand citizens whose names share prefixes across first and last names, in several
 * spellings of Turkish letters, with many more than 20 citizens per name, and a prefix ({@code Se}) shared by more
 * first names than the search reads one by one.
 */
class NamePrefixSearchTest {

    private static final String[] FIRST = {"Mehmet", "Mehtap", "Melek", "Ayşe", "Ayşegül", "Ayşe Nur", "Ali", "Alper",
            "Işıl", "İsmail", "Ilgın", "Ömer", "Özlem", "Şahin", "Çağla", "Kaya", "Uğur", "Elif", "Emre", "MEHMET", "ayşe"};
    private static final String[] LAST = {"Yılmaz", "Yıldız", "Kaya", "Kaplan", "Demir", "Şahin", "Çelik", "Öztürk",
            "Özdemir", "Işık", "İnce", "Uysal", "Ağaoğlu", "Mehmetoğlu", "Alpaslan", "Elmas", "YILMAZ", "çelik"};
    private static final int CITIZENS = 3000;
    private static final int LIMIT = 20;
    private static ServiceTestSupport services;

    @BeforeAll
    static void citizens() throws SQLException {
        services = new ServiceTestSupport(CaseCoreTestDatabase.factory(), new MutableClock(Instant.parse("2025-07-01T06:00:00Z")));
        CaseCoreTestDatabase.deleteCaseData();
        SplittableRandom random = new SplittableRandom(7);
        try (Connection c = CaseCoreTestDatabase.dataSource().getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO citizen (tc_kimlik_no, first_name, last_name, "
                     + "province_code, created_at, updated_at) VALUES (?, ?, ?, 6, NOW(3), NOW(3))")) {
            for (int i = 0; i < CITIZENS; i++) {
                insert.setString(1, ServiceTestSupport.newTcKimlikNo());
                insert.setString(2, FIRST[random.nextInt(FIRST.length)]);
                insert.setString(3, LAST[random.nextInt(LAST.length)]);
                insert.addBatch();
            }
            for (int i = 0; i < 400; i++) {
                int name = i % 40;
                insert.setString(1, ServiceTestSupport.newTcKimlikNo());
                insert.setString(2, "Se" + (char) ('a' + name % 20) + (name < 20 ? "çin" : "ğül"));
                insert.setString(3, LAST[random.nextInt(LAST.length)]);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    @AfterAll
    static void clean() {
        CaseCoreTestDatabase.deleteCaseData();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Meh", "meh", "MEHMET", "Me", "Ay", "ayşe", "AYŞEG", "Al", "Ka", "Kap", "Şa", "şah", "Çel",
            "çağ", "Öz", "öZd", "Işı", "ışık", "IŞ", "İs", "is", "ıl", "İn", "Uy", "Uğ", "Ağa", "El", "Em", "Yıl", "yil",
            "Ayşe Yıl", "ayşe nur y", "Ayşe Nur Yıldız", "Mehmet Ka", "MEHMET Mehm", "Ali Öz", "Elif Ç", "Ömer Ş",
            "Me Me", "Işıl I", "Se", "se Yıl", "Sa", "Seb", "Kaya Kaya", "Uğur Uys", "Zz", "Nur Yıl", "Mehmet Zz"})
    void answersAsTheSingleQueryDid(String prefix) throws SQLException {
        List<Long> expected = singleQuery(prefix, LIMIT);
        List<Long> actual = services.lookups(b -> b.byNamePrefix(prefix, LIMIT)).stream().map(CitizenSummary::id).toList();
        assertEquals(expected, actual, prefix);
        assertEquals(singleQuery(prefix, 3), services.lookups(b -> b.byNamePrefix(prefix, 3)).stream().map(CitizenSummary::id).toList(),
                prefix + ", three results");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Meh", "Ay", "Ka", "Öz", "Işı", "Ayşe Yıl", "Se", "Se Yıl"})
    void theComparedPrefixesFindMoreThanOnePage(String prefix) throws SQLException {
        assertFalse(singleQuery(prefix, LIMIT + 1).size() <= LIMIT, prefix + " must find more than " + LIMIT);
    }

    /** The query the search ran before it was split into index ranges. */
    private static List<Long> singleQuery(String prefix, int limit) throws SQLException {
        String folded = prefix.strip().replaceAll("\\s+", " ");
        int space = folded.lastIndexOf(' ');
        String sql = "SELECT id FROM citizen WHERE " + (space < 0 ? "last_name LIKE ? ESCAPE '!' OR first_name LIKE ? ESCAPE '!'"
                : "last_name LIKE ? ESCAPE '!' AND first_name LIKE ? ESCAPE '!'") + " ORDER BY last_name, first_name, id LIMIT ?";
        DataSource dataSource = CaseCoreTestDatabase.dataSource();
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setString(1, LookupsBean.likePrefix(space < 0 ? folded : folded.substring(space + 1)));
            q.setString(2, LookupsBean.likePrefix(space < 0 ? folded : folded.substring(0, space)));
            q.setInt(3, limit);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        }
    }
}
