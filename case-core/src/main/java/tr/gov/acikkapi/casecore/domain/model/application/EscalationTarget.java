package tr.gov.acikkapi.casecore.domain.model.application;

/**
 * Where an application that passed its 7-day deadline is sent up to: the governor of the province,
 * or the Ministry of Interior. Chosen by topic, unit and problem area (see the escalation rules).
 */
public enum EscalationTarget {
    GOVERNOR("Vali"),
    MINISTRY("İçişleri Bakanlığı");

    private final String label;

    EscalationTarget(String label) {
        this.label = label;
    }

    /** The Turkish name shown to users. */
    public String label() {
        return label;
    }

    /** The status an application gets when escalated to this target. */
    public ApplicationStatus escalatedStatus() {
        return this == GOVERNOR ? ApplicationStatus.ESCALATED_GOVERNOR : ApplicationStatus.ESCALATED_MINISTRY;
    }
}
