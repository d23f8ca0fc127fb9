package tr.gov.acikkapi.casecore.application.internal;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import tr.gov.acikkapi.casecore.application.ConsoleReference;
import tr.gov.acikkapi.casecore.domain.model.desk.DeskChoice;
import tr.gov.acikkapi.casecore.domain.model.desk.DispositionCode;
import tr.gov.acikkapi.casecore.domain.model.desk.PauseReason;

import java.util.List;

/** {@link ConsoleReference} from the tables of migration V7. */
@Stateless
public class ConsoleReferenceBean implements ConsoleReference {

    @PersistenceContext(unitName = "acikkapi")
    private EntityManager em;

    public ConsoleReferenceBean() {
    }

    ConsoleReferenceBean(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Option> pauseReasons() {
        return active(PauseReason.class);
    }

    @Override
    public List<Option> dispositionCodes() {
        return active(DispositionCode.class);
    }

    private <T extends DeskChoice> List<Option> active(Class<T> list) {
        return em.createQuery("select c from " + list.getSimpleName() + " c where c.active = true "
                        + "order by c.sortOrder, c.label, c.code", list)
                .getResultStream()
                .map(c -> new Option(c.code(), c.label()))
                .toList();
    }
}
