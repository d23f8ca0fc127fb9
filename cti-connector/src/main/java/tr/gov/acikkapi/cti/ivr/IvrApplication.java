package tr.gov.acikkapi.cti.ivr;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the IVR may know of one application: enough to tell its status on the phone, and to check that the
 * caller is the citizen who filed it. The case core builds it; the IVR never sees the rest of the record.
 *
 * @param trackingNumber the ten-digit tracking number
 * @param status where the application stands; the constants carry the case core's status names
 * @param deadline the day by which it must be concluded (Europe/Istanbul)
 * @param citizenPhones the citizen's phone numbers in E.164 ({@code +905321234567}), for
 *        {@link IvrCases#sameCitizenPhone(String, IvrApplication)}
 * @param tcKimlikLast4 the last four digits of the citizen's TC Kimlik No, or empty when the case core has
 *        none (then only a matching caller ID can unlock the status)
 * @param surveyAnswered whether the satisfaction survey of this application has been answered
 */
public record IvrApplication(String trackingNumber, Status status, LocalDate deadline, List<String> citizenPhones,
                             String tcKimlikLast4, boolean surveyAnswered) {

    /**
     * Where an application stands. The names are those of the case core's {@code ApplicationStatus}, so the
     * integrator maps with {@code Status.valueOf(status.name())}.
     */
    public enum Status {
        RECEIVED, ROUTED, IN_PROGRESS, ESCALATED_GOVERNOR, ESCALATED_MINISTRY,
        CONCLUDED_POSITIVE, CONCLUDED_NEGATIVE, REDIRECTED;

        /** Concluded positively, negatively, or redirected with alternative solutions. */
        public boolean isConcluded() {
            return this == CONCLUDED_POSITIVE || this == CONCLUDED_NEGATIVE || this == REDIRECTED;
        }
    }

    public IvrApplication {
        Objects.requireNonNull(trackingNumber, "trackingNumber");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(deadline, "deadline");
        citizenPhones = citizenPhones == null ? List.of() : List.copyOf(citizenPhones);
        tcKimlikLast4 = tcKimlikLast4 == null ? "" : tcKimlikLast4;
        if (!tcKimlikLast4.isEmpty() && !tcKimlikLast4.matches("[0-9]{4}")) {
            throw new IllegalArgumentException("TC Kimlik No'nun son dört hanesi dört rakam olmalıdır.");
        }
    }

    /** The last four digits of the TC Kimlik No, when the case core has them. */
    public Optional<String> tcKimlikLast4IfKnown() {
        return tcKimlikLast4.isEmpty() ? Optional.empty() : Optional.of(tcKimlikLast4);
    }

    /** Personal data stays out of logs: phones and ID digits are not printed. */
    @Override
    public String toString() {
        return "IvrApplication[" + trackingNumber + ", " + status + ", deadline " + deadline + ", "
                + citizenPhones.size() + " phone(s), survey " + (surveyAnswered ? "answered" : "open") + "]";
    }
}
