package tr.gov.acikkapi.casecore.interfaces.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import tr.gov.acikkapi.casecore.interfaces.problem.ApiProblem;

/** The body of every error answer of the JSON API. */
@Schema(description = "Hata")
@JsonbPropertyOrder({"code", "message", "field"})
public record ErrorBody(@Schema(description = "Sabit hata kodu", example = "TC_KIMLIK_NO_CHECKSUM") String code,
                        @Schema(description = "Türkçe açıklama") String message,
                        @Schema(description = "Hatalı alan (varsa)", example = "citizen.tcKimlikNo") String field) {

    public static ErrorBody of(ApiProblem problem) {
        return new ErrorBody(problem.code(), problem.getMessage(), problem.field().orElse(null));
    }
}
