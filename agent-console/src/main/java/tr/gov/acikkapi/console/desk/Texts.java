package tr.gov.acikkapi.console.desk;

import jakarta.faces.context.FacesContext;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Texts of the console's resource bundle in the current view's language, with arguments filled in. */
final class Texts {

    private Texts() {
    }

    static String format(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        String pattern = ResourceBundle.getBundle("tr.gov.acikkapi.console.i18n.messages",
                context.getViewRoot().getLocale()).getString(key);
        return MessageFormat.format(pattern, arguments);
    }
}
