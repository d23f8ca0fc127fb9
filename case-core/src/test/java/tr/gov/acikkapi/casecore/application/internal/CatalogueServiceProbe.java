package tr.gov.acikkapi.casecore.application.internal;

import jakarta.persistence.EntityManager;
import tr.gov.acikkapi.casecore.application.CatalogueEntry;

import java.util.Optional;

/** Lets tests of other packages read the catalogue as the channels see it ({@link CatalogueService}, package-private constructor). */
public final class CatalogueServiceProbe {

    private CatalogueServiceProbe() {
    }

    public static Optional<CatalogueEntry> activeType(EntityManager em, String code) {
        return new CatalogueService(em).activeType(code);
    }
}
