package tr.gov.acikkapi.casecore.domain.model.call;

/** How a call ended for the caller: an agent answered it, or the caller hung up while waiting. */
public enum CallOutcome {
    ANSWERED("Cevaplandı"),
    ABANDONED("Kuyrukta terk edildi");

    private final String label;

    CallOutcome(String label) {
        this.label = label;
    }

    /** The Turkish name shown to supervisors. */
    public String label() {
        return label;
    }
}
