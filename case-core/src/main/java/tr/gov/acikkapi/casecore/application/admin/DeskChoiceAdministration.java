package tr.gov.acikkapi.casecore.application.admin;

import java.util.List;

/**
 * The desk's lists as an administrator keeps them: pause reasons and disposition codes. An entry's code is set once;
 * its label and sort order change; it is deactivated, never deleted (call records and the PBX's log name it).
 * The agent desk reads the active entries through {@link tr.gov.acikkapi.casecore.application.ConsoleReference}.
 */
public interface DeskChoiceAdministration {

    /** Every entry of the list, active or not, in sort order. */
    List<DeskChoiceView> entries(DeskList list);

    DeskChoiceView add(DeskList list, String code, String label, int sortOrder);

    DeskChoiceView change(DeskList list, int id, long expectedVersion, String label, int sortOrder);

    DeskChoiceView setActive(DeskList list, int id, long expectedVersion, boolean active);

    /** Which list. */
    enum DeskList {
        PAUSE_REASONS,
        DISPOSITION_CODES
    }

    record DeskChoiceView(int id, String code, String label, boolean active, int sortOrder, long version) {
    }
}
