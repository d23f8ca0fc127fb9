package tr.gov.acikkapi.casecore.application.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import tr.gov.acikkapi.casecore.domain.model.catalogue.ApplicationType;
import tr.gov.acikkapi.casecore.domain.model.geography.Province;
import tr.gov.acikkapi.casecore.domain.model.unit.RoutingRule;
import tr.gov.acikkapi.casecore.domain.model.unit.Unit;
import tr.gov.acikkapi.casecore.domain.model.unit.UnitKind;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the unit an application goes to: the unit of the kind named by the most specific routing
 * rule, in the application's province; the province's Açık Kapı office when no rule matches.
 * An instance remembers the rules and units it has read, so one used for many applications (the
 * demo data) asks the database once per type and unit. Rules and units are reference data, so the
 * queries do not flush the caller's pending changes first.
 */
public final class UnitRouter {

    private final EntityManager em;
    private final Map<Integer, List<RoutingRule>> rulesByType = new HashMap<>();
    private final Map<String, Optional<Unit>> units = new HashMap<>();

    public UnitRouter(EntityManager em) {
        this.em = em;
    }

    /** The responsible unit; empty only if the province has no unit of that kind (nor an Açık Kapı office). */
    public Optional<Unit> unitFor(ApplicationType type, Province province) {
        List<RoutingRule> rules = rulesByType.computeIfAbsent(type.id(), id -> em.createQuery(
                        "select r from RoutingRule r where r.applicationTypeId = :type or r.topicId = :topic", RoutingRule.class)
                .setParameter("type", id)
                .setParameter("topic", (short) type.topicId())
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList());
        String kind = RoutingRule.mostSpecific(rules, type, province.plateCode())
                .map(RoutingRule::unitKindCode)
                .orElse(UnitKind.OPEN_DOOR_OFFICE);
        return unit(province, kind).or(() -> unit(province, UnitKind.OPEN_DOOR_OFFICE));
    }

    private Optional<Unit> unit(Province province, String kindCode) {
        return units.computeIfAbsent(province.plateCode() + "/" + kindCode, key -> em.createQuery("select u from Unit u where u.province = :province and u.kindCode = :kind and u.active = true",
                        Unit.class)
                .setParameter("province", province)
                .setParameter("kind", kindCode)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultStream()
                .findFirst());
    }
}
