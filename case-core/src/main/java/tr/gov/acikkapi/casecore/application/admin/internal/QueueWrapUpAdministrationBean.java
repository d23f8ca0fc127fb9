package tr.gov.acikkapi.casecore.application.admin.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import tr.gov.acikkapi.casecore.application.admin.QueueWrapUpAdministration;
import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@link QueueWrapUpAdministration} over the table of migration V12, in SQL (the table has no entity: the CTI connector
 * reads it in SQL too); only administrators may call it. Every value is checked here before any SQL, with the same
 * rules the table's check and foreign key enforce.
 */
@Stateless
@RolesAllowed("ADMIN")
public class QueueWrapUpAdministrationBean extends AdministrationBean implements QueueWrapUpAdministration {

    /** An Asterisk queue name as queues.conf allows it in practice: letters, digits, '_', '-', '.'. */
    private static final Pattern QUEUE = Pattern.compile("[A-Za-z0-9_.-]+");

    public QueueWrapUpAdministrationBean() {
    }

    QueueWrapUpAdministrationBean(EntityManager em, ChangeLog changeLog, Supplier<String> caller) {
        super(em, changeLog, caller);
    }

    @Override
    public List<QueueWrapUpView> queues() {
        return rows("SELECT queue_name, max_seconds, default_disposition FROM queue_wrap_up ORDER BY queue_name", null);
    }

    @Override
    public QueueWrapUpView add(String queue, int maxSeconds, String defaultDisposition) {
        QueueWrapUpView row = checked(queueName(queue), maxSeconds, defaultDisposition);
        if (find(row.queue()).isPresent()) {
            throw new DomainException(DomainErrorCode.WRAP_UP_QUEUE_TAKEN, "Bu kuyruğun ayarı zaten var: " + row.queue());
        }
        em.createNativeQuery("INSERT INTO queue_wrap_up (queue_name, max_seconds, default_disposition) VALUES (?, ?, ?)")
                .setParameter(1, row.queue()).setParameter(2, row.maxSeconds()).setParameter(3, row.defaultDisposition())
                .executeUpdate();
        audit("QUEUE_WRAP_UP_ADDED", "queue_wrap_up", row.queue(),
                "en çok " + row.maxSeconds() + " sn; varsayılan sonuç " + row.defaultDisposition());
        return row;
    }

    @Override
    public QueueWrapUpView change(QueueWrapUpView seen, int maxSeconds, String defaultDisposition) {
        QueueWrapUpView current = requireAsSeen(seen);
        QueueWrapUpView row = checked(current.queue(), maxSeconds, defaultDisposition);
        int updated = em.createNativeQuery("UPDATE queue_wrap_up SET max_seconds = ?, default_disposition = ? "
                        + "WHERE queue_name = ? AND max_seconds = ? AND default_disposition = ?")
                .setParameter(1, row.maxSeconds()).setParameter(2, row.defaultDisposition())
                .setParameter(3, current.queue()).setParameter(4, current.maxSeconds())
                .setParameter(5, current.defaultDisposition())
                .executeUpdate();
        if (updated != 1) {
            throw concurrentModification();
        }
        String detail = Stream.of(difference("en çok sn", current.maxSeconds(), row.maxSeconds()),
                        difference("varsayılan sonuç", current.defaultDisposition(), row.defaultDisposition()))
                .flatMap(Optional::stream).collect(Collectors.joining("; "));
        if (!detail.isEmpty()) {
            audit("QUEUE_WRAP_UP_CHANGED", "queue_wrap_up", row.queue(), detail);
        }
        return row;
    }

    @Override
    public void remove(QueueWrapUpView seen) {
        QueueWrapUpView current = requireAsSeen(seen);
        int deleted = em.createNativeQuery("DELETE FROM queue_wrap_up "
                        + "WHERE queue_name = ? AND max_seconds = ? AND default_disposition = ?")
                .setParameter(1, current.queue()).setParameter(2, current.maxSeconds())
                .setParameter(3, current.defaultDisposition())
                .executeUpdate();
        if (deleted != 1) {
            throw concurrentModification();
        }
        audit("QUEUE_WRAP_UP_REMOVED", "queue_wrap_up", current.queue(),
                "en çok " + current.maxSeconds() + " sn; varsayılan sonuç " + current.defaultDisposition());
    }

    /** The row as it is now, refused unless it is the one the administrator saw. */
    private QueueWrapUpView requireAsSeen(QueueWrapUpView seen) {
        if (seen == null) {
            throw notFound();
        }
        QueueWrapUpView current = find(seen.queue()).orElseThrow(QueueWrapUpAdministrationBean::notFound);
        if (!current.equals(seen)) {
            throw concurrentModification();
        }
        return current;
    }

    private QueueWrapUpView checked(String queue, int maxSeconds, String defaultDisposition) {
        if (maxSeconds < 0 || maxSeconds > MAX_SECONDS) {
            throw new DomainException(DomainErrorCode.WRAP_UP_MAX_INVALID,
                    "En uzun süre 0 (süre yok) ile " + MAX_SECONDS + " saniye arasında olmalıdır; girilen: " + maxSeconds + ".");
        }
        String code = defaultDisposition == null ? "" : defaultDisposition.strip().toUpperCase(Locale.ROOT);
        boolean known = !code.isEmpty() && !em.createNativeQuery("SELECT code FROM disposition_code WHERE code = ?")
                .setParameter(1, code).getResultList().isEmpty();
        if (!known) {
            throw new DomainException(DomainErrorCode.WRAP_UP_DISPOSITION_UNKNOWN,
                    "Varsayılan sonuç, sonuç kodları listesindeki bir kod olmalıdır"
                            + (code.isEmpty() ? "." : "; \"" + code + "\" listede yok."));
        }
        return new QueueWrapUpView(queue, maxSeconds, code);
    }

    /** A queue name as typed: trimmed, 1 to {@value #QUEUE_NAME_LENGTH} letters, digits, '_', '-', '.'. */
    static String queueName(String typed) {
        String queue = typed == null ? "" : typed.strip();
        if (queue.isEmpty() || queue.length() > QUEUE_NAME_LENGTH || !QUEUE.matcher(queue).matches()) {
            throw new DomainException(DomainErrorCode.WRAP_UP_QUEUE_INVALID,
                    "Kuyruk adı 1-" + QUEUE_NAME_LENGTH + " karakter olmalı ve yalnızca İngilizce harf, rakam, '_', '-', '.' "
                            + "içermelidir (queues.conf'taki ad, örnek: acikkapi); girilen " + queue.length() + " karakter.");
        }
        return queue;
    }

    private Optional<QueueWrapUpView> find(String queue) {
        return rows("SELECT queue_name, max_seconds, default_disposition FROM queue_wrap_up WHERE queue_name = ?", queue)
                .stream().findFirst();
    }

    private List<QueueWrapUpView> rows(String sql, String queue) {
        var query = em.createNativeQuery(sql);
        if (queue != null) {
            query.setParameter(1, queue);
        }
        List<?> rows = query.getResultList();
        return rows.stream().map(r -> {
            Object[] c = (Object[]) r;
            return new QueueWrapUpView((String) c[0], ((Number) c[1]).intValue(), (String) c[2]);
        }).toList();
    }

    private static DomainException notFound() {
        return new DomainException(DomainErrorCode.WRAP_UP_QUEUE_NOT_FOUND,
                "Bu kuyruğun ayarı bulunamadı (başka bir yönetici silmiş olabilir). Listeyi yenileyin.");
    }
}
