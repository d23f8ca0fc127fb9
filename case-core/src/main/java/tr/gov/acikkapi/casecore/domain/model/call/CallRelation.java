package tr.gov.acikkapi.casecore.domain.model.call;

/**
 * How a call touched an application. Ordered from weakest to strongest: a link keeps the strongest
 * relation seen during the call.
 */
public enum CallRelation {
    VIEWED("Görüntülendi"),
    UPDATED("Güncellendi"),
    CREATED("Kaydedildi");

    private final String label;

    CallRelation(String label) {
        this.label = label;
    }

    /** The Turkish name shown to users. */
    public String label() {
        return label;
    }

    /** The stronger of the two relations. */
    public CallRelation strongest(CallRelation other) {
        return other != null && other.ordinal() > ordinal() ? other : this;
    }
}
