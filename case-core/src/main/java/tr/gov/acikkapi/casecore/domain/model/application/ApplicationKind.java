package tr.gov.acikkapi.casecore.domain.model.application;

/** What the citizen brings: a request (talep), a complaint (şikayet) or a suggestion (öneri). */
public enum ApplicationKind {
    REQUEST("Talep"),
    COMPLAINT("Şikayet"),
    SUGGESTION("Öneri");

    private final String label;

    ApplicationKind(String label) {
        this.label = label;
    }

    /** The Turkish name shown to users. */
    public String label() {
        return label;
    }
}
