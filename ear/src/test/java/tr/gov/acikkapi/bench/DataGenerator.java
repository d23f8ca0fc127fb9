package tr.gov.acikkapi.bench;

import tr.gov.acikkapi.casecore.domain.model.application.TrackingNumber;
import tr.gov.acikkapi.casecore.domain.model.citizen.PhoneNumber;
import tr.gov.acikkapi.casecore.domain.model.citizen.TcKimlikNo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Fills the case-core schema with a deterministic, realistically shaped population: citizens in families (a
 * family shares its last name, its province and one number: a landline or a parent's mobile), most with a mobile
 * of their own, a few with escort needs; applications skewed over the catalogue (a few types very common), over
 * every status, most concluded, the open ones recent. The same seed and reference time give the same rows, byte
 * for byte. Rows are written to tab-separated files and loaded with {@code LOAD DATA LOCAL INFILE} in chunks,
 * so a million citizens and five million applications take minutes, not hours.
 *
 * <p>Application history, notes and surveys are not generated: the figures measured read none of them.
 */
final class DataGenerator {

    /** Rows per loaded file: large enough to be fast, small enough to show progress. */
    private static final int CHUNK = 250_000;
    private static final DateTimeFormatter SQL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
    private static final Duration DEADLINE = Duration.ofDays(7);
    private static final long PERMUTATION_PRIME = 1_000_003L;
    /** Generated tracking numbers take serials from here; the sequence is moved past them. */
    static final long FIRST_SERIAL = 100_000_000L;
    /** Families of one to five, in these proportions. */
    private static final int[] FAMILY_CUMULATIVE = cumulative(new int[] {30, 25, 20, 15, 10});

    /** Approximate population (thousands, 2023) by plate code 1..81: provinces are drawn in this proportion. */
    static final int[] POPULATION = {
            2270, 610, 750, 510, 340, 5800, 2700, 170, 1160, 1260, 230, 280, 350, 320, 270, 3210, 560, 200, 520, 1060,
            1820, 410, 590, 240, 750, 910, 2160, 450, 150, 280, 1540, 450, 1920, 15650, 4480, 270, 380, 1440, 370, 240,
            2100, 2300, 580, 740, 1460, 1120, 870, 1050, 400, 310, 370, 760, 340, 1100, 1370, 330, 220, 640, 1140, 600,
            820, 90, 2210, 380, 1130, 420, 590, 430, 85, 260, 280, 630, 560, 200, 95, 200, 300, 250, 150, 560, 410};
    private static final int[] PROVINCE_CUMULATIVE = cumulative(POPULATION);

    private static final String[] FEMALE = {"Zeynep", "Elif", "Ayşe", "Fatma", "Emine", "Hatice", "Merve", "Zehra",
            "Esra", "Büşra", "Meryem", "Özlem", "Hülya", "Sevgi", "Derya", "Şükriye", "İpek", "Gül", "Yasemin", "Ceren",
            "Nur", "Sibel", "Hacer", "Dilek", "Aslı", "Ebru", "Leyla", "Melek", "Songül", "Tuğba"};
    private static final String[] MALE = {"Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "Murat",
            "Yusuf", "Ömer", "Emre", "Burak", "İsmail", "Osman", "Ramazan", "Halil", "Süleyman", "Abdullah", "Kemal",
            "Fatih", "Serkan", "Uğur", "Orhan", "Cem", "Onur", "Gökhan", "Şahin", "İlker", "Çağlar", "Oğuz"};
    private static final String[] LAST = {"Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk",
            "Aydın", "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek",
            "Polat", "Özcan", "Korkmaz", "Çakır", "Erdoğan", "Yavuz", "Can", "Acar", "Şen", "Aktaş", "Güler", "Yalçın",
            "Güneş", "Bozkurt", "Bulut", "Keskin", "Ünal", "Turan", "Gül", "Özer", "Işık", "Kaplan", "Avcı", "Sarı",
            "Tekin", "Taş", "Köse", "Yüksel", "Ateş", "Aksoy", "İnce", "Uçar", "Ekinci", "Ertürk", "Çiftçi", "Ağaoğlu",
            "Sönmez", "Tunç", "Güven", "Uysal"};
    private static final String[] MOBILE_PREFIXES = {"530", "531", "532", "533", "535", "536", "537", "538", "539",
            "541", "542", "543", "544", "545", "546", "549", "551", "552", "553", "555"};

    private static final String[] STATUSES = {"RECEIVED", "ROUTED", "IN_PROGRESS", "CONCLUDED_POSITIVE",
            "CONCLUDED_NEGATIVE", "REDIRECTED", "ESCALATED_GOVERNOR", "ESCALATED_MINISTRY"};
    /** Per mille, in the order of {@link #STATUSES}: seven in ten concluded, the rest open or escalated. */
    private static final int[] STATUS_WEIGHTS = {50, 80, 120, 450, 200, 50, 30, 20};
    private static final String[] KINDS = {"REQUEST", "COMPLAINT", "SUGGESTION"};
    private static final int[] KIND_WEIGHTS = {60, 30, 10};
    private static final String[] CHANNELS = {"FACE_TO_FACE", "WEB", "MOBILE", "KIOSK", "CALL_CENTER"};
    private static final int[] CHANNEL_WEIGHTS = {15, 35, 25, 5, 20};

    private final long seed;
    private final int citizens;
    private final int applications;
    private final Instant reference;
    private boolean verbose = true;

    /**
     * @param reference the generation's "now": registration times lie before it, open deadlines after it
     */
    DataGenerator(long seed, int citizens, int applications, Instant reference) {
        this.seed = seed;
        this.citizens = citizens;
        this.applications = applications;
        this.reference = reference;
    }

    /** Without progress lines (unit tests). */
    DataGenerator quiet() {
        verbose = false;
        return this;
    }

    /** What the generated rows are, for the report. */
    record Outcome(int citizens, int phones, int applications, Duration took) {
    }

    /** The catalogue and units the applications refer to, read from the migrated schema. */
    record Reference(List<Integer> typeIds, Map<Integer, List<Integer>> unitsByProvince) {

        static Reference read(Connection connection) throws SQLException {
            List<Integer> types = new ArrayList<>();
            Map<Integer, List<Integer>> units = new HashMap<>();
            try (Statement s = connection.createStatement()) {
                try (ResultSet rs = s.executeQuery("SELECT id FROM application_type ORDER BY id")) {
                    while (rs.next()) {
                        types.add(rs.getInt(1));
                    }
                }
                try (ResultSet rs = s.executeQuery("SELECT id, province_code FROM unit ORDER BY id")) {
                    while (rs.next()) {
                        units.computeIfAbsent(rs.getInt(2), p -> new ArrayList<>()).add(rs.getInt(1));
                    }
                }
            }
            return new Reference(types, units);
        }
    }

    /** Writes and loads every row; the schema must be migrated and the tables empty. */
    Outcome generate(Connection connection, Path workDir) throws SQLException, IOException {
        long started = System.nanoTime();
        Files.createDirectories(workDir);
        Reference ref = Reference.read(connection);
        try (Statement s = connection.createStatement()) {
            s.execute("SET SESSION foreign_key_checks = 0");
            s.execute("SET SESSION unique_checks = 0");
        }
        int phones = write(ref, workDir, (file, table, columns) -> load(connection, file, table, columns));
        try (Statement s = connection.createStatement()) {
            s.execute("SET SESSION foreign_key_checks = 1");
            s.execute("SET SESSION unique_checks = 1");
            s.execute("SELECT SETVAL(tracking_serial, " + (FIRST_SERIAL + applications + 1000L) + ")");
            s.execute("ANALYZE TABLE citizen, citizen_phone, application");
        }
        return new Outcome(citizens, phones, applications, Duration.ofNanos(System.nanoTime() - started));
    }

    /** Takes one chunk file of a table once it is complete (loads it, or checks it in the unit test). */
    @FunctionalInterface
    interface ChunkLoader {
        void load(Path file, String table, String columns) throws SQLException, IOException;
    }

    /** Writes every row in chunks, handing each chunk to {@code loader}; returns the number of phone rows. */
    int write(Reference ref, Path workDir, ChunkLoader loader) throws SQLException, IOException {
        Files.createDirectories(workDir);
        short[] provinceOf = new short[citizens + 1];
        int phones = loadCitizens(loader, workDir, provinceOf);
        loadApplications(loader, workDir, ref, provinceOf);
        return phones;
    }

    private int loadCitizens(ChunkLoader loader, Path workDir, short[] provinceOf) throws SQLException, IOException {
        SplittableRandom random = new SplittableRandom(seed);
        int[] provinceCumulative = PROVINCE_CUMULATIVE;
        int phones = 0;
        long mobileSerial = 0;
        long landlineSerial = 0;
        int id = 1;
        int chunkStart = 1;
        Path citizenFile = workDir.resolve("citizen.tsv");
        Path phoneFile = workDir.resolve("citizen_phone.tsv");
        BufferedWriter citizenOut = Files.newBufferedWriter(citizenFile, StandardCharsets.UTF_8);
        BufferedWriter phoneOut = Files.newBufferedWriter(phoneFile, StandardCharsets.UTF_8);
        try {
            while (id <= citizens) {
                int familySize = Math.min(citizens - id + 1, 1 + pick(random, FAMILY_CUMULATIVE, true));
                short province = (short) (1 + pick(random, provinceCumulative, true));
                String last = LAST[zipf(random, LAST.length)];
                String shared;
                if (random.nextInt(100) < 40) {
                    shared = landline(province, landlineSerial++);
                } else {
                    shared = mobile(mobileSerial++);
                }
                for (int member = 0; member < familySize; member++, id++) {
                    boolean female = random.nextBoolean();
                    String first = female ? FEMALE[zipf(random, FEMALE.length)] : MALE[zipf(random, MALE.length)];
                    int birthYear = 1935 + random.nextInt(72);
                    boolean elderly = birthYear <= 1959 && random.nextInt(100) < 50;
                    boolean martyr = random.nextInt(1000) < 5;
                    boolean veteran = random.nextInt(1000) < 5;
                    boolean disabled = random.nextInt(1000) < 30;
                    boolean sick = random.nextInt(1000) < 10;
                    Instant created = reference.minus(Duration.ofMinutes(60L * 24 * 30 + random.nextLong(60L * 24 * 365 * 4)));
                    String tc = TcKimlikNo.withCheckDigits(Long.toString(100_000_000L + permute(id, 899_999_999L))).value();
                    String email = random.nextInt(100) < 35 ? ascii(first) + "." + ascii(last) + id + "@example.com.tr" : null;
                    provinceOf[id] = province;
                    row(citizenOut, id, tc, first, last, email, province, random.nextInt(100) < 60 ? "Merkez" : null, birthYear,
                            female ? "FEMALE" : "MALE", bit(martyr), bit(veteran), bit(disabled), bit(elderly), bit(sick),
                            time(created), time(created), 0);
                    phoneOut.write(id + "\t" + shared + "\t" + time(created) + "\n");
                    phones++;
                    if (random.nextInt(100) < 85) {
                        String own = mobile(mobileSerial++);
                        phoneOut.write(id + "\t" + own + "\t" + time(created) + "\n");
                        phones++;
                    }
                }
                if (id - chunkStart >= CHUNK || id > citizens) {
                    citizenOut.close();
                    phoneOut.close();
                    loader.load(citizenFile, "citizen", "(id, tc_kimlik_no, first_name, last_name, email, province_code, "
                            + "district, birth_year, gender, martyr_relative, veteran, disabled, elderly, sick, created_at, "
                            + "updated_at, version)");
                    loader.load(phoneFile, "citizen_phone", "(citizen_id, phone_e164, added_at)");
                    if (verbose) {
                        progress("citizens", id - 1, citizens);
                    }
                    chunkStart = id;
                    if (id <= citizens) {
                        citizenOut = Files.newBufferedWriter(citizenFile, StandardCharsets.UTF_8);
                        phoneOut = Files.newBufferedWriter(phoneFile, StandardCharsets.UTF_8);
                    }
                }
            }
        } finally {
            citizenOut.close();
            phoneOut.close();
            Files.deleteIfExists(citizenFile);
            Files.deleteIfExists(phoneFile);
        }
        return phones;
    }

    private void loadApplications(ChunkLoader loader, Path workDir, Reference ref, short[] provinceOf)
            throws SQLException, IOException {
        SplittableRandom random = new SplittableRandom(seed * 31 + 7);
        int[] typeWeights = new int[ref.typeIds().size()];
        List<Integer> types = new ArrayList<>(ref.typeIds());
        shuffle(types, new SplittableRandom(seed + 1));
        for (int rank = 0; rank < typeWeights.length; rank++) {
            typeWeights[rank] = (int) Math.max(1, Math.round(100_000 / Math.pow(rank + 1, 1.2)));
        }
        int[] typeCumulative = cumulative(typeWeights);
        int[] statusCumulative = cumulative(STATUS_WEIGHTS);
        int[] kindCumulative = cumulative(KIND_WEIGHTS);
        int[] channelCumulative = cumulative(CHANNEL_WEIGHTS);
        Path file = workDir.resolve("application.tsv");
        BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        try {
            for (int id = 1; id <= applications; id++) {
                int citizen = 1 + (int) permute((long) (citizens * Math.pow(random.nextDouble(), 1.7)), citizens);
                short province = random.nextInt(100) < 92 ? provinceOf[citizen]
                        : (short) (1 + pick(random, PROVINCE_CUMULATIVE, true));
                int type = types.get(pick(random, typeCumulative, true));
                String status = STATUSES[pick(random, statusCumulative, true)];
                String kind = KINDS[pick(random, kindCumulative, true)];
                String channel = CHANNELS[pick(random, channelCumulative, true)];
                Instant registered;
                boolean escalated = status.startsWith("ESCALATED");
                boolean concluded = status.startsWith("CONCLUDED") || "REDIRECTED".equals(status);
                if (escalated) {
                    registered = reference.minus(Duration.ofDays(8)).minusSeconds(random.nextLong(60L * 60 * 24 * 60));
                } else if (concluded) {
                    registered = reference.minus(Duration.ofDays(8)).minusSeconds(random.nextLong(60L * 60 * 24 * 365 * 3));
                } else {
                    registered = reference.minusSeconds(random.nextLong(60L * 60 * 24 * 6));
                }
                Instant deadline = registered.plus(DEADLINE);
                List<Integer> units = ref.unitsByProvince().getOrDefault((int) province, List.of());
                String unit = "RECEIVED".equals(status) || units.isEmpty() ? null
                        : Integer.toString(units.get(random.nextInt(units.size())));
                String concludedAt = concluded ? time(registered.plusSeconds(3600 + random.nextLong(60L * 60 * 24 * 6))) : null;
                String outcome = concluded ? "Başvurunuz incelenmiş ve sonuçlandırılmıştır." : null;
                String target = escalated ? ("ESCALATED_GOVERNOR".equals(status) ? "GOVERNOR" : "MINISTRY") : null;
                String escalatedAt = escalated ? time(deadline.plusSeconds(60)) : null;
                row(out, id, TrackingNumber.of(FIRST_SERIAL + id).value(), citizen, kind, type,
                        province, null, channel, "Başvuru " + type, "Vatandaşın talebi: " + kind.toLowerCase(java.util.Locale.ROOT)
                                + " (" + type + ").", unit, status, time(registered), channel.toLowerCase(java.util.Locale.ROOT),
                        time(deadline), concludedAt, outcome, null, target, escalatedAt, 0);
                if (id % CHUNK == 0 || id == applications) {
                    out.close();
                    loader.load(file, "application", "(id, tracking_no, citizen_id, kind, application_type_id, "
                            + "province_code, district, channel, subject, description, unit_id, status, registered_at, "
                            + "registered_by, deadline_at, concluded_at, outcome_explanation, alternatives_offered, "
                            + "escalation_target, escalated_at, version)");
                    if (verbose) {
                        progress("applications", id, applications);
                    }
                    if (id < applications) {
                        out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                    }
                }
            }
        } finally {
            out.close();
            Files.deleteIfExists(file);
        }
    }

    private static void load(Connection connection, Path file, String table, String columns) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("LOAD DATA LOCAL INFILE '" + file.toAbsolutePath().toString().replace("'", "''") + "' INTO TABLE "
                    + table + " CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' LINES TERMINATED BY '\\n' " + columns);
        }
    }

    private static void progress(String what, int done, int total) {
        BenchmarkRun.progress("  %s: %,d of %,d loaded", what, done, total);
    }

    /** The n-th mobile number, spread over the operators' prefixes. */
    static String mobile(long n) {
        String prefix = MOBILE_PREFIXES[(int) (n % MOBILE_PREFIXES.length)];
        long subscriber = 1_000_000 + permute(n / MOBILE_PREFIXES.length, 8_999_999L);
        return PhoneNumber.of("0" + prefix + subscriber).e164();
    }

    /** The n-th landline of a province: area code 2xx-4xx from the plate code, then seven digits. */
    static String landline(short province, long n) {
        int area = 212 + (province * 3) % 270;
        long subscriber = 2_000_000 + permute(n, 7_999_999L);
        return PhoneNumber.of("0" + area + subscriber).e164();
    }

    /** A bijection of 0..modulus-1 that scatters consecutive numbers. */
    static long permute(long n, long modulus) {
        return Math.floorMod(n * PERMUTATION_PRIME + 12_345L, modulus);
    }

    private static int zipf(SplittableRandom random, int size) {
        double u = random.nextDouble();
        return (int) Math.min(size - 1, Math.floor(size * u * u));
    }

    private static int[] cumulative(int[] weights) {
        int[] c = new int[weights.length];
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            c[i] = sum;
        }
        return c;
    }

    private static int pick(SplittableRandom random, int[] cumulative, boolean isCumulative) {
        int r = random.nextInt(cumulative[cumulative.length - 1]);
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > r) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private static <T> void shuffle(List<T> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }

    private static String ascii(String name) {
        return java.text.Normalizer.normalize(name.toLowerCase(new java.util.Locale("tr")), java.text.Normalizer.Form.NFD)
                .replace("ı", "i").replaceAll("[^a-z]", "");
    }

    private static String bit(boolean b) {
        return b ? "1" : "0";
    }

    private static String time(Instant t) {
        return SQL_TIME.format(LocalDateTime.ofInstant(t, ZoneOffset.UTC));
    }

    private static void row(BufferedWriter out, Object... values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.write('\t');
            }
            out.write(values[i] == null ? "\\N" : values[i].toString());
        }
        out.write('\n');
    }
}
