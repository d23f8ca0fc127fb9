package tr.gov.acikkapi.console.admin;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import tr.gov.acikkapi.casecore.application.admin.CatalogueAdministration;
import tr.gov.acikkapi.casecore.application.admin.CatalogueAdministration.TopicView;
import tr.gov.acikkapi.casecore.application.admin.CatalogueAdministration.TypeView;
import tr.gov.acikkapi.casecore.domain.model.catalogue.ProblemArea;
import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The catalogue page: the 17 topics with their type counts; the types of the chosen topic; renaming, activating and
 * deactivating a topic or a type (never deleting: applications keep them), and adding a type to the chosen topic, whose
 * code is generated. Forms of the agent desk and the other channels offer only active entries.
 */
@Named("adminCatalogue")
@ViewScoped
public class CataloguePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CatalogueAdministration catalogue;

    @Inject
    transient AdminAccess access;

    private List<TopicView> topics;
    private TopicView topic;
    private List<TypeView> types = List.of();
    private TypeView type;
    private String topicName;
    private String typeName;
    private ProblemArea typeArea;
    private String newTypeName;
    private ProblemArea newTypeArea;

    public void load() {
        if (access.granted()) {
            topics = catalogue.topics();
        }
    }

    /** Chooses the topic whose types are listed and edited. */
    public void select(int topicId) {
        if (!access.granted()) {
            return;
        }
        topic = topics.stream().filter(t -> t.id() == topicId).findFirst().orElse(null);
        topicName = topic == null ? null : topic.name();
        type = null;
        types = topic == null ? List.of() : catalogue.typesOf(topicId);
    }

    public void renameTopic() {
        if (access.granted() && topic != null) {
            changeTopic(() -> catalogue.renameTopic(topic.id(), topic.version(), topicName), "topic:name", "admin.catalogue.topicSaved");
        }
    }

    public void toggleTopic() {
        if (access.granted() && topic != null) {
            changeTopic(() -> catalogue.setTopicActive(topic.id(), topic.version(), !topic.active()), null,
                    "admin.catalogue.topicSaved");
        }
    }

    /** Opens a type of the chosen topic for editing. */
    public void edit(int typeId) {
        if (!access.granted()) {
            return;
        }
        type = types.stream().filter(t -> t.id() == typeId).findFirst().orElse(null);
        typeName = type == null ? null : type.name();
        typeArea = type == null ? null : type.problemArea();
    }

    public void cancel() {
        type = null;
    }

    public void saveType() {
        if (access.granted() && type != null) {
            changeType(() -> catalogue.changeType(type.id(), type.version(), typeName, typeArea), "type",
                    "admin.catalogue.typeSaved");
        }
    }

    public void toggleType() {
        if (access.granted() && type != null) {
            changeType(() -> catalogue.setTypeActive(type.id(), type.version(), !type.active()), "type",
                    "admin.catalogue.typeSaved");
        }
    }

    public void addType() {
        if (access.granted() && topic != null) {
            Optional<TypeView> added = changeType(() -> catalogue.addType(topic.id(), newTypeName, newTypeArea), "newType",
                    "admin.catalogue.typeAdded");
            added.ifPresent(a -> {
                newTypeName = null;
                newTypeArea = null;
                type = null;
            });
        }
    }

    private void changeTopic(Supplier<TopicView> change, String field, String doneKey) {
        try {
            TopicView changed = change.get();
            topics = catalogue.topics();
            select(changed.id());
            FieldMessages.done(doneKey, changed.name());
        } catch (DomainException e) {
            FieldMessages.error(e.code() == DomainErrorCode.CONCURRENT_MODIFICATION ? null : field, e);
            refreshAfter(e);
        } catch (EJBAccessException e) {
            access.refuse();
        }
    }

    private Optional<TypeView> changeType(Supplier<TypeView> change, String form, String doneKey) {
        try {
            TypeView changed = change.get();
            topics = catalogue.topics();
            int topicId = topic.id();
            select(topicId);
            if ("type".equals(form)) {
                edit(changed.id());
            }
            FieldMessages.done(doneKey, changed.code(), changed.name());
            return Optional.of(changed);
        } catch (DomainException e) {
            FieldMessages.error(fieldOf(e.code(), form), e);
            refreshAfter(e);
        } catch (EJBAccessException e) {
            access.refuse();
        }
        return Optional.empty();
    }

    private void refreshAfter(DomainException e) {
        if (e.code() == DomainErrorCode.CONCURRENT_MODIFICATION) {
            topics = catalogue.topics();
            if (topic != null) {
                select(topic.id());
            }
        }
    }

    static String fieldOf(DomainErrorCode code, String form) {
        return switch (code) {
            case REQUIRED_VALUE_MISSING, INVALID_TEXT, CATALOGUE_NAME_TAKEN, TOPIC_FULL -> form + ":name";
            default -> null;
        };
    }

    public ProblemArea[] getProblemAreas() {
        return ProblemArea.values();
    }

    public List<TopicView> getTopics() {
        return topics;
    }

    public TopicView getTopic() {
        return topic;
    }

    public List<TypeView> getTypes() {
        return types;
    }

    public TypeView getType() {
        return type;
    }

    public String getTopicName() {
        return topicName;
    }

    public void setTopicName(String topicName) {
        this.topicName = topicName;
    }

    public String getTypeName() {
        return typeName;
    }

    public void setTypeName(String typeName) {
        this.typeName = typeName;
    }

    public ProblemArea getTypeArea() {
        return typeArea;
    }

    public void setTypeArea(ProblemArea typeArea) {
        this.typeArea = typeArea;
    }

    public String getNewTypeName() {
        return newTypeName;
    }

    public void setNewTypeName(String newTypeName) {
        this.newTypeName = newTypeName;
    }

    public ProblemArea getNewTypeArea() {
        return newTypeArea;
    }

    public void setNewTypeArea(ProblemArea newTypeArea) {
        this.newTypeArea = newTypeArea;
    }
}
