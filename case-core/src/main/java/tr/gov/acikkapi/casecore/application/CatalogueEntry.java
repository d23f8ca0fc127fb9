package tr.gov.acikkapi.casecore.application;

import tr.gov.acikkapi.casecore.domain.model.catalogue.ApplicationType;
import tr.gov.acikkapi.casecore.domain.model.catalogue.ProblemArea;

/** One application type of the catalogue with its topic: ids, stable codes and Turkish names. */
public record CatalogueEntry(int typeId, String typeCode, String typeName, ProblemArea problemArea, int topicId,
                             String topicCode, String topicName) {

    /** Maps a type read in the current transaction (its topic loaded). */
    public static CatalogueEntry of(ApplicationType type) {
        return new CatalogueEntry(type.id(), type.code(), type.name(), type.problemArea(), type.topic().id(),
                type.topic().code(), type.topic().name());
    }
}
