package tr.gov.acikkapi.console.i18n;

import jakarta.faces.context.FacesContext;
import tr.gov.acikkapi.casecore.domain.model.citizen.EscortNeeds;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The case core's words in the user's language. A refusal ({@link DomainException}) carries a Turkish message meant
 * for the user, often naming the field or the number typed: in Turkish it is shown as it is; in another language the
 * bundle's {@code domain.<CODE>} text stands for it (every code has one, in both languages: DomainMessagesTest).
 * The escort needs, which the domain names in Turkish, are labelled from the bundle's {@code escort.*} keys.
 */
public final class DomainTexts {

    private static final String BUNDLE = "tr.gov.acikkapi.console.i18n.messages";

    private DomainTexts() {
    }

    /** The refusal in the current view's language. */
    public static String describe(DomainException refusal) {
        return describe(refusal, viewLocale());
    }

    /** The refusal in {@code locale}'s language. */
    public static String describe(DomainException refusal, Locale locale) {
        if ("tr".equals(locale.getLanguage())) {
            return refusal.getMessage();
        }
        try {
            return ResourceBundle.getBundle(BUNDLE, locale).getString("domain." + refusal.code().name());
        } catch (MissingResourceException e) {
            return refusal.getMessage();
        }
    }

    /** Badges for the escort needs that apply, in the domain's fixed order, in the current view's language. */
    public static List<String> escortLabels(EscortNeeds needs) {
        return escortLabels(needs, viewLocale());
    }

    /** Badges for the escort needs that apply, in {@code locale}'s language. */
    public static List<String> escortLabels(EscortNeeds needs, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        List<String> labels = new ArrayList<>(5);
        if (needs.martyrRelative()) {
            labels.add(bundle.getString("escort.martyrRelative"));
        }
        if (needs.veteran()) {
            labels.add(bundle.getString("escort.veteran"));
        }
        if (needs.disabled()) {
            labels.add(bundle.getString("escort.disabled"));
        }
        if (needs.elderly()) {
            labels.add(bundle.getString("escort.elderly"));
        }
        if (needs.sick()) {
            labels.add(bundle.getString("escort.sick"));
        }
        return List.copyOf(labels);
    }

    private static Locale viewLocale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context == null || context.getViewRoot() == null ? LocaleSelection.TURKISH : context.getViewRoot().getLocale();
    }
}
