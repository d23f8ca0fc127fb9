package tr.gov.acikkapi.casecore.application.internal;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import tr.gov.acikkapi.casecore.application.ApplicationDetail;
import tr.gov.acikkapi.casecore.application.ApplicationSummary;
import tr.gov.acikkapi.casecore.application.CitizenOverview;
import tr.gov.acikkapi.casecore.application.CitizenSummary;
import tr.gov.acikkapi.casecore.application.Lookups;
import tr.gov.acikkapi.casecore.application.StatusEnquiry;
import tr.gov.acikkapi.casecore.domain.model.application.Application;
import tr.gov.acikkapi.casecore.domain.model.application.ApplicationStatus;
import tr.gov.acikkapi.casecore.domain.model.application.TrackingNumber;
import tr.gov.acikkapi.casecore.domain.model.citizen.Citizen;
import tr.gov.acikkapi.casecore.domain.model.citizen.PhoneNumber;
import tr.gov.acikkapi.casecore.domain.model.citizen.TcKimlikNo;
import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;

import java.text.Collator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Pattern;

/** {@link Lookups}, read-only; each query is served by an index of migration V4 (the name prefix also by V9). */
@Stateless
public class LookupsBean implements Lookups {

    private static final int MAX_NAME_RESULTS = 50;
    /** Distinct first names of a prefix read one by one; beyond this many, their range is read and sorted at once. */
    private static final int MAX_FIRST_NAMES = 32;
    private static final Locale TURKISH = Locale.forLanguageTag("tr");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** Applications with what {@link ApplicationSummary} shows of them, citizen {@code c} included. */
    private static final String APPLICATION_WITH_SUMMARY = "select a from Application a join fetch a.type t "
            + "join fetch t.topic join fetch a.province left join fetch a.unit join fetch a.citizen c";
    /**
     * The open applications with what a list shows of them, for a condition on the citizen that follows. The open
     * statuses are literals, not a parameter: Hibernate keeps the translation of a query only when none of its
     * parameters is a collection, and the screen pop runs this for every call (docs/src/performance.md).
     */
    private static final String OPEN_APPLICATIONS = APPLICATION_WITH_SUMMARY + " where a.status in "
            + ApplicationStatus.open().stream().map(status -> ApplicationStatus.class.getName() + "." + status.name())
                    .collect(Collectors.joining(", ", "(", ")"))
            + " and ";
    private static final String OPEN_APPLICATIONS_ORDER = "order by a.deadlineAt, a.id";

    @PersistenceContext(unitName = "acikkapi")
    private EntityManager em;

    public LookupsBean() {
    }

    LookupsBean(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<CitizenOverview> byPhone(PhoneNumber phone) {
        List<Citizen> citizens = em.createQuery("select distinct c from Citizen c join fetch c.province left join fetch c.phones "
                        + "where c.id in (select p.citizen.id from CitizenPhone p where p.number = :number)", Citizen.class)
                .setParameter("number", phone)
                .getResultList();
        List<CitizenOverview> overviews = citizens.isEmpty() ? new ArrayList<>() : withOpenApplications(citizens,
                em.createQuery(OPEN_APPLICATIONS + "a.citizen.id in (select p.citizen.id from CitizenPhone p where p.number = :number) "
                        + OPEN_APPLICATIONS_ORDER, Application.class).setParameter("number", phone));
        overviews.sort(Comparator.comparing((CitizenOverview o) -> !o.citizen().priority())
                .thenComparing(o -> o.openApplications().isEmpty() ? Instant.MAX : o.openApplications().get(0).deadlineAt())
                .thenComparing(o -> o.citizen().name().last(), Collator.getInstance(TURKISH)));
        return overviews;
    }

    @Override
    public Optional<ApplicationDetail> byTrackingNumber(TrackingNumber trackingNumber) {
        return new ApplicationRepository(em).byTrackingNumber(trackingNumber).map(ApplicationDetail::of);
    }

    @Override
    public Optional<CitizenOverview> byTcKimlikNo(TcKimlikNo tcKimlikNo) {
        List<Citizen> citizens = em.createQuery("select distinct c from Citizen c join fetch c.province left join fetch c.phones "
                        + "where c.tcKimlikNo = :tc", Citizen.class)
                .setParameter("tc", tcKimlikNo)
                .getResultList();
        return withOpenApplications(citizens).stream().findFirst();
    }

    @Override
    public List<CitizenSummary> byNamePrefix(String prefix, int limit) {
        String folded = prefix == null ? "" : WHITESPACE.matcher(prefix.strip()).replaceAll(" ");
        if (folded.replace(" ", "").length() < 2) {
            throw new DomainException(DomainErrorCode.REQUIRED_VALUE_MISSING, "Ad veya soyad ile aramak için en az iki harf girin.");
        }
        int max = Math.max(1, Math.min(limit, MAX_NAME_RESULTS));
        int lastSpace = folded.lastIndexOf(' ');
        Set<Long> candidates = new LinkedHashSet<>();
        if (lastSpace < 0) {
            String pattern = likePrefix(folded);
            candidates.addAll(em.createQuery("select c.id from Citizen c where c.lastName like :p escape '!' "
                            + "order by c.lastName, c.firstName, c.id", Long.class)
                    .setParameter("p", pattern)
                    .setMaxResults(max)
                    .getResultList());
            candidates.addAll(byFirstName(pattern, Optional.empty(), max));
        } else {
            candidates.addAll(byFirstName(likePrefix(folded.substring(0, lastSpace)),
                    Optional.of(likePrefix(folded.substring(lastSpace + 1))), max));
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from Citizen c join fetch c.province where c.id in :ids "
                        + "order by c.lastName, c.firstName, c.id", Citizen.class)
                .setParameter("ids", candidates)
                .setMaxResults(max)
                .getResultStream()
                .map(CitizenSummary::of)
                .toList();
    }

    /**
     * The ids of the first {@code max} citizens, in the order last name, first name, id, whose first name matches
     * the pattern (and whose last name matches {@code lastPattern}, if given). Read per distinct first name: for one
     * first name, the index {@code (first_name, last_name, id)} of migration V9 already holds the citizens in that
     * order, so each name costs a range read of at most {@code max} entries; a prefix shared by more than
     * {@value #MAX_FIRST_NAMES} first names is read as one range and sorted instead.
     */
    private List<Long> byFirstName(String firstPattern, Optional<String> lastPattern, int max) {
        List<String> firstNames = em.createQuery("select distinct c.firstName from Citizen c where c.firstName like :p escape '!'",
                        String.class)
                .setParameter("p", firstPattern)
                .setMaxResults(MAX_FIRST_NAMES + 1)
                .getResultList();
        String lastFilter = lastPattern.isPresent() ? " and c.lastName like :last escape '!'" : "";
        if (firstNames.size() > MAX_FIRST_NAMES) {
            TypedQuery<Long> all = em.createQuery("select c.id from Citizen c where c.firstName like :p escape '!'" + lastFilter
                    + " order by c.lastName, c.firstName, c.id", Long.class)
                    .setParameter("p", firstPattern)
                    .setMaxResults(max);
            lastPattern.ifPresent(last -> all.setParameter("last", last));
            return all.getResultList();
        }
        List<Long> ids = new ArrayList<>();
        TypedQuery<Long> one = em.createQuery("select c.id from Citizen c where c.firstName = :first" + lastFilter
                + " order by c.lastName, c.id", Long.class)
                .setMaxResults(max);
        lastPattern.ifPresent(last -> one.setParameter("last", last));
        for (String firstName : firstNames) {
            ids.addAll(one.setParameter("first", firstName).getResultList());
        }
        return ids;
    }

    @Override
    public List<ApplicationSummary> applicationsOf(long citizenId) {
        return em.createQuery(APPLICATION_WITH_SUMMARY + " where a.citizen.id = :citizen "
                        + "order by a.registeredAt desc, a.id desc", Application.class)
                .setParameter("citizen", citizenId)
                .getResultStream()
                .map(ApplicationSummary::of)
                .toList();
    }

    private List<CitizenOverview> withOpenApplications(Collection<Citizen> citizens) {
        if (citizens.isEmpty()) {
            return new ArrayList<>();
        }
        return withOpenApplications(citizens, em.createQuery(OPEN_APPLICATIONS + "a.citizen.id in :ids " + OPEN_APPLICATIONS_ORDER,
                Application.class).setParameter("ids", citizens.stream().map(Citizen::id).toList()));
    }

    /** The citizens with their open applications, which {@code query} reads (soonest deadline first). */
    private static List<CitizenOverview> withOpenApplications(Collection<Citizen> citizens, TypedQuery<Application> query) {
        Map<Long, List<ApplicationSummary>> open = new LinkedHashMap<>();
        citizens.forEach(c -> open.put(c.id(), new ArrayList<>()));
        query.getResultStream()
                .forEach(a -> open.computeIfAbsent(a.citizen().id(), id -> new ArrayList<>()).add(ApplicationSummary.of(a)));
        List<CitizenOverview> overviews = new ArrayList<>();
        for (Citizen citizen : citizens) {
            overviews.add(new CitizenOverview(CitizenSummary.of(citizen), open.get(citizen.id())));
        }
        return overviews;
    }

    /** A LIKE pattern matching values that start with the text, wildcards in it escaped with '!'. */
    static String likePrefix(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    /**
     * One statement for the application with its type, topic, province, unit, citizen, the citizen's province and
     * phones (the unique tracking-number index, then primary keys), and one for the survey by the application's id;
     * both in the caller's transaction or one of their own.
     */
    @Override
    public Optional<StatusEnquiry> statusEnquiry(TrackingNumber trackingNumber) {
        return em.createQuery(APPLICATION_WITH_SUMMARY + " join fetch c.province left join fetch c.phones "
                        + "where a.trackingNumber = :number", Application.class)
                .setParameter("number", trackingNumber)
                .getResultStream()
                .findFirst()
                .map(a -> new StatusEnquiry(ApplicationSummary.of(a), CitizenSummary.of(a.citizen()),
                        em.createQuery("select count(s) from SurveyResponse s where s.application = :application", Long.class)
                                .setParameter("application", a)
                                .getSingleResult() > 0));
    }

    @Override
    public boolean surveyAnswered(TrackingNumber trackingNumber) {
        return em.createQuery("select count(s) from SurveyResponse s where s.application.trackingNumber = :number", Long.class)
                .setParameter("number", trackingNumber)
                .getSingleResult() > 0;
    }
}
