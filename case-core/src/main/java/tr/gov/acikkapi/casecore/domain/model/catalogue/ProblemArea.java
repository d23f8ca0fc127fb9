package tr.gov.acikkapi.casecore.domain.model.catalogue;

/**
 * The kind of problem an application type is about, across topics: it steers escalation (a matter
 * of legislation goes to the ministry) and groups applications in the analyses of weak points.
 */
public enum ProblemArea {
    SERVICE_DELIVERY("Hizmet sunumu"),
    INFRASTRUCTURE("Altyapı ve yatırım"),
    STAFF_CONDUCT("Personel tutum ve davranışı"),
    PAYMENT("Ödeme, borç ve ücret"),
    INFORMATION("Bilgi ve belge talebi"),
    LEGISLATION("Mevzuat");

    private final String label;

    ProblemArea(String label) {
        this.label = label;
    }

    /** The Turkish name shown to users. */
    public String label() {
        return label;
    }
}
