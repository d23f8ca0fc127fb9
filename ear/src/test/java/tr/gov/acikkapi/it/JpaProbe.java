package tr.gov.acikkapi.it;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import tr.gov.acikkapi.casecore.audit.AuditRecord;
import tr.gov.acikkapi.casecore.domain.model.geography.Province;

import java.util.List;

/** A test-only bean inside the deployment that reads through the product's persistence unit. */
@Stateless
public class JpaProbe {

    @PersistenceContext(unitName = "acikkapi")
    private EntityManager em;

    public long provinceCount() {
        return em.createQuery("SELECT COUNT(p) FROM Province p", Long.class).getSingleResult();
    }

    public String provinceName(int plateCode) {
        return em.find(Province.class, (short) plateCode).name();
    }

    public List<String> auditActors(String subjectId) {
        return em.createQuery("SELECT a FROM AuditRecord a WHERE a.subjectId = :id", AuditRecord.class)
                .setParameter("id", subjectId)
                .getResultStream().map(AuditRecord::actor).toList();
    }
}
