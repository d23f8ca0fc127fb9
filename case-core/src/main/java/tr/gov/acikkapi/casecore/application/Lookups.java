package tr.gov.acikkapi.casecore.application;

import tr.gov.acikkapi.casecore.domain.model.application.TrackingNumber;
import tr.gov.acikkapi.casecore.domain.model.citizen.PhoneNumber;
import tr.gov.acikkapi.casecore.domain.model.citizen.TcKimlikNo;

import java.util.List;
import java.util.Optional;

/**
 * The call center's lookups, each answered from an index: caller ID → citizens → open
 * applications; tracking number; TC Kimlik No; name prefix. Read-only. Auditing who viewed a
 * citizen (KVKK) is the caller's duty, since only the caller knows the user and the reason.
 */
public interface Lookups {

    /**
     * Every citizen on this number (a family may share one), each with their open applications
     * nearest deadline first; escorted citizens and those with the nearest deadline come first.
     */
    List<CitizenOverview> byPhone(PhoneNumber phone);

    /** The application with this number, in full. */
    Optional<ApplicationDetail> byTrackingNumber(TrackingNumber trackingNumber);

    /** The citizen with this TC Kimlik No and their open applications. */
    Optional<CitizenOverview> byTcKimlikNo(TcKimlikNo tcKimlikNo);

    /**
     * Citizens whose last or first name starts with the prefix (Turkish case rules), at most
     * {@code limit} (capped at 50), by last then first name. With two or more words the last word is
     * a last-name prefix and the words before it a first-name prefix ("Ayşe Yıl"). At least two letters.
     */
    List<CitizenSummary> byNamePrefix(String prefix, int limit);

    /** All applications of a citizen, newest first. */
    List<ApplicationSummary> applicationsOf(long citizenId);

    /** Whether the citizen already answered the satisfaction survey of this application (one answer each). */
    boolean surveyAnswered(TrackingNumber trackingNumber);

    /**
     * The application with this number as a phone line tells it (summary, citizen with phones, whether the survey
     * is answered), read in one transaction without the timeline: the IVR's lookup, one per call.
     */
    Optional<StatusEnquiry> statusEnquiry(TrackingNumber trackingNumber);
}
