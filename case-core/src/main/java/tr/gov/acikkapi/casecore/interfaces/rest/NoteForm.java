package tr.gov.acikkapi.casecore.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import tr.gov.acikkapi.casecore.domain.model.application.ApplicationNote;
import tr.gov.acikkapi.casecore.domain.shared.FreeText;

/** A note to add to an application's timeline. */
@Schema(description = "Not")
public record NoteForm(@Schema(description = "Notun metni, en fazla " + ApplicationNote.BODY_LENGTH + " karakter", required = true) String text) {

    /** The text, checked. */
    public String checkedText() {
        return FieldValidation.check("text", () -> FreeText.required(text, "Not", ApplicationNote.BODY_LENGTH));
    }
}
