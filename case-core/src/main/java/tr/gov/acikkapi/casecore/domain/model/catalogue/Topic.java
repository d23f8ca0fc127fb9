package tr.gov.acikkapi.casecore.domain.model.catalogue;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A topic heading of the catalogue (konu başlığı), e.g. "Sağlık" or "Tapu ve Kadastro". Reference
 * data from migration V2; topic {@code n} has id {@code n}.
 */
@Entity
@Cacheable
@Table(name = "topic")
public class Topic {

    @Id
    @Column(name = "id")
    private short id;

    @Column(name = "code", nullable = false, length = 10, unique = true)
    private String code;

    @Column(name = "name", nullable = false, length = 120, unique = true)
    private String name;

    @Column(name = "sort_order", nullable = false)
    private short sortOrder;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Topic() {
    }

    public Topic(int id, String code, String name) {
        this.id = (short) id;
        this.code = code;
        this.name = name;
        this.sortOrder = (short) id;
    }

    public int id() {
        return id;
    }

    /** Short stable code ("SAG", "TAP"), the prefix of its types' codes. */
    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public int sortOrder() {
        return sortOrder;
    }

    /** Whether new applications may still be registered under it. */
    public boolean active() {
        return active;
    }

    /** The optimistic-lock version, changed by every update. */
    public long version() {
        return version;
    }

    /** A new name (validated and checked for uniqueness by the caller); the code never changes. */
    public void rename(String newName) {
        this.name = newName;
    }

    /** No new application may be registered under the topic; existing ones keep it. */
    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
    }
}
