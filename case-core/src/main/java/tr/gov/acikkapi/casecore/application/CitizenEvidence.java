package tr.gov.acikkapi.casecore.application;

import tr.gov.acikkapi.casecore.domain.model.citizen.PhoneNumber;
import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;

import java.util.Objects;
import java.util.Optional;

/**
 * What a caller offers to show that they are the citizen whose record they ask for, as the phone line asks it: the
 * last four digits of the citizen's TC Kimlik No, or a phone number on file. A channel (web, mobile, Open311) passes
 * on what the citizen typed; only {@link CitizenProof} compares it.
 */
public sealed interface CitizenEvidence permits CitizenEvidence.TcKimlikLastFour, CitizenEvidence.PhoneOnFile {

    /**
     * Reads what a citizen typed: four digits are the end of their TC Kimlik No, anything else must be a phone
     * number; otherwise {@link DomainErrorCode#CITIZEN_PROOF_INVALID}.
     */
    static CitizenEvidence parse(String text) {
        String given = text == null ? "" : text.strip();
        if (given.length() == TcKimlikLastFour.DIGITS && given.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return new TcKimlikLastFour(given);
        }
        Optional<PhoneNumber> phone = given.isEmpty() ? Optional.empty() : PhoneNumber.tryParse(given);
        return new PhoneOnFile(phone.orElseThrow(() -> new DomainException(DomainErrorCode.CITIZEN_PROOF_INVALID,
                "Kimlik kanıtı olarak T.C. Kimlik No'nun son dört hanesini ya da kayıtlı telefon numaranızı girin.")));
    }

    /** The last four digits of the citizen's TC Kimlik No. */
    record TcKimlikLastFour(String digits) implements CitizenEvidence {

        /** How many digits are asked. */
        public static final int DIGITS = 4;

        public TcKimlikLastFour {
            Objects.requireNonNull(digits, "digits");
            if (digits.length() != DIGITS || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new DomainException(DomainErrorCode.CITIZEN_PROOF_INVALID,
                        "T.C. Kimlik No'nun son dört hanesi dört rakam olmalıdır.");
            }
        }

        @Override
        public String toString() {
            return "TcKimlikLastFour[****]";
        }
    }

    /** One of the citizen's phone numbers on file. */
    record PhoneOnFile(PhoneNumber phone) implements CitizenEvidence {

        public PhoneOnFile {
            Objects.requireNonNull(phone, "phone");
        }

        @Override
        public String toString() {
            return "PhoneOnFile[****]";
        }
    }
}
