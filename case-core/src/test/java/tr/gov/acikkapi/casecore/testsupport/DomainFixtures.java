package tr.gov.acikkapi.casecore.testsupport;

import tr.gov.acikkapi.casecore.domain.model.catalogue.ApplicationType;
import tr.gov.acikkapi.casecore.domain.model.catalogue.ProblemArea;
import tr.gov.acikkapi.casecore.domain.model.catalogue.Topic;
import tr.gov.acikkapi.casecore.domain.model.citizen.Citizen;
import tr.gov.acikkapi.casecore.domain.model.citizen.EscortNeeds;
import tr.gov.acikkapi.casecore.domain.model.citizen.Gender;
import tr.gov.acikkapi.casecore.domain.model.citizen.PersonName;
import tr.gov.acikkapi.casecore.domain.model.citizen.TcKimlikNo;
import tr.gov.acikkapi.casecore.domain.model.geography.Province;
import tr.gov.acikkapi.casecore.domain.model.unit.Unit;
import tr.gov.acikkapi.casecore.domain.model.unit.UnitKind;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.time.Instant;

/** Detached domain objects for plain unit tests, no database. */
public final class DomainFixtures {

    private DomainFixtures() {
    }

    /** A province as migration V1 loads it (Province is reference data with no public constructor). */
    public static Province province(int plateCode, String name) {
        try {
            Constructor<Province> constructor = Province.class.getDeclaredConstructor();
            constructor.setAccessible(true);
            Province province = constructor.newInstance();
            set(province, "plateCode", (short) plateCode);
            set(province, "name", name);
            set(province, "region", "İç Anadolu");
            return province;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Province ankara() {
        return province(6, "Ankara");
    }

    public static Topic health() {
        return new Topic(1, "SAG", "Sağlık");
    }

    /** SAG-01 "Hastane randevusu alınamaması (MHRS)". */
    public static ApplicationType hospitalAppointment() {
        return new ApplicationType(101, health(), "SAG-01", "Hastane randevusu alınamaması (MHRS)", ProblemArea.SERVICE_DELIVERY);
    }

    public static Unit healthDirectorate(Province province) {
        return new Unit(province, new UnitKind("SAGLIK", "{il} İl Sağlık Müdürlüğü", 2));
    }

    public static Citizen citizen(String firstNine, String first, String last, Instant now) {
        return new Citizen(TcKimlikNo.withCheckDigits(firstNine), PersonName.of(first, last), null, ankara(), null,
                1980, Gender.FEMALE, EscortNeeds.none(), now);
    }

    private static void set(Object target, String field, Object value) throws ReflectiveOperationException {
        Field f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }
}
