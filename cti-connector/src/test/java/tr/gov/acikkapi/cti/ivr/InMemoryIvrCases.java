package tr.gov.acikkapi.cti.ivr;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The case core as the tests' implementation of {@link IvrCases}: applications and caller profiles in maps,
 * phones compared on their last ten digits, every call counted, and an optional failure to throw. Its units of work
 * ({@link #inOneUnit}) are counted and can be made to fail at the end, as a commit would.
 */
final class InMemoryIvrCases implements IvrCases {

    final Map<String, IvrApplication> applications = new ConcurrentHashMap<>();
    final Map<String, CallerProfile> profilesByPhone = new ConcurrentHashMap<>();
    final Map<String, Integer> scores = new ConcurrentHashMap<>();
    /** Declined surveys: tracking number → whether the citizen asked never to be called again. */
    final Map<String, Boolean> refusals = new ConcurrentHashMap<>();
    final AtomicInteger calls = new AtomicInteger();
    volatile RuntimeException failure;
    /** Thrown at the end of a unit of work, after its work ran, as a commit that fails. */
    volatile RuntimeException commitFailure;
    /** Units of work begun, and lookups made inside one. */
    final AtomicInteger units = new AtomicInteger();
    final AtomicInteger findsInUnit = new AtomicInteger();
    private final ThreadLocal<Boolean> inUnit = ThreadLocal.withInitial(() -> false);

    InMemoryIvrCases add(IvrApplication application) {
        applications.put(application.trackingNumber(), application);
        return this;
    }

    InMemoryIvrCases profile(String phone, CallerProfile profile) {
        profilesByPhone.put(national(phone), profile);
        return this;
    }

    @Override
    public <T> T inOneUnit(Supplier<T> work) {
        units.incrementAndGet();
        inUnit.set(true);
        try {
            T result = work.get();
            RuntimeException f = commitFailure;
            if (f != null) {
                throw f;
            }
            return result;
        } finally {
            inUnit.set(false);
        }
    }

    /** Whether the calling thread is inside {@link #inOneUnit}. */
    boolean inUnit() {
        return inUnit.get();
    }

    @Override
    public Optional<IvrApplication> find(String trackingNumberDigits) {
        if (inUnit.get()) {
            findsInUnit.incrementAndGet();
        }
        touch();
        return Optional.ofNullable(applications.get(trackingNumberDigits));
    }

    @Override
    public boolean sameCitizenPhone(String callerIdRaw, IvrApplication application) {
        touch();
        String caller = national(callerIdRaw);
        return !caller.isEmpty() && application.citizenPhones().stream().map(InMemoryIvrCases::national)
                .anyMatch(caller::equals);
    }

    @Override
    public Optional<CallerProfile> callerProfile(String callerIdRaw) {
        touch();
        return Optional.ofNullable(profilesByPhone.get(national(callerIdRaw)));
    }

    @Override
    public SurveyResult recordSurvey(String trackingNumberDigits, int score, String callerIdRaw) {
        touch();
        IvrApplication application = applications.get(trackingNumberDigits);
        if (application == null) {
            return SurveyResult.NOT_FOUND;
        }
        if (!application.status().isConcluded()) {
            return SurveyResult.NOT_CONCLUDED;
        }
        if (scores.putIfAbsent(trackingNumberDigits, score) != null) {
            return SurveyResult.ALREADY_ANSWERED;
        }
        applications.put(trackingNumberDigits, new IvrApplication(application.trackingNumber(), application.status(),
                application.deadline(), application.citizenPhones(), application.tcKimlikLast4(), true));
        return SurveyResult.RECORDED;
    }

    @Override
    public boolean refuseSurvey(String trackingNumberDigits, boolean doNotCall, String callerIdRaw) {
        touch();
        if (!applications.containsKey(trackingNumberDigits)) {
            return false;
        }
        refusals.put(trackingNumberDigits, doNotCall);
        return true;
    }

    private void touch() {
        calls.incrementAndGet();
        RuntimeException f = failure;
        if (f != null) {
            throw f;
        }
    }

    /** The last ten digits: 05321234567, 5321234567, 905321234567 and +905321234567 are one number here. */
    static String national(String phone) {
        String digits = phone == null ? "" : phone.replaceAll("[^0-9]", "");
        return digits.length() >= 10 ? digits.substring(digits.length() - 10) : "";
    }
}
