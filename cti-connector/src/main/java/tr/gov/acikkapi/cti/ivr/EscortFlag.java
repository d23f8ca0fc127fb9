package tr.gov.acikkapi.cti.ivr;

/**
 * The escort service (mihmandarlık) groups whose callers go ahead in the queue. The {@link #code()} is what
 * the dialplan sees in {@code ACIKKAPI_ESCORT}: ASCII, lower case, stable.
 */
public enum EscortFlag {
    MARTYR_RELATIVE("sehit_yakini", "Şehit yakını"),
    VETERAN("gazi", "Gazi"),
    DISABLED("engelli", "Engelli"),
    ELDERLY("yasli", "Yaşlı"),
    SICK("hasta", "Hasta");

    private final String code;
    private final String label;

    EscortFlag(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The value written into the channel variable, e.g. {@code sehit_yakini}. */
    public String code() {
        return code;
    }

    /** The Turkish name agents see. */
    public String label() {
        return label;
    }
}
