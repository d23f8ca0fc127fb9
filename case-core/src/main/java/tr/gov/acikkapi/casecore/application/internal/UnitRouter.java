package tr.gov.acikkapi.casecore.application.internal;

import jakarta.persistence.EntityManager;
import tr.gov.acikkapi.casecore.domain.model.catalogue.ApplicationType;
import tr.gov.acikkapi.casecore.domain.model.geography.Province;
import tr.gov.acikkapi.casecore.domain.model.unit.RoutingRule;
import tr.gov.acikkapi.casecore.domain.model.unit.Unit;
import tr.gov.acikkapi.casecore.domain.model.unit.UnitKind;

import java.util.List;
import java.util.Optional;

/**
 * Finds the unit an application goes to: the unit of the kind named by the most specific routing
 * rule, in the application's province; the province's Açık Kapı office when no rule matches.
 */
public final class UnitRouter {

    private final EntityManager em;

    public UnitRouter(EntityManager em) {
        this.em = em;
    }

    /** The responsible unit; empty only if the province has no unit of that kind (nor an Açık Kapı office). */
    public Optional<Unit> unitFor(ApplicationType type, Province province) {
        List<RoutingRule> rules = em.createQuery(
                        "select r from RoutingRule r where r.applicationTypeId = :type or r.topicId = :topic", RoutingRule.class)
                .setParameter("type", type.id())
                .setParameter("topic", (short) type.topicId())
                .getResultList();
        String kind = RoutingRule.mostSpecific(rules, type, province.plateCode())
                .map(RoutingRule::unitKindCode)
                .orElse(UnitKind.OPEN_DOOR_OFFICE);
        return unit(province, kind).or(() -> unit(province, UnitKind.OPEN_DOOR_OFFICE));
    }

    private Optional<Unit> unit(Province province, String kindCode) {
        return em.createQuery("select u from Unit u where u.province = :province and u.kindCode = :kind and u.active = true",
                        Unit.class)
                .setParameter("province", province)
                .setParameter("kind", kindCode)
                .getResultStream()
                .findFirst();
    }
}
