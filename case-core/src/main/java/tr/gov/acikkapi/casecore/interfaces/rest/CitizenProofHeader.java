package tr.gov.acikkapi.casecore.interfaces.rest;

import tr.gov.acikkapi.casecore.application.CitizenEvidence;
import tr.gov.acikkapi.casecore.application.ProofOutcome;
import tr.gov.acikkapi.casecore.interfaces.problem.ApiProblem;

import java.util.Optional;

/**
 * The header in which a channel passes on the citizen's proof, read the same way by the JSON API and Open311: what
 * the citizen typed becomes {@link CitizenEvidence} (400 naming the header when it is neither four digits nor a
 * phone number), and a {@link ProofOutcome} becomes the record or nothing, or 429 with {@code Retry-After}.
 */
public final class CitizenProofHeader {

    /** The header's name: the last four TC Kimlik digits or a phone on file. */
    public static final String NAME = "X-Citizen-Proof";

    private CitizenProofHeader() {
    }

    /** True when the header carries something (absent and blank are both "no proof"). */
    public static boolean given(String value) {
        return value != null && !value.isBlank();
    }

    /** The evidence in the header, or 400 {@code CITIZEN_PROOF_INVALID} naming the header. */
    public static CitizenEvidence evidence(String value) {
        return FieldValidation.check(NAME, () -> CitizenEvidence.parse(value));
    }

    /** The record read with proof; empty when not proven (unknown record or wrong proof alike); 429 when throttled. */
    public static <T> Optional<T> proven(ProofOutcome<T> outcome) {
        if (outcome instanceof ProofOutcome.Throttled<T> throttled) {
            throw ApiProblem.tooManyRequests("TOO_MANY_ATTEMPTS", "Bu kanal anahtarıyla çok fazla okuma ya da hatalı kimlik kanıtı: "
                    + throttled.retryAfter().toSeconds() + " saniye sonra yeniden deneyin.", throttled.retryAfter());
        }
        return outcome instanceof ProofOutcome.Proven<T> proven ? Optional.of(proven.value()) : Optional.empty();
    }
}
