package tr.gov.acikkapi.console.admin;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import tr.gov.acikkapi.casecore.application.admin.DeskChoiceAdministration;
import tr.gov.acikkapi.casecore.application.admin.DeskChoiceAdministration.DeskChoiceView;
import tr.gov.acikkapi.casecore.application.admin.DeskChoiceAdministration.DeskList;
import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;

import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;

/**
 * The desk lists page: pause reasons and disposition codes, each with its entries (active or not), an entry's label,
 * sort order and activation to edit, and a form for a new entry. A code is given once and never changes; the agent
 * desk offers the active entries in sort order.
 */
@Named("adminDeskChoices")
@ViewScoped
public class DeskChoicesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DeskChoiceAdministration desk;

    @Inject
    transient AdminAccess access;

    private final ListEditor pauses = new ListEditor(DeskList.PAUSE_REASONS, "pause");
    private final ListEditor dispositions = new ListEditor(DeskList.DISPOSITION_CODES, "disposition");

    public void load() {
        if (access.granted()) {
            pauses.reload();
            dispositions.reload();
        }
    }

    public ListEditor getPauses() {
        return pauses;
    }

    public ListEditor getDispositions() {
        return dispositions;
    }

    /** One list on the page: its entries, the entry being edited and the new entry's form. */
    public class ListEditor implements Serializable {

        private static final long serialVersionUID = 1L;

        private final DeskList list;
        /** The prefix of this list's form ids: {@code pauseEdit}, {@code pauseAdd} … */
        private final String prefix;
        private List<DeskChoiceView> entries;
        private DeskChoiceView editing;
        private String label;
        private Integer sortOrder;
        private String newCode;
        private String newLabel;
        private Integer newSortOrder;

        ListEditor(DeskList list, String prefix) {
            this.list = list;
            this.prefix = prefix;
        }

        void reload() {
            entries = desk.entries(list);
        }

        public void edit(int id) {
            if (!access.granted()) {
                return;
            }
            entries.stream().filter(e -> e.id() == id).findFirst().ifPresent(e -> {
                editing = e;
                label = e.label();
                sortOrder = e.sortOrder();
            });
        }

        public void cancel() {
            editing = null;
        }

        public void save() {
            if (access.granted() && editing != null) {
                change(() -> desk.change(list, editing.id(), editing.version(), label, sortOrder == null ? -1 : sortOrder),
                        prefix + "Edit", "admin.desk.saved");
            }
        }

        public void toggle() {
            if (access.granted() && editing != null) {
                change(() -> desk.setActive(list, editing.id(), editing.version(), !editing.active()), prefix + "Edit",
                        "admin.desk.saved");
            }
        }

        public void add() {
            if (!access.granted()) {
                return;
            }
            boolean added = change(() -> desk.add(list, newCode, newLabel, newSortOrder == null ? -1 : newSortOrder),
                    prefix + "Add", "admin.desk.added");
            if (added) {
                newCode = null;
                newLabel = null;
                newSortOrder = null;
                editing = null;
            }
        }

        private boolean change(Supplier<DeskChoiceView> change, String form, String doneKey) {
            try {
                DeskChoiceView changed = change.get();
                reload();
                if (editing != null) {
                    edit(changed.id());
                }
                FieldMessages.done(doneKey, changed.code(), changed.label());
                return true;
            } catch (DomainException e) {
                FieldMessages.error(fieldOf(e.code(), form), e);
                if (e.code() == DomainErrorCode.CONCURRENT_MODIFICATION || e.code() == DomainErrorCode.CHOICE_NOT_FOUND) {
                    editing = null;
                    reload();
                }
            } catch (EJBAccessException e) {
                access.refuse();
            }
            return false;
        }

        public List<DeskChoiceView> getEntries() { return entries; }
        public DeskChoiceView getEditing() { return editing; }
        public String getLabel() { return label; }
        public void setLabel(String v) { label = v; }
        public Integer getSortOrder() { return sortOrder; }
        public void setSortOrder(Integer v) { sortOrder = v; }
        public String getNewCode() { return newCode; }
        public void setNewCode(String v) { newCode = v; }
        public String getNewLabel() { return newLabel; }
        public void setNewLabel(String v) { newLabel = v; }
        public Integer getNewSortOrder() { return newSortOrder; }
        public void setNewSortOrder(Integer v) { newSortOrder = v; }
    }

    static String fieldOf(DomainErrorCode code, String form) {
        return switch (code) {
            case CHOICE_CODE_INVALID, CHOICE_CODE_TAKEN -> form + ":code";
            case CHOICE_LABEL_TAKEN, REQUIRED_VALUE_MISSING, INVALID_TEXT -> form + ":label";
            case SORT_ORDER_INVALID -> form + ":sortOrder";
            default -> null;
        };
    }
}
