package tr.gov.acikkapi.casecore.application.internal;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import tr.gov.acikkapi.casecore.application.ReferenceData;
import tr.gov.acikkapi.casecore.domain.model.catalogue.ApplicationType;
import tr.gov.acikkapi.casecore.domain.model.catalogue.Topic;
import tr.gov.acikkapi.casecore.domain.model.geography.Province;

import java.util.List;

/** Reads the catalogue and the provinces for the forms. */
@Stateless
public class ReferenceDataBean implements ReferenceData {

    @PersistenceContext(unitName = "acikkapi")
    private EntityManager em;

    @Override
    public List<Choice> topics() {
        return em.createQuery("select t from Topic t where t.active = true order by t.sortOrder, t.name", Topic.class)
                .getResultStream().map(t -> new Choice(t.id(), t.name())).toList();
    }

    @Override
    public List<Choice> typesOf(int topicId) {
        return em.createQuery("select a from ApplicationType a where a.topic.id = :topic and a.active = true order by a.name",
                        ApplicationType.class)
                .setParameter("topic", (short) topicId)
                .getResultStream().map(a -> new Choice(a.id(), a.name())).toList();
    }

    @Override
    public List<Choice> provinces() {
        return em.createQuery("select p from Province p order by p.name", Province.class)
                .getResultStream().map(p -> new Choice(p.plateCode(), p.name())).toList();
    }
}
