package tr.gov.acikkapi.casecore.application;

import tr.gov.acikkapi.casecore.domain.model.application.TrackingNumber;
import tr.gov.acikkapi.casecore.domain.model.citizen.PhoneNumber;
import tr.gov.acikkapi.casecore.domain.model.citizen.TcKimlikNo;

/**
 * Reads of a citizen's records on behalf of a channel that acts for the citizen (web portal, mobile app, Open311
 * client): a read is answered only with proof that the caller is that citizen, as the phone line asks it (the
 * tracking number with the last four TC Kimlik digits or a phone on file; a TC Kimlik No with a phone on file).
 *
 * <p>Attempts are limited in the shared {@link AttemptLedger}: every read counts against the requester's read limit,
 * every failed proof against the requester and against the record asked for (so that one record cannot be brute-forced
 * from many keys, nor many records from one key). A throttled requester is refused before anything is looked up, and
 * each lock is audited. Auditing a successful read (KVKK) stays with the caller, who knows the actor and the reason.
 *
 * @see ProofOutcome
 */
public interface CitizenProof {

    /**
     * The application with this number, when {@code evidence} matches its citizen.
     *
     * @param requester who asks, as audited and counted (e.g. "kanal-web"); one counter per requester
     */
    ProofOutcome<ApplicationDetail> application(String requester, TrackingNumber trackingNumber, CitizenEvidence evidence);

    /** The citizen with this TC Kimlik No and all their applications, when {@code phone} is one of theirs on file. */
    ProofOutcome<ProvenCitizen> citizen(String requester, TcKimlikNo tcKimlikNo, PhoneNumber phone);
}
