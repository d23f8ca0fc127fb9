package tr.gov.acikkapi.casecore.application.admin.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import tr.gov.acikkapi.casecore.application.admin.DeskChoiceAdministration;
import tr.gov.acikkapi.casecore.domain.model.desk.DeskChoice;
import tr.gov.acikkapi.casecore.domain.model.desk.DispositionCode;
import tr.gov.acikkapi.casecore.domain.model.desk.PauseReason;
import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** {@link DeskChoiceAdministration} over the tables of migration V7; only administrators may call it. */
@Stateless
@RolesAllowed("ADMIN")
public class DeskChoiceAdministrationBean extends AdministrationBean implements DeskChoiceAdministration {

    public DeskChoiceAdministrationBean() {
    }

    DeskChoiceAdministrationBean(EntityManager em, ChangeLog changeLog, Supplier<String> caller) {
        super(em, changeLog, caller);
    }

    @Override
    public List<DeskChoiceView> entries(DeskList list) {
        return em.createQuery("select c from " + entity(list).getSimpleName() + " c order by c.sortOrder, c.label, c.code",
                        entity(list))
                .getResultStream().map(DeskChoiceAdministrationBean::view).toList();
    }

    @Override
    public DeskChoiceView add(DeskList list, String code, String label, int sortOrder) {
        DeskChoice entry = list == DeskList.PAUSE_REASONS
                ? new PauseReason(code, label, sortOrder)
                : new DispositionCode(code, label, sortOrder);
        if (!em.createQuery("select c.id from " + entity(list).getSimpleName() + " c where c.code = :code", Integer.class)
                .setParameter("code", entry.code()).getResultList().isEmpty()) {
            throw codeTaken();
        }
        requireLabelFree(list, entry.label(), null);
        em.persist(entry);
        flush(uniqueKeys(list));
        audit(action(list, "ADDED"), subject(list), entry.code(), entry.label() + " (sıra " + entry.sortOrder() + ")");
        return view(entry);
    }

    @Override
    public DeskChoiceView change(DeskList list, int id, long expectedVersion, String label, int sortOrder) {
        DeskChoice entry = require(list, id);
        expectVersion(entry.version(), expectedVersion);
        String oldLabel = entry.label();
        int oldSortOrder = entry.sortOrder();
        requireLabelFree(list, DeskChoice.label(label), entry.id());
        entry.change(label, sortOrder);
        flush(uniqueKeys(list));
        String detail = Stream.of(difference("ad", oldLabel, entry.label()), difference("sıra", oldSortOrder, entry.sortOrder()))
                .flatMap(Optional::stream).collect(Collectors.joining("; "));
        if (!detail.isEmpty()) {
            audit(action(list, "CHANGED"), subject(list), entry.code(), detail);
        }
        return view(entry);
    }

    @Override
    public DeskChoiceView setActive(DeskList list, int id, long expectedVersion, boolean active) {
        DeskChoice entry = require(list, id);
        expectVersion(entry.version(), expectedVersion);
        if (entry.active() != active) {
            if (active) {
                entry.activate();
            } else {
                entry.deactivate();
            }
            flush(uniqueKeys(list));
            audit(action(list, active ? "ACTIVATED" : "DEACTIVATED"), subject(list), entry.code(), entry.label());
        }
        return view(entry);
    }

    private DeskChoice require(DeskList list, int id) {
        DeskChoice entry = em.find(entity(list), id);
        if (entry == null) {
            throw new DomainException(DomainErrorCode.CHOICE_NOT_FOUND, "Kayıt bulunamadı. Listeyi yenileyin.");
        }
        return entry;
    }

    /** Labels are unique in the Turkish collation: "mola" and "MOLA" are the same label. */
    private void requireLabelFree(DeskList list, String label, Integer exceptId) {
        boolean taken = em.createQuery("select c.id from " + entity(list).getSimpleName() + " c where c.label = :label",
                        Integer.class)
                .setParameter("label", label)
                .getResultStream()
                .anyMatch(id -> !id.equals(exceptId));
        if (taken) {
            throw labelTaken();
        }
    }

    private static Class<? extends DeskChoice> entity(DeskList list) {
        return list == DeskList.PAUSE_REASONS ? PauseReason.class : DispositionCode.class;
    }

    private static String subject(DeskList list) {
        return list == DeskList.PAUSE_REASONS ? "pause_reason" : "disposition_code";
    }

    private static String action(DeskList list, String verb) {
        return (list == DeskList.PAUSE_REASONS ? "PAUSE_REASON_" : "DISPOSITION_CODE_") + verb;
    }

    private static Map<String, Supplier<DomainException>> uniqueKeys(DeskList list) {
        String table = subject(list);
        return Map.of("uq_" + table + "_code", DeskChoiceAdministrationBean::codeTaken,
                "uq_" + table + "_label", DeskChoiceAdministrationBean::labelTaken);
    }

    private static DomainException codeTaken() {
        return new DomainException(DomainErrorCode.CHOICE_CODE_TAKEN, "Bu kod bu listede zaten var.");
    }

    private static DomainException labelTaken() {
        return new DomainException(DomainErrorCode.CHOICE_LABEL_TAKEN,
                "Bu ad bu listede zaten var (büyük-küçük harf farkı gözetilmez).");
    }

    private static DeskChoiceView view(DeskChoice entry) {
        return new DeskChoiceView(entry.id(), entry.code(), entry.label(), entry.active(), entry.sortOrder(), entry.version());
    }
}
