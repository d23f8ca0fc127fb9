package tr.gov.acikkapi.casecore.application.admin.internal;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tr.gov.acikkapi.casecore.application.admin.UserAdministration.NewUser;
import tr.gov.acikkapi.casecore.application.admin.UserAdministration.UserChange;
import tr.gov.acikkapi.casecore.application.admin.UserAdministration.UserView;
import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;
import tr.gov.acikkapi.casecore.identity.Role;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UserAdministrationBeanTest {

    private static final String HASH = "PBKDF2WithHmacSHA256:210000:c2FsdHNhbHRzYWx0c2FsdA==:aGFzaGhhc2hoYXNoaGFzaA==";
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final AdminServices services = new AdminServices();

    @BeforeAll
    static void anAdministratorExists() {
        services.caller = "kurulum";
        if (services.users(b -> b.users()).stream().noneMatch(u -> u.userName().equals("yonetici"))) {
            services.users(b -> b.create(new NewUser("yonetici", "İbrahim Öztürk", HASH, EnumSet.allOf(Role.class), null)));
        }
        services.caller = "yonetici";
    }

    private static String newName() {
        return "kisi" + NEXT.incrementAndGet();
    }

    private static UserView agent(String name, String phone) {
        return services.users(b -> b.create(new NewUser(name, "Deneme Temsilci", HASH, EnumSet.of(Role.AGENT), phone)));
    }

    private static DomainErrorCode refusal(Runnable call) {
        return assertThrows(DomainException.class, call::run).code();
    }

    private static UserView find(String name) {
        return services.users(b -> b.users()).stream().filter(u -> u.userName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void createsAnAgentWithAPhoneAndAuditsIt() {
        String name = newName();
        UserView created = agent(name, " pjsip/7" + NEXT.get() + " ");
        assertEquals(name, created.userName());
        assertEquals(Optional.of("PJSIP/7" + NEXT.get()), created.pbxInterface());
        assertEquals(Set.of(Role.AGENT), created.roles());
        assertTrue(created.active());
        assertEquals(services.clock.instant(), created.createdAt());
        assertEquals(created, find(name));
        List<String> audit = services.lastAudit();
        assertEquals(List.of("yonetici", "USER_CREATED", "app_user", name), audit.subList(0, 4));
        assertTrue(audit.get(4).contains("PJSIP/7"), audit.get(4));
        assertFalse(audit.get(4).contains("PBKDF2"), "no hash in the audit trail");
    }

    @Test
    void aTakenUserNameOrPhoneIsRefusedAndNothingIsWritten() {
        String name = newName();
        agent(name, "Local/5" + NEXT.get() + "@agents");
        String phone = "Local/5" + NEXT.get() + "@agents";
        int before = services.users(b -> b.users()).size();
        assertEquals(DomainErrorCode.USER_NAME_TAKEN, refusal(() -> agent(name, null)));
        assertEquals(DomainErrorCode.PBX_INTERFACE_TAKEN, refusal(() -> agent(newName(), phone)));
        assertEquals(DomainErrorCode.PBX_INTERFACE_INVALID, refusal(() -> agent(newName(), "1001")));
        assertEquals(DomainErrorCode.USER_NAME_INVALID, refusal(() -> agent("Ayşe", null)));
        assertEquals(DomainErrorCode.ROLES_REQUIRED, refusal(() -> services.users(b -> b.create(
                new NewUser(newName(), "Rolsüz", HASH, Set.of(), null)))));
        assertEquals(DomainErrorCode.REQUIRED_VALUE_MISSING, refusal(() -> services.users(b -> b.create(
                new NewUser(newName(), " ", HASH, Set.of(Role.AGENT), null)))));
        assertThrows(IllegalArgumentException.class, () -> services.users(b -> b.create(
                new NewUser(newName(), "Düz parola", "AcikKapi.2026", Set.of(Role.AGENT), null))));
        assertEquals(before, services.users(b -> b.users()).size());
    }

    @Test
    void changesNameRolesAndPhoneAndTheVersionGuardsAgainstAStaleEdit() {
        String name = newName();
        UserView created = agent(name, "SIP/3" + NEXT.get());
        UserView changed = services.users(b -> b.change(created.id(), created.version(),
                new UserChange("Yeni Ad", EnumSet.of(Role.AGENT, Role.SUPERVISOR), "")));
        assertEquals("Yeni Ad", changed.displayName());
        assertEquals(Set.of(Role.AGENT, Role.SUPERVISOR), changed.roles());
        assertEquals(Optional.empty(), changed.pbxInterface());
        assertTrue(changed.version() > created.version());
        assertEquals("USER_CHANGED", services.lastAudit().get(1));
        assertTrue(services.lastAudit().get(4).contains("roller: AGENT → AGENT, SUPERVISOR"), services.lastAudit().get(4));

        assertEquals(DomainErrorCode.CONCURRENT_MODIFICATION, refusal(() -> services.users(b -> b.change(created.id(),
                created.version(), new UserChange("Eski görünüm", EnumSet.of(Role.AGENT), null)))));
        assertEquals("Yeni Ad", find(name).displayName());
    }

    @Test
    void resetsThePasswordAndDeactivatesAndActivates() {
        UserView created = agent(newName(), null);
        UserView reset = services.users(b -> b.resetPassword(created.id(), created.version(), HASH.replace("aGFz", "eHl6")));
        assertEquals("USER_PASSWORD_RESET", services.lastAudit().get(1));
        UserView off = services.users(b -> b.setActive(created.id(), reset.version(), false));
        assertFalse(off.active());
        assertEquals("USER_DEACTIVATED", services.lastAudit().get(1));
        UserView on = services.users(b -> b.setActive(created.id(), off.version(), true));
        assertTrue(on.active());
        assertEquals("USER_ACTIVATED", services.lastAudit().get(1));
    }

    @Test
    void anAdministratorCannotLockThemselvesOut() {
        UserView me = find("yonetici");
        assertEquals(DomainErrorCode.ADMIN_LOCKOUT_REFUSED, refusal(() -> services.users(b -> b.change(me.id(), me.version(),
                new UserChange(me.displayName(), EnumSet.of(Role.AGENT), null)))));
        assertEquals(DomainErrorCode.ADMIN_LOCKOUT_REFUSED, refusal(() -> services.users(b -> b.setActive(me.id(), me.version(), false))));
        assertTrue(find("yonetici").active());
        assertTrue(find("yonetici").roles().contains(Role.ADMIN));
    }

    @Test
    void anotherAdministratorMayBeDemotedButNotTheLastActiveOne() {
        String other = newName();
        UserView second = services.users(b -> b.create(new NewUser(other, "İkinci Yönetici", HASH, EnumSet.of(Role.ADMIN), null)));
        UserView demoted = services.users(b -> b.change(second.id(), second.version(),
                new UserChange("İkinci Yönetici", EnumSet.of(Role.SUPERVISOR), null)));
        assertEquals(Set.of(Role.SUPERVISOR), demoted.roles());

        // A caller without an account of its own (as after its account changed during its session) meets the last rule.
        services.caller = "baska.sistem";
        try {
            services.users(b -> b.users()).stream()
                    .filter(u -> u.active() && u.hasRole(Role.ADMIN) && !u.userName().equals("yonetici"))
                    .forEach(u -> services.users(b -> b.setActive(u.id(), u.version(), false)));
            UserView last = find("yonetici");
            assertEquals(DomainErrorCode.ADMIN_LOCKOUT_REFUSED,
                    refusal(() -> services.users(b -> b.setActive(last.id(), last.version(), false))));
            assertEquals(DomainErrorCode.ADMIN_LOCKOUT_REFUSED, refusal(() -> services.users(b -> b.change(last.id(),
                    last.version(), new UserChange(last.displayName(), EnumSet.of(Role.AGENT), null)))));
            assertTrue(find("yonetici").active());
        } finally {
            services.caller = "yonetici";
        }
    }
}
