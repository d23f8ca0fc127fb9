package tr.gov.acikkapi.casecore.domain.model.call;

/**
 * How a call ended for the caller: an agent answered it, the caller hung up while waiting, or the call was waiting when
 * the PBX link went down and was gone when it came back: whether it was answered or abandoned meanwhile is not known,
 * so it counts as neither (not in abandon figures, no callback).
 */
public enum CallOutcome {
    ANSWERED("Cevaplandı"),
    ABANDONED("Kuyrukta terk edildi"),
    NOT_OBSERVED("Görülmedi (bağlantı kesikti)");

    private final String label;

    CallOutcome(String label) {
        this.label = label;
    }

    /** The Turkish name shown to supervisors. */
    public String label() {
        return label;
    }
}
