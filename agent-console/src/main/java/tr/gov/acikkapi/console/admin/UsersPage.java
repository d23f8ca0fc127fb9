package tr.gov.acikkapi.console.admin;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import tr.gov.acikkapi.casecore.application.admin.UserAdministration;
import tr.gov.acikkapi.casecore.application.admin.UserAdministration.NewUser;
import tr.gov.acikkapi.casecore.application.admin.UserAdministration.UserChange;
import tr.gov.acikkapi.casecore.application.admin.UserAdministration.UserView;
import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;
import tr.gov.acikkapi.casecore.domain.shared.FreeText;
import tr.gov.acikkapi.casecore.identity.PasswordPolicy;
import tr.gov.acikkapi.casecore.identity.PbxInterface;
import tr.gov.acikkapi.casecore.identity.Role;
import tr.gov.acikkapi.casecore.identity.UserName;
import tr.gov.acikkapi.console.security.PasswordHashing;
import tr.gov.acikkapi.cti.runtime.ConsoleUserDirectory;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The users page: every console account with its roles and phone; a form to create one (with its initial password);
 * editing name, roles and phone; resetting the password; deactivating and activating. Every field is checked on the
 * server and a refusal appears next to its field. After a change of phone or activation the CTI connector's agent
 * directory is reloaded at once, so calls reach the right desk without waiting for its 30 s refresh.
 */
@Named("adminUsers")
@ViewScoped
public class UsersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient UserAdministration users;

    @Inject
    transient PasswordHashing hashing;

    @Inject
    transient ConsoleUserDirectory agentDirectory;

    @Inject
    transient AdminAccess access;

    private List<UserView> list;
    private final AccountForm create = new AccountForm();
    private final AccountForm edit = new AccountForm();
    private UserView editing;

    /** Loads the list on opening the page. */
    public void load() {
        if (access.granted()) {
            list = users.users();
        }
    }

    public List<UserView> getList() {
        return list;
    }

    public Role[] getRoles() {
        return Role.values();
    }

    /** "Temsilci, Süpervizör" in the user's language. */
    public String rolesText(UserView user) {
        return user.roles().stream().sorted().map(r -> FieldMessages.text("role." + r.name())).collect(Collectors.joining(", "));
    }

    public void create() {
        if (!access.granted()) {
            return;
        }
        List<String> failed = new ArrayList<>();
        check(failed, "create:userName", () -> UserName.of(create.userName));
        check(failed, "create:displayName", () -> FreeText.requiredLine(create.displayName, "Ad soyad", 120));
        check(failed, "create:roles", () -> requireRoles(create.roles));
        check(failed, "create:pbxInterface", () -> optionalPhone(create.pbxInterface));
        check(failed, "create:password", () -> PasswordPolicy.check(chars(create.password), create.userName));
        if (!failed.isEmpty()) {
            return;
        }
        try {
            UserView created = users.create(new NewUser(create.userName, create.displayName,
                    hashing.hash(create.password.toCharArray()), roles(create.roles), create.pbxInterface));
            agentDirectory.reload();
            FieldMessages.done("admin.users.created", created.userName());
            create.clear();
            list = users.users();
        } catch (DomainException e) {
            FieldMessages.error(fieldOf(e.code(), "create"), e);
        } catch (EJBAccessException e) {
            access.refuse();
        } finally {
            create.password = null;
        }
    }

    /** Opens the account for editing. */
    public void edit(long userId) {
        if (!access.granted()) {
            return;
        }
        list.stream().filter(u -> u.id() == userId).findFirst().ifPresent(u -> {
            editing = u;
            edit.userName = u.userName();
            edit.displayName = u.displayName();
            edit.roles = u.roles().stream().map(Role::name).collect(Collectors.toCollection(ArrayList::new));
            edit.pbxInterface = u.pbxInterface().orElse(null);
            edit.password = null;
        });
    }

    public void cancel() {
        editing = null;
    }

    public void save() {
        if (!access.granted() || editing == null) {
            return;
        }
        List<String> failed = new ArrayList<>();
        check(failed, "edit:displayName", () -> FreeText.requiredLine(edit.displayName, "Ad soyad", 120));
        check(failed, "edit:roles", () -> requireRoles(edit.roles));
        check(failed, "edit:pbxInterface", () -> optionalPhone(edit.pbxInterface));
        if (!failed.isEmpty()) {
            return;
        }
        run("edit", () -> users.change(editing.id(), editing.version(),
                new UserChange(edit.displayName, roles(edit.roles), edit.pbxInterface)), "admin.users.saved");
    }

    public void resetPassword() {
        if (!access.granted() || editing == null) {
            return;
        }
        try {
            PasswordPolicy.check(chars(edit.password), editing.userName());
        } catch (DomainException e) {
            FieldMessages.error("edit:newPassword", e);
            edit.password = null;
            return;
        }
        String hash = hashing.hash(edit.password.toCharArray());
        edit.password = null;
        run("edit", () -> users.resetPassword(editing.id(), editing.version(), hash), "admin.users.passwordReset");
    }

    public void deactivate() {
        if (access.granted() && editing != null) {
            run("edit", () -> users.setActive(editing.id(), editing.version(), false), "admin.users.deactivated");
        }
    }

    public void activate() {
        if (access.granted() && editing != null) {
            run("edit", () -> users.setActive(editing.id(), editing.version(), true), "admin.users.activated");
        }
    }

    /** Runs a change of the account being edited; on success the list, the form and the agent directory are fresh. */
    private void run(String form, Supplier<UserView> change, String doneKey) {
        try {
            UserView changed = change.get();
            agentDirectory.reload();
            list = users.users();
            editing = changed;
            edit(changed.id());
            FieldMessages.done(doneKey, changed.userName());
        } catch (DomainException e) {
            FieldMessages.error(fieldOf(e.code(), form), e);
            if (e.code() == DomainErrorCode.CONCURRENT_MODIFICATION || e.code() == DomainErrorCode.USER_NOT_FOUND) {
                list = users.users();
                editing = null;
            }
        } catch (EJBAccessException e) {
            access.refuse();
        }
    }

    /** The field a refusal is about, in the form given; null (top of the page) when it is about the whole account. */
    static String fieldOf(DomainErrorCode code, String form) {
        String field = FIELDS.get(code);
        return field == null ? null : form + ":" + ("password".equals(field) && "edit".equals(form) ? "newPassword" : field);
    }

    private static final Map<DomainErrorCode, String> FIELDS = Map.of(
            DomainErrorCode.USER_NAME_INVALID, "userName",
            DomainErrorCode.USER_NAME_TAKEN, "userName",
            DomainErrorCode.REQUIRED_VALUE_MISSING, "displayName",
            DomainErrorCode.INVALID_TEXT, "displayName",
            DomainErrorCode.ROLES_REQUIRED, "roles",
            DomainErrorCode.ADMIN_LOCKOUT_REFUSED, "roles",
            DomainErrorCode.PBX_INTERFACE_INVALID, "pbxInterface",
            DomainErrorCode.PBX_INTERFACE_TAKEN, "pbxInterface",
            DomainErrorCode.PASSWORD_TOO_WEAK, "password");

    private static void check(List<String> failed, String clientId, Runnable rule) {
        try {
            rule.run();
        } catch (DomainException e) {
            FieldMessages.error(clientId, e);
            failed.add(clientId);
        }
    }

    private static void requireRoles(List<String> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new DomainException(DomainErrorCode.ROLES_REQUIRED, "En az bir rol seçilmelidir.");
        }
    }

    private static void optionalPhone(String typed) {
        if (typed != null && !typed.isBlank()) {
            PbxInterface.of(typed);
        }
    }

    private static char[] chars(String password) {
        return password == null ? null : password.toCharArray();
    }

    private static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names != null) {
            names.forEach(n -> roles.add(Role.valueOf(n)));
        }
        return roles;
    }

    public AccountForm getCreate() {
        return create;
    }

    public AccountForm getEdit() {
        return edit;
    }

    public UserView getEditing() {
        return editing;
    }

    /** What the administrator types for an account. */
    public static class AccountForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private String userName;
        private String displayName;
        private String password;
        private List<String> roles = new ArrayList<>(List.of(Role.AGENT.name()));
        private String pbxInterface;

        void clear() {
            userName = null;
            displayName = null;
            password = null;
            roles = new ArrayList<>(List.of(Role.AGENT.name()));
            pbxInterface = null;
        }

        public String getUserName() { return userName; }
        public void setUserName(String v) { userName = v; }
        public String getDisplayName() { return displayName; }
        public void setDisplayName(String v) { displayName = v; }
        public String getPassword() { return password; }
        public void setPassword(String v) { password = v; }
        public List<String> getRoles() { return roles; }
        public void setRoles(List<String> v) { roles = v; }
        public String getPbxInterface() { return pbxInterface; }
        public void setPbxInterface(String v) { pbxInterface = v; }
    }
}
