package tr.gov.acikkapi.console.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Locale;

/** The user's language for this session: Turkish unless English is chosen. */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final Locale TURKISH = Locale.forLanguageTag("tr");

    private Locale locale = TURKISH;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    /** Switches to "tr" or "en"; anything else keeps Turkish. Stays on the same view. */
    public String select(String language) {
        locale = "en".equals(language) ? Locale.ENGLISH : TURKISH;
        return null;
    }
}
