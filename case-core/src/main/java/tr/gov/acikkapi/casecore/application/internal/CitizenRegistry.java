package tr.gov.acikkapi.casecore.application.internal;

import jakarta.persistence.EntityManager;
import tr.gov.acikkapi.casecore.application.CitizenDetails;
import tr.gov.acikkapi.casecore.domain.model.citizen.Citizen;
import tr.gov.acikkapi.casecore.domain.model.citizen.EmailAddress;
import tr.gov.acikkapi.casecore.domain.model.citizen.EscortNeeds;
import tr.gov.acikkapi.casecore.domain.model.citizen.PersonName;
import tr.gov.acikkapi.casecore.domain.model.citizen.PhoneNumber;
import tr.gov.acikkapi.casecore.domain.model.citizen.TcKimlikNo;
import tr.gov.acikkapi.casecore.domain.model.geography.District;
import tr.gov.acikkapi.casecore.domain.model.geography.Province;
import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;

import java.time.Instant;
import java.util.Optional;

/** Finds citizens by TC Kimlik No and creates them from validated details. */
public final class CitizenRegistry {

    private final EntityManager em;

    public CitizenRegistry(EntityManager em) {
        this.em = em;
    }

    /** A found or created citizen, and whether it was created. */
    public record Found(Citizen citizen, boolean created) {
    }

    public Optional<Citizen> byTcKimlikNo(TcKimlikNo tcKimlikNo) {
        return em.createQuery("select c from Citizen c join fetch c.province where c.tcKimlikNo = :tc", Citizen.class)
                .setParameter("tc", tcKimlikNo)
                .getResultStream()
                .findFirst();
    }

    /** Validates every field first (Turkish messages), then finds or creates the citizen. */
    public Found findOrCreate(CitizenDetails details, Instant now) {
        if (details == null) {
            throw new DomainException(DomainErrorCode.REQUIRED_VALUE_MISSING, "Vatandaş bilgileri girilmedi.");
        }
        TcKimlikNo tc = TcKimlikNo.of(details.tcKimlikNo());
        PersonName name = PersonName.of(details.firstName(), details.lastName());
        Optional<PhoneNumber> phone = blank(details.phone()) ? Optional.empty() : Optional.of(PhoneNumber.of(details.phone()));
        EmailAddress email = blank(details.email()) ? null : EmailAddress.of(details.email());
        District district = blank(details.district()) ? null : District.of(details.district());
        EscortNeeds needs = details.escortNeeds() == null ? EscortNeeds.none() : details.escortNeeds();
        Province province = province(details.provinceCode());

        Optional<Citizen> known = byTcKimlikNo(tc);
        if (known.isPresent()) {
            Citizen citizen = known.get();
            phone.ifPresent(p -> citizen.addPhone(p, now));
            citizen.completeProfile(email, district, details.birthYear(), details.gender(), now);
            EscortNeeds recorded = citizen.escortNeeds();
            EscortNeeds merged = new EscortNeeds(recorded.martyrRelative() || needs.martyrRelative(),
                    recorded.veteran() || needs.veteran(), recorded.disabled() || needs.disabled(),
                    recorded.elderly() || needs.elderly(), recorded.sick() || needs.sick());
            if (!merged.equals(recorded)) {
                citizen.changeEscortNeeds(merged, now);
            }
            return new Found(citizen, false);
        }
        Citizen citizen = new Citizen(tc, name, email, province, district, details.birthYear(), details.gender(), needs, now);
        phone.ifPresent(p -> citizen.addPhone(p, now));
        em.persist(citizen);
        return new Found(citizen, true);
    }

    /** The province with this plate code, or a DomainException PROVINCE_NOT_FOUND. */
    public Province province(int plateCode) {
        Province province = plateCode < 1 || plateCode > Short.MAX_VALUE ? null : em.find(Province.class, (short) plateCode);
        if (province == null) {
            throw new DomainException(DomainErrorCode.PROVINCE_NOT_FOUND,
                    "İl bulunamadı: plaka kodu 1 ile 81 arasında olmalıdır (girilen: " + plateCode + ").");
        }
        return province;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
