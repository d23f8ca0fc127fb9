-- One limit per free-text field, the same in the column as in the entity, the REST API, Open311 and the console:
-- an application's description, its outcome and the alternatives offered, and a note, at most 4,000 characters
-- each (Application.DESCRIPTION_LENGTH, StatusChangeRequest.OUTCOME_LENGTH, ApplicationNote.BODY_LENGTH).
-- Longer text is refused with a message where it is typed, never cut. Before this the API accepted descriptions
-- of up to 8,000 characters: if one is stored, this migration stops with "Data too long" and nothing is changed
-- (see database.md).
ALTER TABLE application
    MODIFY description          VARCHAR(4000) NOT NULL,
    MODIFY outcome_explanation  VARCHAR(4000) NULL,
    MODIFY alternatives_offered VARCHAR(4000) NULL;

ALTER TABLE application_note
    MODIFY body VARCHAR(4000) NOT NULL;
