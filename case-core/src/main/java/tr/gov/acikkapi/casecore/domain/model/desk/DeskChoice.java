package tr.gov.acikkapi.casecore.domain.model.desk;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;
import tr.gov.acikkapi.casecore.domain.shared.FreeText;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One entry of a list agents choose from: a stable code (upper-case ASCII, written into call records and the PBX's
 * queue log, so it never changes once created), a Turkish label, an active flag (entries are deactivated, never
 * deleted, because old records name them) and a sort order.
 */
@MappedSuperclass
public abstract class DeskChoice {

    /** Longest label. */
    public static final int LABEL_LENGTH = 80;
    /** Highest sort order. */
    public static final int MAX_SORT_ORDER = 9999;

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Integer id;

    @Column(name = "code", nullable = false, updatable = false)
    private String code;

    @Column(name = "label", nullable = false, length = LABEL_LENGTH)
    private String label;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Column(name = "sort_order", nullable = false)
    private short sortOrder;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected DeskChoice() {
    }

    protected DeskChoice(String code, int maxCodeLength, String label, int sortOrder) {
        this.code = code(code, maxCodeLength);
        this.label = label(label);
        this.sortOrder = (short) sortOrder(sortOrder);
    }

    /**
     * A code as typed: trimmed and upper-cased (ASCII), then refused unless it is 2 to {@code maxLength} upper-case
     * letters A-Z, digits and '_', starting with a letter.
     */
    public static String code(String typed, int maxLength) {
        String code = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
        if (code.length() < 2 || code.length() > maxLength || !CODE.matcher(code).matches()) {
            throw new DomainException(DomainErrorCode.CHOICE_CODE_INVALID,
                    "Kod 2-" + maxLength + " karakter olmalı; büyük harfle (Türkçe karakter olmadan) başlamalı ve "
                            + "yalnızca büyük harf, rakam ve alt çizgi içermelidir (örnek: TEKNIK_SORUN).");
        }
        return code;
    }

    /** A label as typed: one line, trimmed, required, at most {@value #LABEL_LENGTH} characters. */
    public static String label(String typed) {
        return FreeText.requiredLine(typed, "Ad", LABEL_LENGTH);
    }

    /** A sort order between 0 and {@value #MAX_SORT_ORDER}. */
    public static int sortOrder(int value) {
        if (value < 0 || value > MAX_SORT_ORDER) {
            throw new DomainException(DomainErrorCode.SORT_ORDER_INVALID,
                    "Sıra 0 ile " + MAX_SORT_ORDER + " arasında bir sayı olmalıdır.");
        }
        return value;
    }

    public Integer id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public boolean active() {
        return active;
    }

    public int sortOrder() {
        return sortOrder;
    }

    /** The optimistic-lock version, changed by every update. */
    public long version() {
        return version;
    }

    /** A new label and sort order (the code stays). */
    public void change(String newLabel, int newSortOrder) {
        this.label = label(newLabel);
        this.sortOrder = (short) sortOrder(newSortOrder);
    }

    public void activate() {
        active = true;
    }

    /** Agents no longer see the entry; records that name it keep it. */
    public void deactivate() {
        active = false;
    }
}
