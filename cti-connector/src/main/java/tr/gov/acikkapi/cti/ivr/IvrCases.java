package tr.gov.acikkapi.cti.ivr;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Port to the case core for everything the IVR needs to know or store. The integrator implements it over the
 * case core's services; the IVR calls it from FastAGI session threads (the executor handed to
 * {@link IvrServer}), so an implementation may use container services available on those threads.
 *
 * <p>Phone numbers are compared here, not in the IVR: the case core owns the normalisation of caller IDs
 * ({@code 05321234567}, {@code 5321234567}, {@code 905321234567}, {@code +905321234567} are one number).
 * An implementation may throw a runtime exception on a technical failure; the scripts then apologise and end
 * the call ({@code status}, {@code survey}) or fall back to defaults ({@code priority}).
 */
public interface IvrCases {

    /**
     * The application with this tracking number. Called only with digits that passed
     * {@link TrackingNumberCheck#isValid(String)}.
     */
    Optional<IvrApplication> find(String trackingNumberDigits);

    /**
     * Runs {@code work} as one unit of work of the case core: what it reads through this port and the attempts it
     * audits through {@link IvrAudit} go to the database in one transaction, committed before this returns. If the
     * work or the commit fails, nothing of it is stored and the runtime exception comes out of here. The status line
     * looks an application up and audits the answer in one unit, so that a status is told only once its audit row
     * is stored, with fewer round trips to the database than two transactions. This default, for stores without
     * transactions, runs the work as it is.
     */
    default <T> T inOneUnit(Supplier<T> work) {
        return work.get();
    }

    /**
     * Whether a caller ID, as the PBX sent it, is one of the phones of the citizen who filed the application.
     * A number that does not parse is simply not the same phone (false, no exception).
     */
    boolean sameCitizenPhone(String callerIdRaw, IvrApplication application);

    /**
     * The citizen behind a caller ID, as the PBX sent it, with their escort flags and open applications;
     * empty when the number does not parse or no citizen has it.
     */
    Optional<CallerProfile> callerProfile(String callerIdRaw);

    /**
     * Stores a satisfaction score (1 to 5) with a concluded application, once per application.
     *
     * @param callerIdRaw the caller ID as the PBX sent it, or empty when withheld
     */
    SurveyResult recordSurvey(String trackingNumberDigits, int score, String callerIdRaw);

    /**
     * The citizen declined the survey of this application on the phone: it is never called again for it; with
     * {@code doNotCall} the citizen is never called for any survey. False when no such application.
     */
    boolean refuseSurvey(String trackingNumberDigits, boolean doNotCall, String callerIdRaw);
}
