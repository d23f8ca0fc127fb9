package tr.gov.acikkapi.casecore.application;

import java.util.List;
import java.util.Optional;

/**
 * The catalogue as the other channels see it: every active application type with its code, its topic
 * and its problem area (what Open311's service list and the API's catalogue publish). Read-only.
 */
public interface Catalogue {

    /** Every active type under an active topic: topics in their order, types by code. */
    List<CatalogueEntry> activeTypes();

    /** The active type with this code ("SAG-01"), if there is one. */
    Optional<CatalogueEntry> activeType(String code);
}
