package tr.gov.acikkapi.casecore.application;

import tr.gov.acikkapi.casecore.domain.model.citizen.Citizen;
import tr.gov.acikkapi.casecore.domain.model.citizen.EmailAddress;
import tr.gov.acikkapi.casecore.domain.model.citizen.EscortNeeds;
import tr.gov.acikkapi.casecore.domain.model.citizen.Gender;
import tr.gov.acikkapi.casecore.domain.model.citizen.PersonName;
import tr.gov.acikkapi.casecore.domain.model.citizen.PhoneNumber;
import tr.gov.acikkapi.casecore.domain.model.citizen.TcKimlikNo;
import tr.gov.acikkapi.casecore.domain.model.geography.District;

import java.util.List;
import java.util.Optional;

/**
 * A citizen as screens show them. The TC Kimlik No is the value object: its {@code toString} and
 * {@code masked()} are masked; showing {@code value()} is for roles that need it (and is audited by the caller).
 */
public record CitizenSummary(long id, TcKimlikNo tcKimlikNo, PersonName name, int provinceCode, String provinceName,
                             Optional<District> district, List<PhoneNumber> phones, EscortNeeds escortNeeds,
                             Optional<Integer> birthYear, Gender gender, Optional<EmailAddress> email) {

    public CitizenSummary {
        phones = List.copyOf(phones);
    }

    /** Maps a citizen read in the current transaction. */
    public static CitizenSummary of(Citizen citizen) {
        return new CitizenSummary(citizen.id(), citizen.tcKimlikNo(), citizen.name(), citizen.province().plateCode(),
                citizen.province().name(), citizen.district(), citizen.phoneNumbers(), citizen.escortNeeds(),
                citizen.birthYear(), citizen.gender(), citizen.email());
    }

    /** Escorted citizens (şehit yakını, gazi, engelli, yaşlı, hasta) are served first. */
    public boolean priority() {
        return escortNeeds.any();
    }
}
