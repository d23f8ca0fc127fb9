package tr.gov.acikkapi.console.desk;

import java.util.ArrayList;
import java.util.List;

/**
 * The refusals of one form before anything is sent to the case core: each empty required field and each text
 * longer than its limit gets its own message naming the field (from the bundle, in the view's language), so the
 * agent sees every field to fix at once instead of the case core's first complaint. Text is never cut: a text
 * over its limit is refused with the limit in the message and stays in the form as typed.
 */
final class FormRefusals {

    private final List<String> messages = new ArrayList<>();

    /** A required text field: refused when null or blank. */
    FormRefusals required(String labelKey, String value) {
        if (value == null || value.isBlank()) {
            messages.add(Texts.format("validation.required", Texts.format(labelKey)));
        }
        return this;
    }

    /** A required choice: refused when nothing was chosen. */
    FormRefusals chosen(String labelKey, Object value) {
        if (value == null) {
            messages.add(Texts.format("validation.required", Texts.format(labelKey)));
        }
        return this;
    }

    /** A text with a limit (the one its column, entity and API share): refused when longer, never cut. */
    FormRefusals atMost(String labelKey, String value, int maxLength) {
        int length = value == null ? 0 : value.strip().length();
        if (length > maxLength) {
            messages.add(Texts.format("validation.tooLong", Texts.format(labelKey), maxLength, length));
        }
        return this;
    }

    /** The messages, one per field at fault, in the order checked; empty when the form may be sent. */
    List<String> messages() {
        return List.copyOf(messages);
    }
}
