package tr.gov.acikkapi.casecore.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import tr.gov.acikkapi.casecore.application.NewApplication;
import tr.gov.acikkapi.casecore.domain.model.application.Application;
import tr.gov.acikkapi.casecore.domain.model.application.ApplicationKind;
import tr.gov.acikkapi.casecore.domain.model.application.IntakeChannel;
import tr.gov.acikkapi.casecore.domain.model.geography.District;
import tr.gov.acikkapi.casecore.domain.shared.FreeText;
import tr.gov.acikkapi.casecore.interfaces.access.ApiCaller;
import tr.gov.acikkapi.casecore.interfaces.problem.ApiProblem;

import java.util.EnumSet;
import java.util.Set;

/**
 * A new application as a channel sends it. {@link #toNewApplication} checks every field with the domain's
 * rules and names the field at fault; the channel comes from the caller's key, never from the body alone.
 */
@Schema(description = "Yeni başvuru")
public record ApplicationForm(
        @Schema(description = "REQUEST (talep), COMPLAINT (şikayet) veya SUGGESTION (öneri)", required = true, example = "COMPLAINT")
        String kind,
        @Schema(description = "Başvuru türünün kimliği (katalog)", required = true, example = "101")
        Integer applicationTypeId,
        @Schema(description = "Başvurunun ilgili olduğu il, plaka kodu", required = true, example = "6")
        Integer provinceCode,
        @Schema(description = "İlçe", example = "Çankaya")
        String district,
        @Schema(description = "Kanal; verilirse anahtarın kanalıyla aynı olmalıdır", example = "WEB")
        String channel,
        @Schema(description = "Konu, tek satır, en fazla " + Application.SUBJECT_LENGTH + " karakter", required = true)
        String subject,
        @Schema(description = "Vatandaşın anlatımı, en fazla " + Application.DESCRIPTION_LENGTH + " karakter; daha uzunu "
                + "reddedilir, kısaltılmaz", required = true)
        String description,
        @Schema(required = true)
        CitizenForm citizen) {

    /** Channels staff may register for over the API: the call center (default) and the office. */
    private static final Set<IntakeChannel> STAFF_CHANNELS = EnumSet.of(IntakeChannel.CALL_CENTER, IntakeChannel.FACE_TO_FACE);

    /** The application to register for this caller, every field checked. */
    public NewApplication toNewApplication(ApiCaller caller) {
        IntakeChannel intakeChannel = channelFor(caller);
        ApplicationKind applicationKind = FieldValidation.oneOf("kind", kind, ApplicationKind.class,
                "Başvuru çeşidi REQUEST (talep), COMPLAINT (şikayet) veya SUGGESTION (öneri) olmalıdır.");
        int typeId = FieldValidation.required("applicationTypeId", applicationTypeId, "Başvuru türü (applicationTypeId) seçilmedi.");
        int province = FieldValidation.province("provinceCode", provinceCode);
        String districtName = district == null || district.isBlank() ? null
                : FieldValidation.check("district", () -> District.of(district)).name();
        String checkedSubject = FieldValidation.check("subject",
                () -> FreeText.requiredLine(subject, "Başvuru konusu", Application.SUBJECT_LENGTH));
        String checkedDescription = FieldValidation.check("description",
                () -> FreeText.required(description, "Başvuru açıklaması", Application.DESCRIPTION_LENGTH));
        CitizenForm applicant = FieldValidation.required("citizen", citizen, "Vatandaş bilgileri (citizen) girilmedi.");
        return new NewApplication(applicant.toDetails(province), applicationKind, typeId, province, districtName,
                intakeChannel, checkedSubject, checkedDescription, caller.getName(), null);
    }

    private IntakeChannel channelFor(ApiCaller caller) {
        IntakeChannel asked = channel == null || channel.isBlank() ? null
                : FieldValidation.oneOf("channel", channel, IntakeChannel.class,
                "Kanal WEB, MOBILE, KIOSK, CALL_CENTER veya FACE_TO_FACE olmalıdır.");
        if (caller instanceof ApiCaller.ChannelMachine machine) {
            if (asked != null && asked != machine.channel()) {
                throw ApiProblem.forbidden("CHANNEL_MISMATCH", "Bu API anahtarı " + machine.channel().name() + " ("
                        + machine.channel().label() + ") kanalına aittir; başvuru " + asked.name() + " kanalından kaydedilemez.");
            }
            return machine.channel();
        }
        caller.requireCaseRole();
        if (asked == null) {
            return IntakeChannel.CALL_CENTER;
        }
        if (!STAFF_CHANNELS.contains(asked)) {
            throw ApiProblem.forbidden("CHANNEL_MISMATCH", asked.name() + " (" + asked.label()
                    + ") kanalından başvuru yalnızca o kanalın API anahtarıyla kaydedilebilir.");
        }
        return asked;
    }
}
