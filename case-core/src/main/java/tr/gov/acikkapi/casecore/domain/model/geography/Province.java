package tr.gov.acikkapi.casecore.domain.model.geography;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One of Turkey's 81 provinces, identified by its licence-plate code (01 Adana … 81 Düzce).
 * Reference data loaded by migration V1 from {@code reference/provinces.csv}; never edited at run time.
 */
@Entity
@Cacheable
@Table(name = "province")
public class Province {

    @Id
    @Column(name = "plate_code")
    private short plateCode;

    @Column(name = "name", nullable = false, length = 40)
    private String name;

    @Column(name = "region", nullable = false, length = 40)
    private String region;

    protected Province() {
    }

    public int plateCode() {
        return plateCode;
    }

    /** The plate code as written on plates and in Open311's jurisdiction_id: two digits, "06". */
    public String plateCodeText() {
        return String.format("%02d", plateCode);
    }

    public String name() {
        return name;
    }

    /** Geographic region (Marmara, Ege, …), for the analytics by region. */
    public String region() {
        return region;
    }
}
