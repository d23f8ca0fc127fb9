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
        return escortKeys(needs).stream().map(key -> bundle.getString("escort." + key)).toList();
    }

    /**
     * The escort needs that apply, as the names of their {@code escort.*} texts, in the domain's fixed order: what the
     * desk's pop message carries, for the page to label in its own language.
     */
    public static List<String> escortKeys(EscortNeeds needs) {
        List<String> keys = new ArrayList<>(5);
        if (needs.martyrRelative()) {
            keys.add("martyrRelative");
        }
        if (needs.veteran()) {
            keys.add("veteran");
        }
        if (needs.disabled()) {
            keys.add("disabled");
        }
        if (needs.elderly()) {
            keys.add("elderly");
        }
        if (needs.sick()) {
            keys.add("sick");
        }
        return List.copyOf(keys);
    }

    private static Locale viewLocale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context == null || context.getViewRoot() == null ? LocaleSelection.TURKISH : context.getViewRoot().getLocale();
    }
}
