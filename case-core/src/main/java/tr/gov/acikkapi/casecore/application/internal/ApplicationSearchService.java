package tr.gov.acikkapi.casecore.application.internal;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import tr.gov.acikkapi.casecore.application.ApplicationListing;
import tr.gov.acikkapi.casecore.application.ApplicationQuery;
import tr.gov.acikkapi.casecore.application.ApplicationSearch;
import tr.gov.acikkapi.casecore.application.ApplicationSummary;
import tr.gov.acikkapi.casecore.domain.model.application.Application;
import tr.gov.acikkapi.casecore.domain.model.geography.District;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link ApplicationSearch}: one query for the applications, with what their summaries show fetched at once
 * (the 17 topics come from the second-level cache), and two for the newest history line and note of each.
 */
@Stateless
public class ApplicationSearchService implements ApplicationSearch {

    @PersistenceContext(unitName = "acikkapi")
    private EntityManager em;

    public ApplicationSearchService() {
    }

    ApplicationSearchService(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<ApplicationListing> find(ApplicationQuery query) {
        // No alias on fetch joins (valid in strict JPQL too): the topics, few and cached, load on their own.
        StringBuilder jpql = new StringBuilder("select a from Application a join fetch a.type join fetch a.province "
                + "left join fetch a.unit join fetch a.citizen where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (!query.trackingNumbers().isEmpty()) {
            jpql.append(" and a.trackingNumber in :numbers");
            parameters.put("numbers", query.trackingNumbers());
        }
        if (!query.applicationTypeIds().isEmpty()) {
            jpql.append(" and a.type.id in :types");
            parameters.put("types", query.applicationTypeIds());
        }
        query.provinceCode().ifPresent(code -> {
            jpql.append(" and a.province.plateCode = :province");
            parameters.put("province", code.shortValue());
        });
        query.registeredFrom().ifPresent(from -> {
            jpql.append(" and a.registeredAt >= :from");
            parameters.put("from", from);
        });
        query.registeredBefore().ifPresent(before -> {
            jpql.append(" and a.registeredAt < :before");
            parameters.put("before", before);
        });
        if (!query.statuses().isEmpty()) {
            jpql.append(" and a.status in :statuses");
            parameters.put("statuses", query.statuses());
        }
        jpql.append(" order by a.registeredAt desc, a.id desc");
        TypedQuery<Application> select = em.createQuery(jpql.toString(), Application.class).setMaxResults(query.limit());
        parameters.forEach(select::setParameter);
        List<Application> found = select.getResultList();
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, Instant> lastChange = new LinkedHashMap<>();
        found.forEach(a -> lastChange.put(a.id(), a.registeredAt()));
        newest("select h.application.id, max(h.occurredAt) from StatusChange h where h.application.id in :ids "
                + "group by h.application.id", lastChange);
        newest("select n.application.id, max(n.createdAt) from ApplicationNote n where n.application.id in :ids "
                + "group by n.application.id", lastChange);
        List<ApplicationListing> listings = new ArrayList<>(found.size());
        for (Application a : found) {
            listings.add(new ApplicationListing(ApplicationSummary.of(a), a.type().code(), a.district().map(District::name),
                    lastChange.get(a.id()), a.reportedLocation()));
        }
        return listings;
    }

    private void newest(String jpql, Map<Long, Instant> lastChange) {
        em.createQuery(jpql, Object[].class)
                .setParameter("ids", lastChange.keySet())
                .getResultStream()
                .forEach(row -> lastChange.merge((Long) row[0], (Instant) row[1], (a, b) -> a.isAfter(b) ? a : b));
    }
}
