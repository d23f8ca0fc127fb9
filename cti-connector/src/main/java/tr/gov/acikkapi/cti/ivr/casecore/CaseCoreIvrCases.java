package tr.gov.acikkapi.cti.ivr.casecore;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import tr.gov.acikkapi.casecore.application.ApplicationDetail;
import tr.gov.acikkapi.casecore.application.ApplicationLifecycle;
import tr.gov.acikkapi.casecore.application.CitizenOverview;
import tr.gov.acikkapi.casecore.application.Lookups;
import tr.gov.acikkapi.casecore.application.StatusEnquiry;
import tr.gov.acikkapi.casecore.application.SurveyCampaigns;
import tr.gov.acikkapi.casecore.domain.model.application.TrackingNumber;
import tr.gov.acikkapi.casecore.domain.model.citizen.EscortNeeds;
import tr.gov.acikkapi.casecore.domain.model.citizen.PhoneNumber;
import tr.gov.acikkapi.cti.ivr.CallerProfile;
import tr.gov.acikkapi.cti.ivr.EscortFlag;
import tr.gov.acikkapi.cti.ivr.IvrApplication;
import tr.gov.acikkapi.cti.ivr.IvrCases;
import tr.gov.acikkapi.cti.ivr.SurveyResult;

import java.time.Clock;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What the IVR may know of an application or a caller, read from the case core. Phone numbers are compared by the
 * case core's normalisation (every form a PBX sends), and dates are told in Istanbul time.
 */
@ApplicationScoped
public class CaseCoreIvrCases implements IvrCases {

    private static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");

    @Inject
    Lookups lookups;

    @Inject
    ApplicationLifecycle lifecycle;

    @Inject
    Clock clock;

    @Inject
    SurveyCampaigns surveys;

    @Override
    public Optional<IvrApplication> find(String trackingNumberDigits) {
        return lookups.statusEnquiry(TrackingNumber.parse(trackingNumberDigits)).map(CaseCoreIvrCases::toIvr);
    }

    /**
     * One JTA transaction: the case core's lookups and the audit trail are EJBs that join it, so the application
     * read and its audit row share one connection check, one commit and one pair of auto-commit switches.
     */
    @Override
    @Transactional
    public <T> T inOneUnit(Supplier<T> work) {
        return work.get();
    }

    @Override
    public boolean sameCitizenPhone(String callerIdRaw, IvrApplication application) {
        return PhoneNumber.tryParse(callerIdRaw).map(p -> application.citizenPhones().contains(p.e164())).orElse(false);
    }

    @Override
    public Optional<CallerProfile> callerProfile(String callerIdRaw) {
        Optional<PhoneNumber> phone = PhoneNumber.tryParse(callerIdRaw);
        if (phone.isEmpty()) {
            return Optional.empty();
        }
        List<CitizenOverview> citizens = lookups.byPhone(phone.get());
        if (citizens.isEmpty()) {
            return Optional.empty();
        }
        Set<EscortFlag> flags = EnumSet.noneOf(EscortFlag.class);
        int open = 0;
        int overdue = 0;
        for (CitizenOverview citizen : citizens) {
            flags.addAll(flagsOf(citizen.citizen().escortNeeds()));
            open += citizen.openApplications().size();
            overdue += (int) citizen.openApplications().stream().filter(a -> a.overdueAt(clock.instant())).count();
        }
        return Optional.of(new CallerProfile(flags, open, overdue));
    }

    @Override
    public SurveyResult recordSurvey(String trackingNumberDigits, int score, String callerIdRaw) {
        TrackingNumber number = TrackingNumber.parse(trackingNumberDigits);
        Optional<ApplicationDetail> detail = lookups.byTrackingNumber(number);
        if (detail.isEmpty()) {
            return SurveyResult.NOT_FOUND;
        }
        if (!detail.get().summary().status().isConcluded()) {
            return SurveyResult.NOT_CONCLUDED;
        }
        if (lookups.surveyAnswered(number)) {
            return SurveyResult.ALREADY_ANSWERED;
        }
        lifecycle.recordSurveyResponse(number, score, null, "ivr " + CallerIds.forAudit(callerIdRaw));
        return SurveyResult.RECORDED;
    }

    @Override
    public boolean refuseSurvey(String trackingNumberDigits, boolean doNotCall, String callerIdRaw) {
        return surveys.refuse(trackingNumberDigits, doNotCall, CallerIds.forAudit(callerIdRaw));
    }

    private static IvrApplication toIvr(StatusEnquiry enquiry) {
        return new IvrApplication(enquiry.application().trackingNumber().value(),
                IvrApplication.Status.valueOf(enquiry.application().status().name()),
                enquiry.application().deadlineAt().atZone(ISTANBUL).toLocalDate(),
                enquiry.citizen().phones().stream().map(PhoneNumber::e164).toList(),
                enquiry.citizen().tcKimlikNo().lastFour(),
                enquiry.surveyAnswered());
    }

    static Set<EscortFlag> flagsOf(EscortNeeds needs) {
        Set<EscortFlag> flags = EnumSet.noneOf(EscortFlag.class);
        if (needs.martyrRelative()) {
            flags.add(EscortFlag.MARTYR_RELATIVE);
        }
        if (needs.veteran()) {
            flags.add(EscortFlag.VETERAN);
        }
        if (needs.disabled()) {
            flags.add(EscortFlag.DISABLED);
        }
        if (needs.elderly()) {
            flags.add(EscortFlag.ELDERLY);
        }
        if (needs.sick()) {
            flags.add(EscortFlag.SICK);
        }
        return flags;
    }

}
