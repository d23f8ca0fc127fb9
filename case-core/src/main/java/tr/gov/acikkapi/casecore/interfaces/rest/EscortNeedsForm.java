package tr.gov.acikkapi.casecore.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import tr.gov.acikkapi.casecore.domain.model.citizen.EscortNeeds;

/** Why the citizen is escorted and served first (mihmandarlık); missing flags are false. */
@Schema(description = "Mihmandarlık: şehit yakını, gazi, engelli, yaşlı, hasta")
public record EscortNeedsForm(Boolean martyrRelative, Boolean veteran, Boolean disabled, Boolean elderly, Boolean sick) {

    /** The domain's escort needs. */
    public EscortNeeds toEscortNeeds() {
        return new EscortNeeds(Boolean.TRUE.equals(martyrRelative), Boolean.TRUE.equals(veteran), Boolean.TRUE.equals(disabled),
                Boolean.TRUE.equals(elderly), Boolean.TRUE.equals(sick));
    }
}
