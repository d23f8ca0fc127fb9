package tr.gov.acikkapi.casecore.domain.model.application;

/**
 * Where an application that passed its 7-day deadline is sent up to: the governor of the province,
 * or the Ministry of Interior. Chosen by topic, unit and problem area (see the escalation rules).
 */
public enum EscalationTarget {
    GOVERNOR("Vali", "valiye"),
    MINISTRY("İçişleri Bakanlığı", "İçişleri Bakanlığına");

    private final String label;
    private final String dative;

    EscalationTarget(String label, String dative) {
        this.label = label;
        this.dative = dative;
    }

    /** The name in the dative case, as in "başvuru valiye iletildi". */
    public String dative() {
        return dative;
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
