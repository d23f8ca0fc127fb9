package tr.gov.acikkapi.casecore.application.internal;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import tr.gov.acikkapi.casecore.application.Catalogue;
import tr.gov.acikkapi.casecore.application.CatalogueEntry;
import tr.gov.acikkapi.casecore.domain.model.catalogue.ApplicationType;

import java.util.List;
import java.util.Optional;

/** {@link Catalogue} from the catalogue tables of migration V2, each type fetched with its topic in one query. */
@Stateless
public class CatalogueService implements Catalogue {

    /** JPQL as the specification has it (no alias on a fetch join): valid whether or not Hibernate runs strict. */
    private static final String ACTIVE_TYPES = "select a from ApplicationType a join fetch a.topic "
            + "where a.active = true and a.topic.active = true ";

    @PersistenceContext(unitName = "acikkapi")
    private EntityManager em;

    public CatalogueService() {
    }

    CatalogueService(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<CatalogueEntry> activeTypes() {
        return em.createQuery(ACTIVE_TYPES + "order by a.topic.sortOrder, a.topic.id, a.code", ApplicationType.class)
                .getResultStream().map(CatalogueEntry::of).toList();
    }

    @Override
    public Optional<CatalogueEntry> activeType(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery(ACTIVE_TYPES + "and a.code = :code", ApplicationType.class)
                .setParameter("code", code.strip())
                .getResultStream().findFirst().map(CatalogueEntry::of);
    }
}
