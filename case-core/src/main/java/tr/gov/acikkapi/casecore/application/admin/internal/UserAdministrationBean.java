package tr.gov.acikkapi.casecore.application.admin.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import tr.gov.acikkapi.casecore.application.admin.UserAdministration;
import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;
import tr.gov.acikkapi.casecore.domain.shared.FreeText;
import tr.gov.acikkapi.casecore.identity.ConsoleUser;
import tr.gov.acikkapi.casecore.identity.PbxInterface;
import tr.gov.acikkapi.casecore.identity.Role;
import tr.gov.acikkapi.casecore.identity.UserName;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** {@link UserAdministration} over the {@code app_user} tables; only administrators may call it. */
@Stateless
@RolesAllowed("ADMIN")
public class UserAdministrationBean extends AdministrationBean implements UserAdministration {

    static final String SUBJECT = "app_user";
    /** The prefix of every hash Jakarta Security's Pbkdf2PasswordHash makes: never store anything else. */
    private static final String HASH_PREFIX = "PBKDF2WithHmac";

    @Inject
    Clock clock;

    public UserAdministrationBean() {
    }

    UserAdministrationBean(EntityManager em, ChangeLog changeLog, Supplier<String> caller, Clock clock) {
        super(em, changeLog, caller);
        this.clock = clock;
    }

    @Override
    public List<UserView> users() {
        return em.createQuery("select u from ConsoleUser u order by u.username", ConsoleUser.class)
                .getResultStream().map(UserAdministrationBean::view).toList();
    }

    @Override
    public UserView create(NewUser user) {
        UserName name = UserName.of(user.userName());
        String displayName = displayName(user.displayName());
        Set<Role> roles = roles(user.roles());
        Optional<PbxInterface> phone = phone(user.pbxInterface());
        requireHash(user.passwordHash());
        if (!em.createQuery("select u.id from ConsoleUser u where u.username = :name", Long.class)
                .setParameter("name", name.value()).getResultList().isEmpty()) {
            throw userNameTaken();
        }
        phone.ifPresent(p -> requirePhoneFree(p, null));
        ConsoleUser created = new ConsoleUser(name.value(), displayName, user.passwordHash(), roles,
                phone.map(PbxInterface::value).orElse(null), clock.instant());
        em.persist(created);
        flush(uniqueKeys());
        audit("USER_CREATED", SUBJECT, created.username(), "ad: " + displayName + "; roller: " + rolesText(roles)
                + "; santral: " + phone.map(PbxInterface::value).orElse("-"));
        return view(created);
    }

    @Override
    public UserView change(long userId, long expectedVersion, UserChange change) {
        ConsoleUser user = require(userId);
        expectVersion(user.version(), expectedVersion);
        String displayName = displayName(change.displayName());
        Set<Role> roles = roles(change.roles());
        Optional<PbxInterface> phone = phone(change.pbxInterface());
        if (user.hasRole(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            refuseLosingAdmin(user, "kendi yönetici rolünüzü kaldıramazsınız");
        }
        phone.ifPresent(p -> requirePhoneFree(p, user.id()));
        String detail = Stream.of(
                        difference("ad", user.displayName(), displayName),
                        difference("roller", rolesText(user.roles()), rolesText(roles)),
                        difference("santral", user.pbxInterface().orElse(null), phone.map(PbxInterface::value).orElse(null)))
                .flatMap(Optional::stream).collect(Collectors.joining("; "));
        user.rename(displayName);
        user.changeRoles(roles);
        user.assignPbxInterface(phone.orElse(null));
        flush(uniqueKeys());
        if (!detail.isEmpty()) {
            audit("USER_CHANGED", SUBJECT, user.username(), detail);
        }
        return view(user);
    }

    @Override
    public UserView resetPassword(long userId, long expectedVersion, String passwordHash) {
        ConsoleUser user = require(userId);
        expectVersion(user.version(), expectedVersion);
        requireHash(passwordHash);
        user.changePasswordHash(passwordHash);
        flush(uniqueKeys());
        audit("USER_PASSWORD_RESET", SUBJECT, user.username(), "parola yönetici tarafından yenilendi");
        return view(user);
    }

    @Override
    public UserView setActive(long userId, long expectedVersion, boolean active) {
        ConsoleUser user = require(userId);
        expectVersion(user.version(), expectedVersion);
        if (user.active() == active) {
            return view(user);
        }
        if (active) {
            user.activate();
        } else {
            refuseLosingAdmin(user, "kendi hesabınızı devre dışı bırakamazsınız");
            user.deactivate();
        }
        flush(uniqueKeys());
        audit(active ? "USER_ACTIVATED" : "USER_DEACTIVATED", SUBJECT, user.username(), null);
        return view(user);
    }

    /**
     * An account is about to lose the ADMIN role or be deactivated: refused for the caller themselves, and for the last
     * active administrator (the console must keep one).
     */
    private void refuseLosingAdmin(ConsoleUser user, String selfReason) {
        if (user.username().equals(caller())) {
            throw new DomainException(DomainErrorCode.ADMIN_LOCKOUT_REFUSED,
                    "Bu işlem yapılamaz: " + selfReason + ". Gerekirse başka bir yönetici yapabilir.");
        }
        if (user.active() && user.hasRole(Role.ADMIN)) {
            long otherAdmins = em.createQuery("select count(u) from ConsoleUser u join u.roles r "
                            + "where r = :admin and u.active = true and u.id <> :id", Long.class)
                    .setParameter("admin", Role.ADMIN)
                    .setParameter("id", user.id())
                    .getSingleResult();
            if (otherAdmins == 0) {
                throw new DomainException(DomainErrorCode.ADMIN_LOCKOUT_REFUSED,
                        "Bu işlem yapılamaz: etkin başka yönetici kalmaz.");
            }
        }
    }

    private ConsoleUser require(long userId) {
        ConsoleUser user = em.find(ConsoleUser.class, userId);
        if (user == null) {
            throw new DomainException(DomainErrorCode.USER_NOT_FOUND, "Kullanıcı bulunamadı.");
        }
        return user;
    }

    private void requirePhoneFree(PbxInterface phone, Long exceptUserId) {
        em.createQuery("select u from ConsoleUser u where u.pbxInterface = :phone", ConsoleUser.class)
                .setParameter("phone", phone.value())
                .getResultStream()
                .filter(holder -> !holder.id().equals(exceptUserId))
                .findFirst()
                .ifPresent(holder -> {
                    throw phoneTaken(holder.username());
                });
    }

    private static String displayName(String typed) {
        return FreeText.requiredLine(typed, "Ad soyad", DISPLAY_NAME_LENGTH);
    }

    private static Set<Role> roles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new DomainException(DomainErrorCode.ROLES_REQUIRED, "En az bir rol seçilmelidir.");
        }
        return EnumSet.copyOf(roles);
    }

    private static Optional<PbxInterface> phone(String typed) {
        return typed == null || typed.isBlank() ? Optional.empty() : Optional.of(PbxInterface.of(typed));
    }

    private static void requireHash(String passwordHash) {
        if (passwordHash == null || !passwordHash.startsWith(HASH_PREFIX)) {
            throw new IllegalArgumentException("A password must arrive as a PBKDF2 hash made by Pbkdf2PasswordHash");
        }
    }

    private static Map<String, Supplier<DomainException>> uniqueKeys() {
        return Map.of("uq_app_user_username", UserAdministrationBean::userNameTaken,
                "uq_app_user_pbx_interface", () -> phoneTaken(null));
    }

    private static DomainException userNameTaken() {
        return new DomainException(DomainErrorCode.USER_NAME_TAKEN, "Bu kullanıcı adı başka bir hesapta kullanılıyor.");
    }

    private static DomainException phoneTaken(String holder) {
        return new DomainException(DomainErrorCode.PBX_INTERFACE_TAKEN, holder == null
                ? "Bu santral arabirimi başka bir kullanıcıya atanmış."
                : "Bu santral arabirimi başka bir kullanıcıya atanmış (" + holder + ").");
    }

    private static String rolesText(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(", "));
    }

    static UserView view(ConsoleUser user) {
        return new UserView(user.id(), user.username(), user.displayName(), user.roles(), user.pbxInterface(),
                user.active(), user.createdAt(), user.version());
    }
}
