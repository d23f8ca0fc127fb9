package tr.gov.acikkapi.casecore.domain.model.application;

/** Where an application came in: every channel shares the one case core. */
public enum IntakeChannel {
    FACE_TO_FACE("Yüz yüze (Açık Kapı Bürosu)"),
    WEB("Web portalı"),
    MOBILE("Mobil uygulama"),
    KIOSK("Kiosk"),
    CALL_CENTER("Çağrı merkezi");

    private final String label;

    IntakeChannel(String label) {
        this.label = label;
    }

    /** The Turkish name shown to users. */
    public String label() {
        return label;
    }
}
