package tr.gov.acikkapi.casecore.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A person who signs in to the console: an agent, a supervisor or an administrator. The password is
 * kept only as a PBKDF2 hash; {@code pbxInterface} is the queue member interface of the user's phone
 * (for example {@code Local/1001@agents} or {@code PJSIP/1001}), which ties PBX events to the user.
 */
@Entity
@Table(name = "app_user")
public class ConsoleUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "username", nullable = false, length = 60, unique = true)
    private String username;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", nullable = false, length = 20)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "pbx_interface", length = 120, unique = true)
    private String pbxInterface;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected ConsoleUser() {
    }

    public ConsoleUser(String username, String displayName, String passwordHash, Set<Role> roles,
                       String pbxInterface, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.pbxInterface = pbxInterface;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public Optional<String> pbxInterface() {
        return Optional.ofNullable(pbxInterface);
    }

    public boolean active() {
        return active;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The optimistic-lock version: changes with every update. */
    public long version() {
        return version;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** Changes the name shown in the console (validated by the caller). */
    public void rename(String displayName) {
        this.displayName = displayName;
    }

    /** Replaces the roles; the caller has checked that at least one is given. */
    public void changeRoles(Set<Role> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    /** Replaces the password by a new PBKDF2 hash (made by the console; the plain password never gets here). */
    public void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    /** Sets the user's phone, or removes it with {@code null}. */
    public void assignPbxInterface(PbxInterface pbxInterface) {
        this.pbxInterface = pbxInterface == null ? null : pbxInterface.value();
    }

    /** The user can no longer sign in (the identity store reads only active users). */
    public void deactivate() {
        active = false;
    }

    /** The user can sign in again. */
    public void activate() {
        active = true;
    }
}
