package tr.gov.acikkapi.casecore.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import tr.gov.acikkapi.casecore.domain.model.application.ApplicationStatus;
import tr.gov.acikkapi.casecore.domain.model.application.StatusChangeRequest;

/**
 * A status change as staff send it, with the version of the application they read: if someone changed it
 * since, the change is refused (409) and nothing is written.
 */
@Schema(description = "Durum değişikliği")
public record StatusChangeForm(
        @Schema(description = "Okunan başvurunun version değeri", required = true, example = "1")
        Long expectedVersion,
        @Schema(description = "Yeni durum: ROUTED, IN_PROGRESS, CONCLUDED_POSITIVE, CONCLUDED_NEGATIVE, REDIRECTED",
                required = true, example = "IN_PROGRESS")
        String status,
        @Schema(description = "Gerekçe (sonuçlandırmada boş bırakılırsa sonuç açıklaması kullanılır)")
        String reason,
        @Schema(description = "Sonuçlandırmada vatandaşa verilen cevap")
        String outcomeExplanation,
        @Schema(description = "REDIRECTED sonucunda sunulan alternatif çözümler")
        String alternativesOffered) {

    /** The expected version, checked present. */
    public long version() {
        return FieldValidation.required("expectedVersion", expectedVersion,
                "Başvurunun okunduğu sürüm (expectedVersion) girilmedi; başvuruyu okuyup version değerini gönderin.");
    }

    /** The domain's request, checked against the rules of the target status. */
    public StatusChangeRequest toRequest() {
        ApplicationStatus target = FieldValidation.oneOf("status", status, ApplicationStatus.class,
                "Durum ROUTED, IN_PROGRESS, CONCLUDED_POSITIVE, CONCLUDED_NEGATIVE veya REDIRECTED olmalıdır.");
        return StatusChangeRequest.of(target, reason, outcomeExplanation, alternativesOffered);
    }
}
