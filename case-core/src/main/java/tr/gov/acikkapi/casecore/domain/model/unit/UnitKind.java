package tr.gov.acikkapi.casecore.domain.model.unit;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A kind of unit present in every province: a provincial directorate (İl Sağlık Müdürlüğü …) or the
 * governorship's Açık Kapı office. Its name template holds {@code {il}} for the province name.
 */
@Entity
@Cacheable
@Table(name = "unit_kind")
public class UnitKind {

    /** The kind of the governorship's own Açık Kapı office, the fallback of routing. */
    public static final String OPEN_DOOR_OFFICE = "ACIK_KAPI";

    @Id
    @Column(name = "code", length = 30)
    private String code;

    @Column(name = "name_template", nullable = false, length = 160)
    private String nameTemplate;

    @Column(name = "sort_order", nullable = false)
    private short sortOrder;

    protected UnitKind() {
    }

    public UnitKind(String code, String nameTemplate, int sortOrder) {
        this.code = code;
        this.nameTemplate = nameTemplate;
        this.sortOrder = (short) sortOrder;
    }

    public String code() {
        return code;
    }

    public String nameTemplate() {
        return nameTemplate;
    }

    public int sortOrder() {
        return sortOrder;
    }

    /** The unit's name in a province: the template with {@code {il}} replaced. */
    public String nameIn(String provinceName) {
        return nameTemplate.replace("{il}", provinceName);
    }
}
