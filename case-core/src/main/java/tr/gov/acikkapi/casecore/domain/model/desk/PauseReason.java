package tr.gov.acikkapi.casecore.domain.model.desk;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Why an agent pauses (Mola, Yemek, Eğitim …); its code is the reason given to the PBX's queue pause. */
@Entity
@Cacheable
@Table(name = "pause_reason")
public class PauseReason extends DeskChoice {

    /** Longest code (column pause_reason.code). */
    public static final int CODE_LENGTH = 30;

    protected PauseReason() {
    }

    public PauseReason(String code, String label, int sortOrder) {
        super(code, CODE_LENGTH, label, sortOrder);
    }
}
