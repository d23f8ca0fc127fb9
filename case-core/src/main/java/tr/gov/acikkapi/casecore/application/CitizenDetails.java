package tr.gov.acikkapi.casecore.application;

import tr.gov.acikkapi.casecore.domain.model.citizen.EscortNeeds;
import tr.gov.acikkapi.casecore.domain.model.citizen.Gender;

/**
 * A citizen as an agent or a form gives them, not yet validated: the service checks each field with
 * the domain's value objects and answers with a Turkish message naming what is wrong.
 *
 * @param tcKimlikNo   required
 * @param firstName    required
 * @param lastName     required
 * @param phone        in any common form; may be null
 * @param email        may be null
 * @param provinceCode plate code of the province they live in, 1 to 81
 * @param district     may be null
 * @param birthYear    may be null
 * @param gender       may be null (unspecified)
 * @param escortNeeds  may be null (none)
 */
public record CitizenDetails(String tcKimlikNo, String firstName, String lastName, String phone, String email,
                             int provinceCode, String district, Integer birthYear, Gender gender, EscortNeeds escortNeeds) {
}
