package tr.gov.acikkapi.casecore.application;

import tr.gov.acikkapi.casecore.domain.model.citizen.TcKimlikNo;

/**
 * Shows a citizen's full TC Kimlik No to a user whose work needs it, where screens otherwise show it masked (KVKK).
 * Every reveal is a separate entry in the audit trail: who (the signed-in user), when, and why (the call being served
 * or the search that found the citizen). Agents may reveal it only for a caller they are serving; supervisors also
 * for a citizen their search found. Anyone else is refused.
 */
public interface IdentityDisclosure {

    /** Why the number is needed; the occasion decides who may see it. */
    enum Occasion {
        /** The citizen is on a call the user is serving; the context is the call's linkedid. */
        CALL,
        /** A search by the user found the citizen; the context is the search's audit reason ("arama: TC Kimlik No"). */
        SEARCH
    }

    /**
     * The full number of the citizen, recorded in the audit trail as action {@code TC_REVEAL} with reason
     * "{@code call <linkedid>}" or the search's own reason.
     *
     * @throws tr.gov.acikkapi.casecore.domain.shared.DomainException {@code DISCLOSURE_REFUSED} when the caller's
     *         role does not allow a reveal on this occasion, {@code CITIZEN_NOT_FOUND} when there is no such citizen
     */
    TcKimlikNo reveal(long citizenId, Occasion occasion, String context);
}
