package tr.gov.acikkapi.it;

import tr.gov.acikkapi.casecore.application.ApplicationLifecycle;
import tr.gov.acikkapi.casecore.application.ApplicationSummary;
import tr.gov.acikkapi.casecore.application.CitizenDetails;
import tr.gov.acikkapi.casecore.application.NewApplication;
import tr.gov.acikkapi.casecore.domain.model.application.ApplicationKind;
import tr.gov.acikkapi.casecore.domain.model.application.ApplicationStatus;
import tr.gov.acikkapi.casecore.domain.model.application.IntakeChannel;
import tr.gov.acikkapi.casecore.domain.model.application.StatusChangeRequest;
import tr.gov.acikkapi.casecore.domain.model.citizen.EscortNeeds;
import tr.gov.acikkapi.casecore.domain.model.citizen.Gender;
import tr.gov.acikkapi.casecore.domain.model.citizen.TcKimlikNo;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * New citizens and applications for the integration tests that run inside the deployment: valid TC Kimlik
 * numbers from a random block per deployment (the demo data draws ~200 at random from 900 million, so a clash is
 * practically impossible), phone numbers in ranges the demo data does not use (mobile 0559…, landline 0288…).
 */
public final class TestApplications {

    /** The registering user written to the history. */
    public static final String ACTOR = "it-temsilci";

    private static final AtomicLong NEXT_TC = new AtomicLong(700_000_000L + ThreadLocalRandom.current().nextLong(190_000_000L));
    private static final AtomicLong NEXT_PHONE = new AtomicLong(ThreadLocalRandom.current().nextLong(9_000_000L));

    private TestApplications() {
    }

    /** A valid TC Kimlik No not used before in this deployment. */
    public static String newTcKimlikNo() {
        return TcKimlikNo.withCheckDigits(Long.toString(NEXT_TC.incrementAndGet())).value();
    }

    /** A mobile number in the national form (05…) nobody else uses. */
    public static String newMobile() {
        return "0559" + String.format("%07d", NEXT_PHONE.incrementAndGet() % 10_000_000L);
    }

    /** A landline number in the national form (0288…) nobody else uses. */
    public static String newLandline() {
        return "0288" + String.format("%07d", NEXT_PHONE.incrementAndGet() % 10_000_000L);
    }

    public static CitizenDetails citizen(String tc, String first, String last, String phone, EscortNeeds needs) {
        return new CitizenDetails(tc, first, last, phone, null, 6, null, 1970, Gender.UNSPECIFIED, needs);
    }

    /** A new citizen with no phone and no escort needs. */
    public static CitizenDetails newCitizen() {
        return citizen(newTcKimlikNo(), "Deneme", "Vatandaş", null, EscortNeeds.none());
    }

    /** A complaint of the catalogue type in Ankara, registered by the call center. */
    public static NewApplication application(CitizenDetails citizen, int typeId) {
        return new NewApplication(citizen, ApplicationKind.COMPLAINT, typeId, 6, null, IntakeChannel.CALL_CENTER,
                "Konu " + typeId, "Vatandaşın anlattıkları.", ACTOR, null);
    }

    /** Takes the application from its unit's inbox to a positive conclusion. */
    public static ApplicationSummary conclude(ApplicationLifecycle lifecycle, ApplicationSummary application) {
        ApplicationSummary inProgress = lifecycle.changeStatus(application.trackingNumber(), application.version(),
                StatusChangeRequest.of(ApplicationStatus.IN_PROGRESS, "İnceleniyor", null, null), ACTOR);
        return lifecycle.changeStatus(application.trackingNumber(), inProgress.version(),
                StatusChangeRequest.of(ApplicationStatus.CONCLUDED_POSITIVE, null, "Talep karşılandı.", null), ACTOR);
    }
}
