package tr.gov.acikkapi.casecore.domain.model.citizen;

/** Gender as the citizen states it, for the demographic analyses; optional. */
public enum Gender {
    FEMALE("Kadın"),
    MALE("Erkek"),
    UNSPECIFIED("Belirtilmedi");

    private final String label;

    Gender(String label) {
        this.label = label;
    }

    /** The Turkish name shown to users. */
    public String label() {
        return label;
    }
}
