package tr.gov.acikkapi.casecore.demo;

import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;
import tr.gov.acikkapi.casecore.application.internal.CallLinks;
import tr.gov.acikkapi.casecore.application.internal.CallRecordWriter;
import tr.gov.acikkapi.casecore.application.internal.TrackingNumberIssuer;
import tr.gov.acikkapi.casecore.application.internal.UnitRouter;
import tr.gov.acikkapi.casecore.domain.model.application.Application;
import tr.gov.acikkapi.casecore.domain.model.application.ApplicationKind;
import tr.gov.acikkapi.casecore.domain.model.application.ApplicationStatus;
import tr.gov.acikkapi.casecore.domain.model.application.EscalationTarget;
import tr.gov.acikkapi.casecore.domain.model.application.IntakeChannel;
import tr.gov.acikkapi.casecore.domain.model.application.StatusChangeRequest;
import tr.gov.acikkapi.casecore.domain.model.application.SurveyResponse;
import tr.gov.acikkapi.casecore.domain.model.call.CallFacts;
import tr.gov.acikkapi.casecore.domain.model.call.CallKey;
import tr.gov.acikkapi.casecore.domain.model.call.CallRelation;
import tr.gov.acikkapi.casecore.domain.model.catalogue.ApplicationType;
import tr.gov.acikkapi.casecore.domain.model.citizen.Citizen;
import tr.gov.acikkapi.casecore.domain.model.citizen.EmailAddress;
import tr.gov.acikkapi.casecore.domain.model.citizen.EscortNeeds;
import tr.gov.acikkapi.casecore.domain.model.citizen.Gender;
import tr.gov.acikkapi.casecore.domain.model.citizen.PersonName;
import tr.gov.acikkapi.casecore.domain.model.citizen.PhoneNumber;
import tr.gov.acikkapi.casecore.domain.model.citizen.TcKimlikNo;
import tr.gov.acikkapi.casecore.domain.model.geography.District;
import tr.gov.acikkapi.casecore.domain.model.geography.Province;
import tr.gov.acikkapi.casecore.domain.model.unit.EscalationRule;
import tr.gov.acikkapi.casecore.domain.model.unit.Unit;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Fills an empty case database with believable, deterministic demonstration data: about 200
 * citizens in households that share a landline or a parent's mobile, with escort needs, and
 * their applications spread over provinces and types (the common types most often) in every
 * status, including some past their deadline and not yet escalated (the deadline watch picks
 * them up) and some due within 24 hours. Times are relative to the clock; the same seed and
 * clock always give the same citizens, applications and histories (tracking numbers come from
 * the database sequence).
 *
 * <p>Runs in the caller's transaction. Does nothing when the database already holds citizens.
 */
public final class DemoData {

    /** Households generated; with members that makes about 200 citizens. */
    static final int TARGET_CITIZENS = 200;
    static final String SERVER = "demo-pbx";
    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private static final Locale TURKISH = Locale.forLanguageTag("tr");

    /** What was generated. */
    public record Summary(boolean skipped, int citizens, int applications, Map<ApplicationStatus, Integer> byStatus,
                          int overdueNotEscalated, int dueWithin24Hours, int callRecords, int surveyResponses) {
    }

    private DemoData() {
    }

    /** Generates with the system clock; see {@link #generate(EntityManager, long, Clock)}. */
    public static Summary generate(EntityManager em, long seed) {
        return generate(em, seed, Clock.systemUTC());
    }

    /** Generates the data relative to {@code clock}'s now, unless citizens exist already. */
    public static Summary generate(EntityManager em, long seed, Clock clock) {
        Long existing = em.createQuery("select count(c) from Citizen c", Long.class).getSingleResult();
        if (existing > 0) {
            LOG.infof("Demo data not generated: the database already holds %d citizen(s)", existing);
            return new Summary(true, 0, 0, Map.of(), 0, 0, 0, 0);
        }
        Summary summary = new Generator(em, new SplittableRandom(seed), clock.instant()).run();
        LOG.infof("Demo data generated: %d citizens, %d applications %s, %d calls, %d survey answers", summary.citizens(),
                summary.applications(), summary.byStatus(), summary.callRecords(), summary.surveyResponses());
        return summary;
    }

    /** How an application's life is played out. */
    enum Scenario {
        FRESH_RECEIVED, ROUTED, IN_PROGRESS, DUE_WITHIN_24H, OVERDUE_OPEN, CONCLUDED_POSITIVE, CONCLUDED_NEGATIVE,
        REDIRECTED, ESCALATED, ESCALATED_THEN_IN_PROGRESS, ESCALATED_THEN_CONCLUDED
    }

    private static final class Generator {

        private static final String[] FEMALE = {"Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Elif", "Meryem", "Şerife",
                "Zehra", "Sultan", "Hanife", "Merve", "Özlem", "Esra", "Büşra", "İrem", "Gülsüm", "Derya", "Yasemin",
                "Songül", "Ece", "Sibel", "Hülya", "Kübra", "Ilgın"};
        private static final String[] MALE = {"Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "İsmail",
                "Osman", "Yusuf", "Murat", "Ömer", "Ramazan", "Halil", "Süleyman", "Abdullah", "Mahmut", "Recep", "Emre",
                "Burak", "Serkan", "Onur", "Uğur", "Işık", "Can"};
        private static final String[] LAST = {"Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk",
                "Aydın", "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek",
                "Polat", "Özcan", "Korkmaz", "Çakır", "Erdoğan", "Yavuz", "Acar", "Şen", "Aktaş", "Güler", "Yalçın",
                "Güneş", "Bozkurt", "Bulut", "Keskin", "Ünal", "Turan", "Gül", "Özer", "Işık", "İnce", "Ilgaz", "Uçar",
                "İpek", "Irmak"};
        /** Province plate code → weight; provinces not listed weigh 1. */
        private static final Map<Integer, Integer> PROVINCE_WEIGHT = Map.ofEntries(
                Map.entry(34, 18), Map.entry(6, 10), Map.entry(35, 7), Map.entry(16, 5), Map.entry(7, 4), Map.entry(42, 4),
                Map.entry(1, 4), Map.entry(27, 4), Map.entry(63, 3), Map.entry(31, 3), Map.entry(41, 3), Map.entry(21, 3),
                Map.entry(55, 2), Map.entry(61, 2), Map.entry(25, 2), Map.entry(65, 2), Map.entry(46, 2), Map.entry(44, 2),
                Map.entry(38, 2), Map.entry(20, 2));
        private static final Map<Integer, String[]> DISTRICTS = Map.of(
                34, new String[] {"Kadıköy", "Üsküdar", "Bağcılar", "Esenyurt", "Pendik", "Fatih", "Beşiktaş"},
                6, new String[] {"Çankaya", "Keçiören", "Yenimahalle", "Mamak", "Etimesgut", "Sincan"},
                35, new String[] {"Karşıyaka", "Bornova", "Buca", "Konak", "Çiğli"},
                16, new String[] {"Osmangazi", "Nilüfer", "Yıldırım", "İnegöl"},
                7, new String[] {"Muratpaşa", "Kepez", "Konyaaltı", "Alanya"},
                42, new String[] {"Selçuklu", "Meram", "Karatay", "Ereğli"},
                1, new String[] {"Seyhan", "Çukurova", "Yüreğir"},
                27, new String[] {"Şahinbey", "Şehitkamil", "Nizip"},
                31, new String[] {"Antakya", "İskenderun", "Defne"});
        private static final Map<Integer, String> AREA_CODES = Map.ofEntries(
                Map.entry(34, "212"), Map.entry(6, "312"), Map.entry(35, "232"), Map.entry(16, "224"), Map.entry(7, "242"),
                Map.entry(42, "332"), Map.entry(1, "322"), Map.entry(27, "342"), Map.entry(31, "326"), Map.entry(41, "262"),
                Map.entry(21, "412"), Map.entry(63, "414"), Map.entry(55, "362"), Map.entry(61, "462"), Map.entry(25, "442"),
                Map.entry(65, "432"), Map.entry(46, "344"), Map.entry(44, "422"), Map.entry(38, "352"), Map.entry(20, "258"));
        private static final String[] MOBILE_PREFIXES = {"530", "532", "533", "535", "536", "537", "538", "539", "541", "542",
                "543", "544", "545", "505", "506", "507", "552", "553", "554", "555"};
        /** The types most citizens come with, and their weights; every other active type weighs 1. */
        private static final Map<String, Integer> COMMON_TYPES = Map.ofEntries(
                Map.entry("SOS-01", 30), Map.entry("SAG-01", 28), Map.entry("CAL-01", 20), Map.entry("BEL-01", 18),
                Map.entry("BEL-02", 14), Map.entry("SOS-03", 12), Map.entry("EGT-01", 12), Map.entry("NUF-01", 10),
                Map.entry("BEL-04", 10), Map.entry("AFT-01", 8), Map.entry("TAP-01", 8), Map.entry("CAL-02", 8));
        private static final String[] DETAILS = {
                "Daha önce ilgili kuruma başvurdum ancak bir sonuç alamadım.",
                "Konunun en kısa sürede değerlendirilmesini rica ederim.",
                "Gerekli belgeleri büroya teslim edebilirim.",
                "Mahallemizde birçok kişi aynı sorunu yaşıyor.",
                "Bu durum yaklaşık iki haftadır devam ediyor.",
                "Yaşlı annem için başvuruyorum, kendisi gelemiyor."};
        private static final String[] POSITIVE = {
                "Talebiniz ilgili birim tarafından değerlendirilmiş ve olumlu sonuçlandırılmıştır.",
                "Sorun yerinde incelenmiş, gerekli çalışma yapılarak giderilmiştir.",
                "Başvurunuz kabul edilmiş, işleminiz tamamlanmıştır.",
                "Randevunuz oluşturulmuş, bilgisi telefonunuza gönderilmiştir."};
        private static final String[] NEGATIVE = {
                "Yapılan inceleme sonucunda talebin mevzuata uygun olmadığı anlaşılmıştır.",
                "Başvuru koşulları sağlanmadığından talep karşılanamamıştır.",
                "Yerinde yapılan incelemede bildirilen durum tespit edilememiştir."};
        private static final String[][] REDIRECTIONS = {
                {"Konu belediyenin yetki alanındadır.", "Belediyenin Beyaz Masa hizmetine (153) başvurabilirsiniz."},
                {"Talep yargı kararı gerektirmektedir.", "Sulh hukuk mahkemesine başvurabilir, adli yardım bürosundan destek alabilirsiniz."},
                {"Bütçe imkânları bu yıl için yeterli değildir.", "Gelecek yılın yatırım programına alınması için muhtarlık aracılığıyla talepte bulunabilirsiniz."}};

        private final EntityManager em;
        private final SplittableRandom random;
        private final Instant now;
        private final TrackingNumberIssuer trackingNumbers;
        private final UnitRouter router;
        private final CallRecordWriter callRecords;
        private final CallLinks callLinks;
        private final List<ApplicationType> types;
        private final List<Integer> typeWeights;
        private final Map<String, ApplicationType> typesByCode;
        private final Map<Integer, Province> provinces;
        private final List<EscalationRule> rules;
        private final Set<String> usedTcKimlikNos = new HashSet<>();
        private final Set<String> usedPhones = new HashSet<>();
        private final List<Citizen> citizens = new ArrayList<>();
        private final Map<ApplicationStatus, Integer> byStatus = new EnumMap<>(ApplicationStatus.class);
        private int applications;
        private int overdue;
        private int dueSoon;
        private int calls;
        private int surveys;

        Generator(EntityManager em, SplittableRandom random, Instant now) {
            this.em = em;
            this.random = random;
            this.now = now;
            this.trackingNumbers = new TrackingNumberIssuer(em);
            this.router = new UnitRouter(em);
            this.callRecords = new CallRecordWriter(em);
            this.callLinks = new CallLinks(em);
            this.types = em.createQuery("select t from ApplicationType t join fetch t.topic where t.active = true order by t.id",
                    ApplicationType.class).getResultList();
            this.typesByCode = types.stream().collect(Collectors.toMap(ApplicationType::code, Function.identity()));
            this.typeWeights = types.stream().map(t -> COMMON_TYPES.getOrDefault(t.code(), 1)).toList();
            this.provinces = em.createQuery("select p from Province p order by p.plateCode", Province.class).getResultList()
                    .stream().collect(Collectors.toMap(Province::plateCode, Function.identity(), (a, b) -> a, LinkedHashMap::new));
            this.rules = em.createQuery("select r from EscalationRule r", EscalationRule.class).getResultList();
        }

        Summary run() {
            while (citizens.size() < TARGET_CITIZENS) {
                household();
            }
            List<Scenario> forced = new ArrayList<>();
            for (Scenario scenario : Scenario.values()) {
                for (int i = 0; i < 3; i++) {
                    forced.add(scenario);
                }
            }
            forced.add(Scenario.DUE_WITHIN_24H);
            forced.add(Scenario.OVERDUE_OPEN);
            int index = 0;
            for (Citizen citizen : citizens) {
                int count = pick(new int[] {0, 1, 2, 3, 4}, new int[] {12, 38, 27, 14, 9});
                for (int i = 0; i < count; i++) {
                    Scenario scenario = index < forced.size() ? forced.get(index) : randomScenario();
                    application(citizen, scenario, index);
                    index++;
                }
            }
            em.flush();
            return new Summary(false, citizens.size(), applications, Map.copyOf(byStatus), overdue, dueSoon, calls, surveys);
        }

        // --- citizens ---

        private void household() {
            int size = pick(new int[] {1, 2, 3, 4}, new int[] {50, 25, 15, 10});
            Province province = province();
            String lastName = LAST[random.nextInt(LAST.length)];
            Optional<PhoneNumber> shared = Optional.empty();
            if (size > 1) {
                shared = Optional.of(random.nextInt(10) < 7 ? landline(province) : mobile());
            }
            for (int member = 0; member < size && citizens.size() < TARGET_CITIZENS; member++) {
                Citizen citizen = citizen(province, lastName, member);
                shared.ifPresent(phone -> citizen.addPhone(phone, createdAt()));
                if (random.nextInt(100) < (citizen.escortNeeds().elderly() ? 55 : 85) || shared.isEmpty()) {
                    citizen.addPhone(mobile(), createdAt());
                }
                em.persist(citizen);
                citizens.add(citizen);
            }
        }

        private Citizen citizen(Province province, String lastName, int member) {
            boolean female = random.nextBoolean();
            String first = female ? FEMALE[random.nextInt(FEMALE.length)] : MALE[random.nextInt(MALE.length)];
            int currentYear = now.atZone(ZoneOffset.UTC).getYear();
            int birthYear = member == 0 ? currentYear - 25 - random.nextInt(60) : currentYear - 18 - random.nextInt(70);
            boolean old = currentYear - birthYear >= 65;
            EscortNeeds needs = new EscortNeeds(random.nextInt(100) < 3, !female && random.nextInt(100) < 4 && birthYear < currentYear - 25,
                    random.nextInt(100) < 6, old && random.nextInt(100) < 80, random.nextInt(100) < 5);
            if (citizens.size() < 5) {
                // The first five citizens show one escort need each, whatever the seed.
                int need = citizens.size();
                needs = new EscortNeeds(need == 0, need == 1, need == 2, need == 3, need == 4);
            }
            String[] districts = DISTRICTS.get(province.plateCode());
            District district = District.of(districts == null ? "Merkez" : districts[random.nextInt(districts.length)]);
            EmailAddress email = random.nextInt(100) < 40 ? EmailAddress.of(ascii(first) + "." + ascii(lastName)
                    + (100 + random.nextInt(900)) + "@ornek.com.tr") : null;
            Gender gender = random.nextInt(100) < 8 ? Gender.UNSPECIFIED : female ? Gender.FEMALE : Gender.MALE;
            return new Citizen(tcKimlikNo(), PersonName.of(first, lastName), email, province, district, birthYear, gender,
                    needs, createdAt());
        }

        private Instant createdAt() {
            return now.minus(Duration.ofDays(31));
        }

        private TcKimlikNo tcKimlikNo() {
            while (true) {
                TcKimlikNo candidate = TcKimlikNo.withCheckDigits(String.valueOf(100_000_000 + random.nextInt(900_000_000)));
                if (usedTcKimlikNos.add(candidate.value())) {
                    return candidate;
                }
            }
        }

        private PhoneNumber landline(Province province) {
            String area = AREA_CODES.getOrDefault(province.plateCode(), "4" + String.format("%02d", province.plateCode()));
            return unique(() -> area + (2_000_000 + random.nextInt(7_000_000)));
        }

        private PhoneNumber mobile() {
            return unique(() -> MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)] + (1_000_000 + random.nextInt(9_000_000)));
        }

        private PhoneNumber unique(Supplier<String> digits) {
            while (true) {
                PhoneNumber phone = PhoneNumber.of(digits.get());
                if (usedPhones.add(phone.e164())) {
                    return phone;
                }
            }
        }

        private Province province() {
            int total = 0;
            for (Province p : provinces.values()) {
                total += PROVINCE_WEIGHT.getOrDefault(p.plateCode(), 1);
            }
            int r = random.nextInt(total);
            for (Province p : provinces.values()) {
                r -= PROVINCE_WEIGHT.getOrDefault(p.plateCode(), 1);
                if (r < 0) {
                    return p;
                }
            }
            throw new IllegalStateException("no province");
        }

        // --- applications ---

        private Scenario randomScenario() {
            Scenario[] scenarios = Scenario.values();
            int[] weights = {3, 10, 14, 4, 3, 40, 10, 6, 4, 2, 4};
            return scenarios[pick(indexes(scenarios.length), weights)];
        }

        private void application(Citizen citizen, Scenario scenario, int index) {
            ApplicationType type = type(scenario, index);
            Province province = random.nextInt(10) < 9 ? citizen.province() : province();
            ApplicationKind kind = ApplicationKind.values()[pick(new int[] {0, 1, 2}, new int[] {60, 30, 10})];
            IntakeChannel channel = IntakeChannel.values()[pick(new int[] {0, 1, 2, 3, 4}, new int[] {30, 25, 20, 5, 20})];
            Instant registered = now.minus(age(scenario));
            String actor = channel == IntakeChannel.CALL_CENTER ? agent() : channel == IntakeChannel.FACE_TO_FACE
                    ? "buro" + (1 + random.nextInt(3)) : channel.name().toLowerCase(Locale.ROOT);
            Application application = Application.register(trackingNumbers.next(), citizen, kind, type, province,
                    citizen.province().plateCode() == province.plateCode() ? citizen.district().orElse(null) : null, channel,
                    type.name(), description(kind, type), actor, registered);
            em.persist(application);
            applications++;

            if (scenario != Scenario.FRESH_RECEIVED) {
                Optional<Unit> unit = router.unitFor(type, province);
                unit.ifPresent(u -> application.routeTo(u, actor, registered.plusSeconds(30)));
            }
            Instant deadline = application.deadlineAt();
            switch (scenario) {
                case FRESH_RECEIVED, ROUTED -> { }
                case IN_PROGRESS -> inProgress(application, between(registered.plusSeconds(600), now));
                case DUE_WITHIN_24H -> {
                    if (random.nextBoolean()) {
                        inProgress(application, between(registered.plusSeconds(600), now));
                    }
                    dueSoon++;
                }
                case OVERDUE_OPEN -> {
                    if (random.nextBoolean()) {
                        inProgress(application, between(registered.plusSeconds(600), deadline.minusSeconds(3600)));
                    }
                    overdue++;
                }
                case CONCLUDED_POSITIVE, CONCLUDED_NEGATIVE, REDIRECTED -> {
                    Instant end = earliest(deadline, now);
                    Instant started = between(registered.plusSeconds(600), midpoint(registered, end));
                    inProgress(application, started);
                    conclude(application, conclusion(scenario), between(started.plusSeconds(600), end));
                }
                case ESCALATED, ESCALATED_THEN_IN_PROGRESS, ESCALATED_THEN_CONCLUDED -> {
                    if (random.nextBoolean()) {
                        inProgress(application, between(registered.plusSeconds(600), deadline.minusSeconds(3600)));
                    }
                    Instant escalatedAt = deadline.plus(Duration.ofMinutes(5 + random.nextInt(115)));
                    application.escalate(target(application), "süre-takibi", escalatedAt);
                    if (scenario == Scenario.ESCALATED_THEN_IN_PROGRESS) {
                        inProgress(application, between(escalatedAt.plusSeconds(3600), now));
                    } else if (scenario == Scenario.ESCALATED_THEN_CONCLUDED) {
                        conclude(application, random.nextInt(10) < 8 ? ApplicationStatus.CONCLUDED_POSITIVE
                                : ApplicationStatus.CONCLUDED_NEGATIVE, between(escalatedAt.plusSeconds(7200), now));
                    }
                }
            }
            notes(application, registered);
            if (channel == IntakeChannel.CALL_CENTER) {
                call(application, citizen, index, registered);
            }
            byStatus.merge(application.status(), 1, Integer::sum);
        }

        private ApplicationType type(Scenario scenario, int index) {
            if (scenario == Scenario.ESCALATED && index % 3 == 0) {
                return typesByCode.get("NUF-01");
            }
            if (scenario == Scenario.ESCALATED && index % 3 == 1) {
                return typesByCode.get("BEL-01");
            }
            return types.get(pick(indexes(types.size()), typeWeights.stream().mapToInt(Integer::intValue).toArray()));
        }

        private Duration age(Scenario scenario) {
            long minutes = switch (scenario) {
                case FRESH_RECEIVED -> range(5, 6 * 60);
                case ROUTED -> range(60, 5 * 24 * 60);
                case IN_PROGRESS -> range(6 * 60, 6 * 24 * 60);
                case DUE_WITHIN_24H -> range(6 * 24 * 60 + 60, 6 * 24 * 60 + 22 * 60);
                case OVERDUE_OPEN -> range(7 * 24 * 60 + 120, 10 * 24 * 60);
                case CONCLUDED_POSITIVE, CONCLUDED_NEGATIVE, REDIRECTED -> range(24 * 60, 30 * 24 * 60);
                case ESCALATED -> range(7 * 24 * 60 + 180, 20 * 24 * 60);
                case ESCALATED_THEN_IN_PROGRESS -> range(8 * 24 * 60, 20 * 24 * 60);
                case ESCALATED_THEN_CONCLUDED -> range(9 * 24 * 60, 30 * 24 * 60);
            };
            return Duration.ofMinutes(minutes);
        }

        private EscalationTarget target(Application application) {
            return EscalationRule.targetFor(rules, application.type().topicId(),
                    application.unit().map(Unit::kindCode).orElse(null), application.type().problemArea());
        }

        private void inProgress(Application application, Instant at) {
            application.changeStatus(StatusChangeRequest.of(ApplicationStatus.IN_PROGRESS,
                    "Birim başvuruyu incelemeye aldı.", null, null), unitUser(), at);
        }

        private void conclude(Application application, ApplicationStatus status, Instant at) {
            String explanation;
            String alternatives = null;
            if (status == ApplicationStatus.CONCLUDED_POSITIVE) {
                explanation = POSITIVE[random.nextInt(POSITIVE.length)];
            } else if (status == ApplicationStatus.CONCLUDED_NEGATIVE) {
                explanation = NEGATIVE[random.nextInt(NEGATIVE.length)];
            } else {
                String[] redirection = REDIRECTIONS[random.nextInt(REDIRECTIONS.length)];
                explanation = redirection[0];
                alternatives = redirection[1];
            }
            application.changeStatus(StatusChangeRequest.of(status, null, explanation, alternatives), unitUser(), at);
            if (random.nextInt(100) < 35) {
                int score = pick(new int[] {5, 4, 3, 2, 1}, new int[] {55, 37, 5, 2, 1});
                em.persist(new SurveyResponse(application, score, score <= 3 ? "Sonuç geç bildirildi." : null,
                        upToNow(at.plusSeconds(3600)), "anket"));
                surveys++;
            }
        }

        private ApplicationStatus conclusion(Scenario scenario) {
            return switch (scenario) {
                case CONCLUDED_NEGATIVE -> ApplicationStatus.CONCLUDED_NEGATIVE;
                case REDIRECTED -> ApplicationStatus.REDIRECTED;
                default -> ApplicationStatus.CONCLUDED_POSITIVE;
            };
        }

        private void notes(Application application, Instant registered) {
            if (random.nextInt(100) < 30) {
                application.addNote("Vatandaş başvurusunun durumunu sormak için aradı; bilgi verildi.", agent(),
                        upToNow(registered.plusSeconds(3600)));
            }
            if (random.nextInt(100) < 10) {
                application.addNote("Birimden ek bilgi ve belge istendi.", unitUser(), upToNow(registered.plusSeconds(1800)));
            }
        }

        private void call(Application application, Citizen citizen, int index, Instant registered) {
            int talk = 60 + random.nextInt(400);
            int wait = 3 + random.nextInt(90);
            Instant answered = registered.minusSeconds(talk / 2);
            Instant entered = answered.minusSeconds(wait);
            Instant ended = answered.plusSeconds(talk);
            if (ended.isAfter(now)) {
                ended = now;
                answered = earliest(answered, now);
                entered = earliest(entered, answered);
            }
            CallKey key = new CallKey(SERVER, String.format("%d.%d", 1_700_000_000 + index, index));
            String caller = citizen.phoneNumbers().isEmpty() ? null : citizen.phoneNumbers().get(0).national();
            callRecords.insertOnce(new CallFacts(key, caller, "acikkapi", agent(), entered, answered, ended, "BASVURU", false),
                    ended);
            callLinks.link(key, application, CallRelation.CREATED, "demo", ended);
            calls++;
        }

        private String description(ApplicationKind kind, ApplicationType type) {
            String lead = switch (kind) {
                case REQUEST -> "«" + type.name() + "» konusunda yardımcı olunmasını talep ediyorum.";
                case COMPLAINT -> "«" + type.name() + "» ile ilgili yaşadığım sorunu bildirmek istiyorum.";
                case SUGGESTION -> "«" + type.name() + "» hakkında bir önerim var.";
            };
            return lead + " " + DETAILS[random.nextInt(DETAILS.length)];
        }

        private String agent() {
            return "ajan" + (1 + random.nextInt(5));
        }

        private String unitUser() {
            return "birim" + (1 + random.nextInt(9));
        }

        // --- randomness ---

        private long range(long from, long to) {
            return from + random.nextLong(to - from + 1);
        }

        private Instant between(Instant from, Instant to) {
            if (!to.isAfter(from)) {
                return from;
            }
            return from.plusMillis(random.nextLong(Duration.between(from, to).toMillis()));
        }

        /** A time from {@code from} to now; now itself if {@code from} is already past. */
        private Instant upToNow(Instant from) {
            return from.isBefore(now) ? between(from, now) : now;
        }

        private static Instant midpoint(Instant a, Instant b) {
            return a.plus(Duration.between(a, b).dividedBy(2));
        }

        private static Instant earliest(Instant a, Instant b) {
            return a.isBefore(b) ? a : b;
        }

        private int pick(int[] values, int[] weights) {
            int total = 0;
            for (int weight : weights) {
                total += weight;
            }
            int r = random.nextInt(total);
            for (int i = 0; i < values.length; i++) {
                r -= weights[i];
                if (r < 0) {
                    return values[i];
                }
            }
            return values[values.length - 1];
        }

        private static int[] indexes(int n) {
            int[] indexes = new int[n];
            for (int i = 0; i < n; i++) {
                indexes[i] = i;
            }
            return indexes;
        }

        private static String ascii(String name) {
            String lower = name.toLowerCase(TURKISH).replace('ı', 'i');
            return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        }
    }
}
