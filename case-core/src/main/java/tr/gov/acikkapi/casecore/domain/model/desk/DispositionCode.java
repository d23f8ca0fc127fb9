package tr.gov.acikkapi.casecore.domain.model.desk;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** How a call ended for the citizen (Bilgi verildi, Başvuru alındı …); its code goes into the call record. */
@Entity
@Cacheable
@Table(name = "disposition_code")
public class DispositionCode extends DeskChoice {

    /** Longest code (columns disposition_code.code and call_record.disposition_code). */
    public static final int CODE_LENGTH = 40;

    protected DispositionCode() {
    }

    public DispositionCode(String code, String label, int sortOrder) {
        super(code, CODE_LENGTH, label, sortOrder);
    }
}
