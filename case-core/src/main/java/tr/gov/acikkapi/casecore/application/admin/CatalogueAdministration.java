package tr.gov.acikkapi.casecore.application.admin;

import tr.gov.acikkapi.casecore.domain.model.catalogue.ProblemArea;

import java.util.List;

/**
 * The catalogue as an administrator edits it: topics and application types are renamed, activated and deactivated
 * (never deleted: applications refer to them), and a new type is added at the end of a topic with the next code
 * ({@code SAG-25}). Forms offer only active entries ({@link tr.gov.acikkapi.casecore.application.ReferenceData}).
 */
public interface CatalogueAdministration {

    /** Longest topic name (the column {@code topic.name}); a longer one is refused, never cut. */
    int TOPIC_NAME_LENGTH = 120;
    /** Longest application type name (the column {@code application_type.name}). */
    int TYPE_NAME_LENGTH = 160;

    /** Every topic in catalogue order, active or not, with how many types it holds. */
    List<TopicView> topics();

    /** Every type of the topic, active or not, by code. */
    List<TypeView> typesOf(int topicId);

    TopicView renameTopic(int topicId, long expectedVersion, String name);

    TopicView setTopicActive(int topicId, long expectedVersion, boolean active);

    /** Adds a type to the topic with the next free number: its id and code are generated. */
    TypeView addType(int topicId, String name, ProblemArea problemArea);

    TypeView changeType(int typeId, long expectedVersion, String name, ProblemArea problemArea);

    TypeView setTypeActive(int typeId, long expectedVersion, boolean active);

    record TopicView(int id, String code, String name, boolean active, long types, long activeTypes, long version) {
    }

    record TypeView(int id, int topicId, String code, String name, ProblemArea problemArea, boolean active, long version) {
    }
}
