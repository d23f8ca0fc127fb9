package tr.gov.acikkapi.casecore.interfaces.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import tr.gov.acikkapi.casecore.application.CatalogueEntry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A topic heading of the catalogue with its active application types. */
@Schema(description = "Konu başlığı ve başvuru türleri")
@JsonbPropertyOrder({"id", "code", "name", "types"})
public record CatalogueTopicView(int id, String code, String name, List<TypeView> types) {

    /** An application type: its id is what {@code applicationTypeId} takes. */
    @JsonbPropertyOrder({"id", "code", "name", "problemArea", "problemAreaLabel"})
    public record TypeView(int id, String code, String name, String problemArea, String problemAreaLabel) {
    }

    /** Groups the entries (in catalogue order) by topic. */
    public static List<CatalogueTopicView> of(List<CatalogueEntry> entries) {
        Map<Integer, CatalogueTopicView> topics = new LinkedHashMap<>();
        for (CatalogueEntry e : entries) {
            topics.computeIfAbsent(e.topicId(), id -> new CatalogueTopicView(id, e.topicCode(), e.topicName(), new ArrayList<>()))
                    .types().add(new TypeView(e.typeId(), e.typeCode(), e.typeName(), e.problemArea().name(), e.problemArea().label()));
        }
        return topics.values().stream().map(t -> new CatalogueTopicView(t.id(), t.code(), t.name(), List.copyOf(t.types()))).toList();
    }
}
