package tr.gov.acikkapi.console.admin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;

/**
 * Refuses a text longer than its field's limit, next to the field, with the limit and the length typed
 * ({@code validation.tooLong}, the desk's wording); the text stays in the form as typed, never cut. The administration
 * pages use it instead of a browser {@code maxlength}, which cuts a pasted text silently. The limit is the field's
 * {@code maxLength} attribute, taken from {@link AdminTextLimits} (the service's constant, which is the column's
 * length); the field's {@code label} names it in the message. Length is counted as the case core counts it: trimmed.
 */
@FacesValidator("acikkapi.textLimit")
public class TextLimit implements Validator<Object> {

    @Override
    public void validate(FacesContext context, UIComponent component, Object value) {
        int limit = Integer.parseInt(String.valueOf(component.getAttributes().get("maxLength")));
        int length = value == null ? 0 : value.toString().strip().length();
        if (length > limit) {
            Object label = component.getAttributes().get("label");
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    FieldMessages.text("validation.tooLong", label == null ? "" : label, limit, length), null));
        }
    }
}
