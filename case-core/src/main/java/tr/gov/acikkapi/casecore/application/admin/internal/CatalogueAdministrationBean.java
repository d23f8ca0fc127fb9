package tr.gov.acikkapi.casecore.application.admin.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import tr.gov.acikkapi.casecore.application.admin.CatalogueAdministration;
import tr.gov.acikkapi.casecore.domain.model.catalogue.ApplicationType;
import tr.gov.acikkapi.casecore.domain.model.catalogue.ProblemArea;
import tr.gov.acikkapi.casecore.domain.model.catalogue.Topic;
import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;
import tr.gov.acikkapi.casecore.domain.shared.FreeText;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** {@link CatalogueAdministration} over the tables of migration V2; only administrators may call it. */
@Stateless
@RolesAllowed("ADMIN")
public class CatalogueAdministrationBean extends AdministrationBean implements CatalogueAdministration {

    public CatalogueAdministrationBean() {
    }

    CatalogueAdministrationBean(EntityManager em, ChangeLog changeLog, Supplier<String> caller) {
        super(em, changeLog, caller);
    }

    @Override
    public List<TopicView> topics() {
        Map<Integer, long[]> counts = new HashMap<>();
        em.createQuery("select a.topicId, count(a), sum(case when a.active = true then 1 else 0 end) "
                        + "from ApplicationType a group by a.topicId", Object[].class)
                .getResultStream()
                .forEach(row -> counts.put(((Number) row[0]).intValue(),
                        new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()}));
        return em.createQuery("select t from Topic t order by t.sortOrder, t.id", Topic.class)
                .getResultStream()
                .map(t -> view(t, counts.getOrDefault(t.id(), new long[2])))
                .toList();
    }

    @Override
    public List<TypeView> typesOf(int topicId) {
        return em.createQuery("select a from ApplicationType a where a.topicId = :topic order by a.code", ApplicationType.class)
                .setParameter("topic", (short) topicId)
                .getResultStream().map(CatalogueAdministrationBean::view).toList();
    }

    @Override
    public TopicView renameTopic(int topicId, long expectedVersion, String name) {
        Topic topic = requireTopic(topicId, LockModeType.NONE);
        expectVersion(topic.version(), expectedVersion);
        String newName = FreeText.requiredLine(name, "Konu başlığı adı", TOPIC_NAME_LENGTH);
        if (!em.createQuery("select t.id from Topic t where t.name = :name and t.id <> :id", Short.class)
                .setParameter("name", newName).setParameter("id", (short) topicId).getResultList().isEmpty()) {
            throw nameTaken();
        }
        String oldName = topic.name();
        topic.rename(newName);
        flush(uniqueKeys());
        difference("ad", oldName, newName).ifPresent(d -> audit("TOPIC_RENAMED", "topic", topic.code(), d));
        return topicView(topic);
    }

    @Override
    public TopicView setTopicActive(int topicId, long expectedVersion, boolean active) {
        Topic topic = requireTopic(topicId, LockModeType.NONE);
        expectVersion(topic.version(), expectedVersion);
        if (topic.active() != active) {
            if (active) {
                topic.activate();
            } else {
                topic.deactivate();
            }
            flush(uniqueKeys());
            audit(active ? "TOPIC_ACTIVATED" : "TOPIC_DEACTIVATED", "topic", topic.code(), topic.name());
        }
        return topicView(topic);
    }

    @Override
    public TypeView addType(int topicId, String name, ProblemArea problemArea) {
        String newName = FreeText.requiredLine(name, "Başvuru türü adı", TYPE_NAME_LENGTH);
        ProblemArea area = requireProblemArea(problemArea);
        // The lock makes two administrators adding to the same topic take numbers one after the other.
        Topic topic = requireTopic(topicId, LockModeType.PESSIMISTIC_WRITE);
        requireTypeNameFree(topic, newName, null);
        List<Integer> ids = em.createQuery("select a.id from ApplicationType a where a.topicId = :topic", Integer.class)
                .setParameter("topic", (short) topicId).getResultList();
        ApplicationType type = ApplicationType.nextIn(topic, ids, newName, area);
        em.persist(type);
        flush(uniqueKeys());
        audit("TYPE_ADDED", "application_type", type.code(), newName + " (" + area.name() + ")");
        return view(type);
    }

    @Override
    public TypeView changeType(int typeId, long expectedVersion, String name, ProblemArea problemArea) {
        ApplicationType type = requireType(typeId);
        expectVersion(type.version(), expectedVersion);
        String newName = FreeText.requiredLine(name, "Başvuru türü adı", TYPE_NAME_LENGTH);
        ProblemArea area = requireProblemArea(problemArea);
        requireTypeNameFree(type.topic(), newName, type.id());
        String detail = Stream.of(difference("ad", type.name(), newName), difference("sorun alanı", type.problemArea(), area))
                .flatMap(Optional::stream).collect(Collectors.joining("; "));
        type.rename(newName);
        type.changeProblemArea(area);
        flush(uniqueKeys());
        if (!detail.isEmpty()) {
            audit("TYPE_CHANGED", "application_type", type.code(), detail);
        }
        return view(type);
    }

    @Override
    public TypeView setTypeActive(int typeId, long expectedVersion, boolean active) {
        ApplicationType type = requireType(typeId);
        expectVersion(type.version(), expectedVersion);
        if (type.active() != active) {
            if (active) {
                type.activate();
            } else {
                type.deactivate();
            }
            flush(uniqueKeys());
            audit(active ? "TYPE_ACTIVATED" : "TYPE_DEACTIVATED", "application_type", type.code(), type.name());
        }
        return view(type);
    }

    private Topic requireTopic(int topicId, LockModeType lock) {
        Topic topic = em.find(Topic.class, (short) topicId, lock);
        if (topic == null) {
            throw new DomainException(DomainErrorCode.TOPIC_NOT_FOUND, "Konu başlığı bulunamadı.");
        }
        return topic;
    }

    private ApplicationType requireType(int typeId) {
        ApplicationType type = em.find(ApplicationType.class, typeId);
        if (type == null) {
            throw new DomainException(DomainErrorCode.APPLICATION_TYPE_NOT_FOUND, "Başvuru türü bulunamadı.");
        }
        return type;
    }

    private void requireTypeNameFree(Topic topic, String name, Integer exceptTypeId) {
        boolean taken = em.createQuery("select a.id from ApplicationType a where a.topicId = :topic and a.name = :name",
                        Integer.class)
                .setParameter("topic", (short) topic.id())
                .setParameter("name", name)
                .getResultStream()
                .anyMatch(id -> !id.equals(exceptTypeId));
        if (taken) {
            throw nameTaken();
        }
    }

    private static ProblemArea requireProblemArea(ProblemArea area) {
        if (area == null) {
            throw new DomainException(DomainErrorCode.REQUIRED_VALUE_MISSING, "Sorun alanı seçilmelidir.");
        }
        return area;
    }

    private static Map<String, Supplier<DomainException>> uniqueKeys() {
        return Map.of("uq_topic_name", CatalogueAdministrationBean::nameTaken,
                "uq_application_type_name", CatalogueAdministrationBean::nameTaken,
                "uq_application_type_code", AdministrationBean::concurrentModification,
                "primary", AdministrationBean::concurrentModification);
    }

    private static DomainException nameTaken() {
        return new DomainException(DomainErrorCode.CATALOGUE_NAME_TAKEN,
                "Bu ad zaten kullanılıyor (büyük-küçük harf farkı gözetilmez).");
    }

    private TopicView topicView(Topic topic) {
        Object[] row = em.createQuery("select count(a), sum(case when a.active = true then 1 else 0 end) "
                        + "from ApplicationType a where a.topicId = :topic", Object[].class)
                .setParameter("topic", (short) topic.id())
                .getSingleResult();
        return view(topic, new long[] {row[0] == null ? 0 : ((Number) row[0]).longValue(),
                row[1] == null ? 0 : ((Number) row[1]).longValue()});
    }

    private static TopicView view(Topic topic, long[] counts) {
        return new TopicView(topic.id(), topic.code(), topic.name(), topic.active(), counts[0], counts[1], topic.version());
    }

    static TypeView view(ApplicationType type) {
        return new TypeView(type.id(), type.topicId(), type.code(), type.name(), type.problemArea(), type.active(),
                type.version());
    }
}
