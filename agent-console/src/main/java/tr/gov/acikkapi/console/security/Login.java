package tr.gov.acikkapi.console.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jboss.logging.Logger;
import tr.gov.acikkapi.casecore.application.SignInThrottle;

import java.text.MessageFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The login form and logout: authenticates through Jakarta Security, renews the session on login
 * (against session fixation) and invalidates it on logout. An account or address the {@link SignInThrottle} holds back
 * is told how long to wait, before any password hash is computed.
 */
@Named("login")
@RequestScoped
public class Login {

    private static final Logger LOG = Logger.getLogger(Login.class);

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext facesContext;

    @Inject
    private SignInThrottle throttle;

    private String username;
    private String password;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    /** Signs the user in; on failure the form shows one message and the password is cleared. */
    public void submit() {
        ExternalContext external = facesContext.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        Optional<Duration> wait = throttle.refusal(username, request.getRemoteAddr());
        if (wait.isPresent()) {
            password = null;
            LOG.infof("Sign-in for user name %s from %s refused unchecked: throttled", username, request.getRemoteAddr());
            facesContext.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    MessageFormat.format(text("login.throttled"), wait.get().toSeconds()), null));
            return;
        }
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        AuthenticationStatus status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username, new Password(password)))
                        .newAuthentication(true));
        password = null;
        switch (status) {
            case SEND_CONTINUE -> facesContext.responseComplete();
            case SUCCESS -> {
                LOG.infof("User %s signed in", username);
                throttle.succeeded(username);
                redirectHome(external);
            }
            default -> {
                LOG.infof("Failed sign-in for user name %s", username);
                throttle.failed(username, request.getRemoteAddr());
                facesContext.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text("login.failed"), null));
            }
        }
    }

    private void redirectHome(ExternalContext external) {
        try {
            external.redirect(external.getRequestContextPath() + "/index.xhtml");
            facesContext.responseComplete();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Ends the session and returns to the login page. */
    public String logout() throws ServletException {
        HttpServletRequest request = (HttpServletRequest) facesContext.getExternalContext().getRequest();
        request.logout();
        facesContext.getExternalContext().invalidateSession();
        return "/login.xhtml?faces-redirect=true";
    }

    public String getDisplayName() {
        return securityContext.getCallerPrincipal() == null ? "" : securityContext.getCallerPrincipal().getName();
    }

    /** The signed-in user's roles in the user's language, e.g. "Temsilci, Süpervizör". */
    public String getRolesText() {
        List<String> names = new ArrayList<>();
        for (String role : List.of(Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN)) {
            if (securityContext.isCallerInRole(role)) {
                names.add(text("role." + role));
            }
        }
        return String.join(", ", names);
    }

    private String text(String key) {
        return ResourceBundle.getBundle("tr.gov.acikkapi.console.i18n.messages", facesContext.getViewRoot().getLocale())
                .getString(key);
    }
}
