package tr.gov.acikkapi.it;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tr.gov.acikkapi.casecore.application.ApplicationDetail;
import tr.gov.acikkapi.casecore.application.ApplicationLifecycle;
import tr.gov.acikkapi.casecore.application.ApplicationSummary;
import tr.gov.acikkapi.casecore.application.CitizenDetails;
import tr.gov.acikkapi.casecore.application.CitizenOverview;
import tr.gov.acikkapi.casecore.application.CitizenSummary;
import tr.gov.acikkapi.casecore.application.Intake;
import tr.gov.acikkapi.casecore.application.Lookups;
import tr.gov.acikkapi.casecore.application.RegisteredApplication;
import tr.gov.acikkapi.casecore.application.TimelineEntry;
import tr.gov.acikkapi.casecore.domain.model.application.ApplicationStatus;
import tr.gov.acikkapi.casecore.domain.model.application.TrackingNumber;
import tr.gov.acikkapi.casecore.domain.model.citizen.EscortNeeds;
import tr.gov.acikkapi.casecore.domain.model.citizen.PhoneNumber;
import tr.gov.acikkapi.casecore.domain.model.citizen.TcKimlikNo;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The call center's lookups inside the deployed EAR, on MariaDB with its Turkish collation: a caller ID in every form
 * a PBX sends finds the same citizens, a family number finds the whole family, open applications come nearest deadline
 * first, and name prefixes follow Turkish case rules (ı/I and i/İ are different letters, as are s/ş).
 */
@ExtendWith(ArquillianExtension.class)
class LookupsIT {

    private static final Locale TURKISH = Locale.forLanguageTag("tr");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(LookupsIT.class, TestApplications.class, Backdating.class);
    }

    @Inject
    Intake intake;

    @Inject
    Lookups lookups;

    @Inject
    ApplicationLifecycle lifecycle;

    @Inject
    Backdating backdating;

    /** A household on one landline: an elderly parent (also on a mobile), a child with an application, a child without. */
    private record Family(String landline, String mobile, CitizenSummary parent, CitizenSummary child, CitizenSummary youngest,
                          ApplicationSummary parentFirst, ApplicationSummary parentSecond, ApplicationSummary parentConcluded,
                          ApplicationSummary childOnly) {
    }

    private Family family() {
        String landline = TestApplications.newLandline();
        String mobile = TestApplications.newMobile();
        String last = "Aileoğlu";
        CitizenDetails parent = TestApplications.citizen(TestApplications.newTcKimlikNo(), "Hatice", last, landline,
                new EscortNeeds(false, false, false, true, false));
        CitizenDetails child = TestApplications.citizen(TestApplications.newTcKimlikNo(), "Murat", last, landline, EscortNeeds.none());
        CitizenDetails youngest = TestApplications.citizen(TestApplications.newTcKimlikNo(), "Zeynep", last, landline, EscortNeeds.none());

        RegisteredApplication parentFirst = intake.register(TestApplications.application(parent, 101));
        CitizenDetails parentOnMobile = TestApplications.citizen(parent.tcKimlikNo(), "Hatice", last, mobile, parent.escortNeeds());
        RegisteredApplication parentSecond = intake.register(TestApplications.application(parentOnMobile, 301));
        ApplicationSummary parentConcluded = TestApplications.conclude(lifecycle,
                intake.register(TestApplications.application(parent, 1101)).application());
        // The second one was registered later but falls due first (registered two days before, on paper).
        backdating.registeredEarlier(List.of(parentSecond.application().id()), 2);
        RegisteredApplication childOnly = intake.register(TestApplications.application(child, 201));
        CitizenSummary youngestCitizen = intake.findOrCreateCitizen(youngest, TestApplications.ACTOR);
        return new Family(landline, mobile, parentFirst.citizen(), childOnly.citizen(), youngestCitizen,
                parentFirst.application(), parentSecond.application(), parentConcluded, childOnly.application());
    }

    @Test
    void everyFormOfACallerIdFindsTheSameCitizens() {
        Family family = family();
        String nsn = family.mobile().substring(1);
        for (String form : List.of(family.mobile(), nsn, "90" + nsn, "+90" + nsn, "0" + nsn.substring(0, 3) + " "
                + nsn.substring(3, 6) + " " + nsn.substring(6, 8) + " " + nsn.substring(8))) {
            List<CitizenOverview> found = lookups.byPhone(PhoneNumber.of(form));
            assertEquals(List.of(family.parent().id()), found.stream().map(o -> o.citizen().id()).toList(), form);
        }
        String landline = family.landline().substring(1);
        for (String form : List.of(family.landline(), landline, "90" + landline, "+90" + landline)) {
            assertEquals(List.of(family.parent().id(), family.child().id(), family.youngest().id()),
                    lookups.byPhone(PhoneNumber.of(form)).stream().map(o -> o.citizen().id()).toList(), form);
        }
    }

    @Test
    void aFamilyNumberFindsEveryoneOnItEscortedFirstWithOpenApplicationsNearestDeadlineFirst() {
        Family family = family();
        List<CitizenOverview> household = lookups.byPhone(PhoneNumber.of(family.landline()));

        assertEquals(3, household.size());
        CitizenOverview parent = household.get(0);
        assertTrue(parent.citizen().priority(), "the elderly parent, escorted, comes first");
        assertEquals(List.of(family.parentSecond().trackingNumber(), family.parentFirst().trackingNumber()),
                numbers(parent.openApplications()), "open ones only, the nearest deadline first (not the first registered)");
        assertTrue(parent.openApplications().get(0).deadlineAt().isBefore(parent.openApplications().get(1).deadlineAt()));
        assertEquals(family.child().id(), household.get(1).citizen().id(), "then whoever has the nearest deadline");
        assertEquals(List.of(family.childOnly().trackingNumber()), numbers(household.get(1).openApplications()));
        assertEquals(family.youngest().id(), household.get(2).citizen().id());
        assertEquals(List.of(), household.get(2).openApplications());
        assertEquals(2, parent.citizen().phones().size(), "the parent's landline and mobile");
    }

    @Test
    void anApplicationIsFoundInFullByItsTrackingNumber() {
        Family family = family();
        ApplicationDetail detail = lookups.byTrackingNumber(family.parentFirst().trackingNumber()).orElseThrow();

        assertEquals(family.parentFirst().id(), detail.summary().id());
        assertEquals(ApplicationStatus.ROUTED, detail.summary().status());
        assertTrue(detail.summary().unitName().orElseThrow().startsWith("Ankara"), detail.summary().unitName().toString());
        assertEquals(family.parent().tcKimlikNo(), detail.citizen().tcKimlikNo());
        assertEquals("Vatandaşın anlattıkları.", detail.description());
        assertEquals(List.of(Optional.of(ApplicationStatus.RECEIVED), Optional.of(ApplicationStatus.ROUTED)),
                detail.timeline().stream().map(TimelineEntry::toStatus).toList());

        ApplicationDetail concluded = lookups.byTrackingNumber(family.parentConcluded().trackingNumber()).orElseThrow();
        assertEquals(ApplicationStatus.CONCLUDED_POSITIVE, concluded.summary().status());
        assertEquals(Optional.of("Talep karşılandı."), concluded.outcomeExplanation());

        assertEquals(Optional.empty(), lookups.byTrackingNumber(TrackingNumber.of(999_999_997L)), "a valid number nobody has");
    }

    @Test
    void aCitizenIsFoundByTcKimlikNoWithOpenApplications() {
        Family family = family();
        CitizenOverview parent = lookups.byTcKimlikNo(family.parent().tcKimlikNo()).orElseThrow();

        assertEquals(family.parent().id(), parent.citizen().id());
        assertEquals("Hatice Aileoğlu", parent.citizen().name().full());
        assertEquals(List.of(family.parentSecond().trackingNumber(), family.parentFirst().trackingNumber()),
                numbers(parent.openApplications()));
        assertEquals(Optional.empty(), lookups.byTcKimlikNo(TcKimlikNo.of(TestApplications.newTcKimlikNo())), "nobody has it");
    }

    @Test
    void namePrefixesFollowTurkishCaseRules() {
        CitizenSummary isil = person("Işıl", "Şahverdi");
        CitizenSummary ismet = person("İsmet", "İşcanlı");
        CitizenSummary sahra = person("Sahra", "Isıtanoğlu");
        CitizenSummary sagir = person("Özgür", "Sağlamöz");

        List<Long> dotlessIsh = ids("ış");
        assertTrue(dotlessIsh.contains(isil.id()), "ış finds Işıl: ı and I are one letter");
        assertFalse(dotlessIsh.contains(ismet.id()), "ış does not find İşcanlı: ı and İ are different letters");
        assertEquals(dotlessIsh, ids("IŞ"), "upper case finds the same");

        List<Long> dottedIs = ids("İs");
        assertTrue(dottedIs.contains(ismet.id()), "İs finds İsmet");
        assertFalse(dottedIs.contains(sahra.id()), "İs does not find Isıtanoğlu");
        assertEquals(dottedIs, ids("is"), "i and İ are one letter");
        assertTrue(ids("ıs").contains(sahra.id()), "ıs finds Isıtanoğlu");

        List<Long> sha = ids("şa");
        assertTrue(sha.contains(isil.id()), "şa finds Şahverdi");
        assertFalse(sha.contains(sagir.id()), "şa does not find Sağlamöz: s and ş are different letters");
        assertFalse(sha.contains(sahra.id()), "nor Sahra");
        assertTrue(ids("SA").contains(sagir.id()) && ids("sa").contains(sahra.id()));

        assertTrue(ids("ışıl şah").contains(isil.id()), "first and last name prefixes");
        assertEquals(ids("ışıl şah"), ids("IŞIL ŞAH"));
        assertFalse(ids("ışıl sağ").contains(isil.id()));

        for (String prefix : List.of("ış", "İs", "şa")) {
            for (CitizenSummary found : lookups.byNamePrefix(prefix, 50)) {
                String wanted = prefix.toLowerCase(TURKISH);
                assertTrue(found.name().first().toLowerCase(TURKISH).startsWith(wanted)
                        || found.name().last().toLowerCase(TURKISH).startsWith(wanted), prefix + " found " + found.name());
            }
        }
    }

    private CitizenSummary person(String first, String last) {
        return intake.findOrCreateCitizen(TestApplications.citizen(TestApplications.newTcKimlikNo(), first, last, null,
                EscortNeeds.none()), TestApplications.ACTOR);
    }

    private List<Long> ids(String prefix) {
        return lookups.byNamePrefix(prefix, 50).stream().map(CitizenSummary::id).toList();
    }

    private static List<TrackingNumber> numbers(List<ApplicationSummary> applications) {
        return applications.stream().map(ApplicationSummary::trackingNumber).toList();
    }
}
