package tr.gov.acikkapi.casecore.domain.model.application;

import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where an application stands, and which moves between standings the rules allow.
 *
 * <pre>
 * RECEIVED → ROUTED → IN_PROGRESS → CONCLUDED_POSITIVE | CONCLUDED_NEGATIVE | REDIRECTED
 * RECEIVED | ROUTED | IN_PROGRESS ──(deadline watch, past 7 days, once)──→ ESCALATED_GOVERNOR | ESCALATED_MINISTRY
 * ESCALATED_* → IN_PROGRESS | CONCLUDED_POSITIVE | CONCLUDED_NEGATIVE | REDIRECTED
 * </pre>
 *
 * People move applications along the first and last lines ({@link #requireManualTransitionTo});
 * only the deadline watch escalates ({@link #requireEscalation}). The three conclusions are final.
 */
public enum ApplicationStatus {
    RECEIVED("Alındı"),
    ROUTED("Birime yönlendirildi"),
    IN_PROGRESS("İşlemde"),
    CONCLUDED_POSITIVE("Olumlu sonuçlandı"),
    CONCLUDED_NEGATIVE("Olumsuz sonuçlandı"),
    REDIRECTED("Alternatif çözüme yönlendirildi"),
    ESCALATED_GOVERNOR("Valiye iletildi"),
    ESCALATED_MINISTRY("İçişleri Bakanlığına iletildi");

    private final String label;

    ApplicationStatus(String label) {
        this.label = label;
    }

    /** The Turkish name shown to agents and citizens. */
    public String label() {
        return label;
    }

    /** Concluded: positively, negatively or redirected with alternatives. Nothing moves it any more. */
    public boolean isConcluded() {
        return this == CONCLUDED_POSITIVE || this == CONCLUDED_NEGATIVE || this == REDIRECTED;
    }

    /** Sent up to the governor or the ministry by the deadline watch. */
    public boolean isEscalated() {
        return this == ESCALATED_GOVERNOR || this == ESCALATED_MINISTRY;
    }

    /** Still waiting for an answer (not concluded); escalated applications are open too. */
    public boolean isOpen() {
        return !isConcluded();
    }

    /** The escalation target this status stands for, if it is an escalated status. */
    public Optional<EscalationTarget> escalationTarget() {
        return switch (this) {
            case ESCALATED_GOVERNOR -> Optional.of(EscalationTarget.GOVERNOR);
            case ESCALATED_MINISTRY -> Optional.of(EscalationTarget.MINISTRY);
            default -> Optional.empty();
        };
    }

    /** Statuses the deadline watch may escalate from: the open ones not yet escalated. */
    public static Set<ApplicationStatus> escalatable() {
        return EnumSet.of(RECEIVED, ROUTED, IN_PROGRESS);
    }

    /** Open statuses: every status but the three conclusions. */
    public static Set<ApplicationStatus> open() {
        return EnumSet.of(RECEIVED, ROUTED, IN_PROGRESS, ESCALATED_GOVERNOR, ESCALATED_MINISTRY);
    }

    /** The three final statuses. */
    public static Set<ApplicationStatus> concluded() {
        return EnumSet.of(CONCLUDED_POSITIVE, CONCLUDED_NEGATIVE, REDIRECTED);
    }

    /** The statuses a person may move an application to from this one. */
    public Set<ApplicationStatus> manualSuccessors() {
        return switch (this) {
            case RECEIVED -> EnumSet.of(ROUTED);
            case ROUTED -> EnumSet.of(IN_PROGRESS);
            case IN_PROGRESS -> EnumSet.of(CONCLUDED_POSITIVE, CONCLUDED_NEGATIVE, REDIRECTED);
            case ESCALATED_GOVERNOR, ESCALATED_MINISTRY ->
                    EnumSet.of(IN_PROGRESS, CONCLUDED_POSITIVE, CONCLUDED_NEGATIVE, REDIRECTED);
            case CONCLUDED_POSITIVE, CONCLUDED_NEGATIVE, REDIRECTED -> EnumSet.noneOf(ApplicationStatus.class);
        };
    }

    /**
     * Checks that a person may move an application from this status to {@code target}; refuses with a
     * Turkish message that says why.
     */
    public void requireManualTransitionTo(ApplicationStatus target) {
        if (target == null) {
            throw refused("Yeni durum seçilmedi.");
        }
        if (target == this) {
            throw refused("Başvuru zaten «" + label + "» durumunda.");
        }
        if (isConcluded()) {
            throw refused("Başvuru «" + label + "» durumunda sonuçlanmış; sonuçlanmış başvurunun durumu değiştirilemez.");
        }
        if (target.isEscalated()) {
            throw refused("Başvuru elle «" + target.label + "» durumuna alınamaz: üst makama iletme, "
                    + "7 günlük süre dolduğunda süre takibi tarafından yapılır.");
        }
        if (!manualSuccessors().contains(target)) {
            throw refused("«" + label + "» durumundaki başvuru «" + target.label + "» durumuna alınamaz; "
                    + "bu durumdan yalnızca " + describe(manualSuccessors()) + " durumuna geçilebilir.");
        }
    }

    /**
     * Checks that the deadline watch may escalate an application in this status: open, not escalated
     * before, and past its deadline at {@code now}. Refuses with a Turkish message that says why.
     */
    public void requireEscalation(Optional<Instant> escalatedBefore, Instant deadline, Instant now) {
        if (isConcluded()) {
            throw new DomainException(DomainErrorCode.ESCALATION_REFUSED,
                    "Sonuçlanmış başvuru üst makama iletilemez (durum: «" + label + "»).");
        }
        if (isEscalated() || escalatedBefore.isPresent()) {
            throw new DomainException(DomainErrorCode.ESCALATION_REFUSED,
                    "Başvuru daha önce üst makama iletildi; bir başvuru yalnızca bir kez iletilir.");
        }
        if (!now.isAfter(deadline)) {
            throw new DomainException(DomainErrorCode.ESCALATION_REFUSED,
                    "Başvurunun 7 günlük süresi dolmadı; süresi dolmayan başvuru üst makama iletilemez.");
        }
    }

    private static String describe(Set<ApplicationStatus> statuses) {
        return statuses.stream().map(s -> "«" + s.label + "»").collect(Collectors.joining(" veya "));
    }

    private static DomainException refused(String message) {
        return new DomainException(DomainErrorCode.STATUS_TRANSITION_REFUSED, message);
    }
}
