package tr.gov.acikkapi.casecore.domain.model.call;

/** How one agent's part of a call ended. */
public enum SegmentEnd {
    COMPLETED("Tamamladı"),
    TRANSFERRED("Aktardı"),
    CALLER_HUNG_UP("Arayan kapattı"),
    NOT_OBSERVED("Görülmedi");

    private final String label;

    SegmentEnd(String label) {
        this.label = label;
    }

    /** The Turkish name shown to supervisors. */
    public String label() {
        return label;
    }
}
