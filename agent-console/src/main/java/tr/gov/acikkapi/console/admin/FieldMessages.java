package tr.gov.acikkapi.console.admin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;
import tr.gov.acikkapi.console.i18n.DomainTexts;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Puts the administration forms' messages next to their fields, in the user's language; a refusal by the case core
 * is worded by {@link DomainTexts}.
 */
final class FieldMessages {

    private static final String BUNDLE = "tr.gov.acikkapi.console.i18n.messages";

    private FieldMessages() {
    }

    /** An error next to the field with this client id ({@code create:userName}), or at the top when null. */
    static void error(String clientId, DomainException refusal) {
        add(clientId, FacesMessage.SEVERITY_ERROR, describe(refusal));
    }

    /** An error from the bundle next to the field with this client id. */
    static void errorText(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    /** A confirmation at the top of the page. */
    static void done(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    /** The refusal in the user's language. */
    static String describe(DomainException refusal) {
        return DomainTexts.describe(refusal);
    }

    /** A text of the bundle in the user's language, with its arguments. */
    static String text(String key, Object... arguments) {
        String pattern = bundle(locale()).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(arguments);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(clientId, new FacesMessage(severity, text, null));
        if (severity == FacesMessage.SEVERITY_ERROR) {
            context.validationFailed();
        }
    }

    private static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getViewRoot() == null ? Locale.forLanguageTag("tr") : context.getViewRoot().getLocale();
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale);
    }
}
