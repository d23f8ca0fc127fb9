package tr.gov.acikkapi.console.admin;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import tr.gov.acikkapi.casecore.application.admin.DeskChoiceAdministration;
import tr.gov.acikkapi.casecore.application.admin.DeskChoiceAdministration.DeskChoiceView;
import tr.gov.acikkapi.casecore.application.admin.DeskChoiceAdministration.DeskList;
import tr.gov.acikkapi.casecore.application.admin.QueueWrapUpAdministration;
import tr.gov.acikkapi.casecore.application.admin.QueueWrapUpAdministration.QueueWrapUpView;
import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The desk lists page: pause reasons and disposition codes, each with its entries (active or not), an entry's label,
 * sort order and activation to edit, and a form for a new entry. A code is given once and never changes; the agent
 * desk offers the active entries in sort order. Below them, the wrap-up settings per queue (longest wrap-up and the
 * disposition code written when it runs out), which name the disposition codes of the same page.
 */
@Named("adminDeskChoices")
@ViewScoped
public class DeskChoicesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DeskChoiceAdministration desk;

    @Inject
    transient QueueWrapUpAdministration wrapUpAdministration;

    @Inject
    transient AdminAccess access;

    private final ListEditor pauses = new ListEditor(DeskList.PAUSE_REASONS, "pause");
    private final ListEditor dispositions = new ListEditor(DeskList.DISPOSITION_CODES, "disposition");
    private final WrapUpEditor wrapUps = new WrapUpEditor();

    public void load() {
        if (access.granted()) {
            pauses.reload();
            dispositions.reload();
            wrapUps.reload();
        }
    }

    public WrapUpEditor getWrapUps() {
        return wrapUps;
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

    /** The wrap-up settings per queue: the rows, the row being edited and the new row's form. */
    public class WrapUpEditor implements Serializable {

        private static final long serialVersionUID = 1L;

        private List<QueueWrapUpView> rows;
        private QueueWrapUpView editing;
        private Integer maxSeconds;
        private String defaultDisposition;
        private String newQueue;
        private Integer newMaxSeconds;
        private String newDefaultDisposition;

        void reload() {
            rows = wrapUpAdministration.queues();
        }

        public void edit(String queue) {
            if (!access.granted()) {
                return;
            }
            rows.stream().filter(r -> r.queue().equals(queue)).findFirst().ifPresent(r -> {
                editing = r;
                maxSeconds = r.maxSeconds();
                defaultDisposition = r.defaultDisposition();
            });
        }

        public void cancel() {
            editing = null;
        }

        public void save() {
            if (access.granted() && editing != null) {
                change(() -> wrapUpAdministration.change(editing, maxSeconds == null ? -1 : maxSeconds, defaultDisposition),
                        "wrapUpEdit", "admin.wrapup.saved").ifPresent(saved -> edit(saved.queue()));
            }
        }

        public void remove() {
            if (access.granted() && editing != null) {
                QueueWrapUpView seen = editing;
                change(() -> {
                    wrapUpAdministration.remove(seen);
                    return seen;
                }, "wrapUpEdit", null).ifPresent(removed -> {
                    editing = null;
                    FieldMessages.done("admin.wrapup.removed", removed.queue());
                });
            }
        }

        public void add() {
            if (!access.granted()) {
                return;
            }
            change(() -> wrapUpAdministration.add(newQueue, newMaxSeconds == null ? -1 : newMaxSeconds, newDefaultDisposition),
                    "wrapUpAdd", "admin.wrapup.added").ifPresent(added -> {
                newQueue = null;
                newMaxSeconds = null;
                newDefaultDisposition = null;
                editing = null;
            });
        }

        private Optional<QueueWrapUpView> change(Supplier<QueueWrapUpView> change, String form, String doneKey) {
            try {
                QueueWrapUpView changed = change.get();
                reload();
                if (doneKey != null) {
                    FieldMessages.done(doneKey, changed.queue(), changed.maxSeconds(), changed.defaultDisposition());
                }
                return Optional.of(changed);
            } catch (DomainException e) {
                FieldMessages.error(wrapUpFieldOf(e.code(), form), e);
                if (e.code() == DomainErrorCode.CONCURRENT_MODIFICATION || e.code() == DomainErrorCode.WRAP_UP_QUEUE_NOT_FOUND) {
                    editing = null;
                    reload();
                }
            } catch (EJBAccessException e) {
                access.refuse();
            }
            return Optional.empty();
        }

        public List<QueueWrapUpView> getRows() { return rows; }
        public QueueWrapUpView getEditing() { return editing; }
        public Integer getMaxSeconds() { return maxSeconds; }
        public void setMaxSeconds(Integer v) { maxSeconds = v; }
        public String getDefaultDisposition() { return defaultDisposition; }
        public void setDefaultDisposition(String v) { defaultDisposition = v; }
        public String getNewQueue() { return newQueue; }
        public void setNewQueue(String v) { newQueue = v; }
        public Integer getNewMaxSeconds() { return newMaxSeconds; }
        public void setNewMaxSeconds(Integer v) { newMaxSeconds = v; }
        public String getNewDefaultDisposition() { return newDefaultDisposition; }
        public void setNewDefaultDisposition(String v) { newDefaultDisposition = v; }
    }

    static String wrapUpFieldOf(DomainErrorCode code, String form) {
        return switch (code) {
            case WRAP_UP_QUEUE_INVALID, WRAP_UP_QUEUE_TAKEN -> form + ":queue";
            case WRAP_UP_MAX_INVALID -> form + ":maxSeconds";
            case WRAP_UP_DISPOSITION_UNKNOWN -> form + ":defaultDisposition";
            default -> null;
        };
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
