package tr.gov.acikkapi.casecore.application.admin.internal;

import org.junit.jupiter.api.Test;
import tr.gov.acikkapi.casecore.application.QueueWrapUps.QueueWrapUp;
import tr.gov.acikkapi.casecore.application.admin.QueueWrapUpAdministration.QueueWrapUpView;
import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QueueWrapUpAdministrationBeanTest {

    private static final AdminServices services = new AdminServices();

    private static DomainException refusal(Runnable call) {
        return assertThrows(DomainException.class, call::run);
    }

    /** What the CTI connector reads for the queue, as it reads it. */
    private static Optional<QueueWrapUp> read(String queue) {
        return services.inTransaction(em -> em.createNativeQuery(
                        "SELECT max_seconds, default_disposition FROM queue_wrap_up WHERE queue_name = ?")
                .setParameter(1, queue).getResultStream().findFirst()
                .map(r -> new QueueWrapUp(queue, ((Number) ((Object[]) r)[0]).intValue(), (String) ((Object[]) r)[1])));
    }

    @Test
    void anAddedQueueIsReadByTheConnectorAndAChangeAndRemovalAreAudited() {
        QueueWrapUpView added = services.wrapUps(b -> b.add(" sikayet ", 120, "geri_aranacak"));
        assertEquals(new QueueWrapUpView("sikayet", 120, "GERI_ARANACAK"), added);
        assertEquals(Optional.of(new QueueWrapUp("sikayet", 120, "GERI_ARANACAK")), read("sikayet"));
        assertEquals(List.of("yonetici", "QUEUE_WRAP_UP_ADDED", "queue_wrap_up", "sikayet"), services.lastAudit().subList(0, 4));

        QueueWrapUpView changed = services.wrapUps(b -> b.change(added, 0, "SURE_DOLDU"));
        assertEquals(new QueueWrapUpView("sikayet", 0, "SURE_DOLDU"), changed);
        assertEquals(List.of("QUEUE_WRAP_UP_CHANGED", "en çok sn: 120 → 0; varsayılan sonuç: GERI_ARANACAK → SURE_DOLDU"),
                List.of(services.lastAudit().get(1), services.lastAudit().get(4)));
        assertTrue(services.wrapUps(b -> b.queues()).contains(changed));

        services.wrapUps(b -> {
            b.remove(changed);
            return null;
        });
        assertEquals(Optional.empty(), read("sikayet"));
        assertEquals("QUEUE_WRAP_UP_REMOVED", services.lastAudit().get(1));
    }

    @Test
    void wrongValuesAreRefusedWithTheirReasonAndNothingIsWritten() {
        DomainException tooLong = refusal(() -> services.wrapUps(b -> b.add("bilgi", 3601, "SURE_DOLDU")));
        assertEquals(DomainErrorCode.WRAP_UP_MAX_INVALID, tooLong.code());
        assertTrue(tooLong.getMessage().contains("3600") && tooLong.getMessage().contains("3601"), tooLong.getMessage());
        assertEquals(DomainErrorCode.WRAP_UP_MAX_INVALID,
                refusal(() -> services.wrapUps(b -> b.add("bilgi", -1, "SURE_DOLDU"))).code());
        DomainException unknown = refusal(() -> services.wrapUps(b -> b.add("bilgi", 60, "YOK_BOYLE")));
        assertEquals(DomainErrorCode.WRAP_UP_DISPOSITION_UNKNOWN, unknown.code());
        assertTrue(unknown.getMessage().contains("YOK_BOYLE"), unknown.getMessage());
        assertEquals(DomainErrorCode.WRAP_UP_DISPOSITION_UNKNOWN,
                refusal(() -> services.wrapUps(b -> b.add("bilgi", 60, " "))).code());
        assertEquals(DomainErrorCode.WRAP_UP_QUEUE_INVALID,
                refusal(() -> services.wrapUps(b -> b.add("şikayet hattı", 60, "SURE_DOLDU"))).code());
        assertEquals(DomainErrorCode.WRAP_UP_QUEUE_INVALID,
                refusal(() -> services.wrapUps(b -> b.add("q".repeat(81), 60, "SURE_DOLDU"))).code());
        assertEquals(Optional.empty(), read("bilgi"));

        QueueWrapUpView added = services.wrapUps(b -> b.add("bilgi", 30, "SURE_DOLDU"));
        assertEquals(DomainErrorCode.WRAP_UP_QUEUE_TAKEN,
                refusal(() -> services.wrapUps(b -> b.add("bilgi", 45, "SURE_DOLDU"))).code());
        assertEquals(DomainErrorCode.WRAP_UP_DISPOSITION_UNKNOWN,
                refusal(() -> services.wrapUps(b -> b.change(added, 45, "YOK_BOYLE"))).code());
        assertEquals(Optional.of(new QueueWrapUp("bilgi", 30, "SURE_DOLDU")), read("bilgi"));
    }

    @Test
    void anEditOfARowAnotherAdministratorChangedOrRemovedIsRefused() {
        QueueWrapUpView seen = services.wrapUps(b -> b.add("randevu", 60, "SURE_DOLDU"));
        services.wrapUps(b -> b.change(seen, 90, "SURE_DOLDU"));
        assertEquals(DomainErrorCode.CONCURRENT_MODIFICATION,
                refusal(() -> services.wrapUps(b -> b.change(seen, 10, "SURE_DOLDU"))).code());
        assertEquals(DomainErrorCode.CONCURRENT_MODIFICATION, refusal(() -> services.wrapUps(b -> {
            b.remove(seen);
            return null;
        })).code());
        assertEquals(Optional.of(new QueueWrapUp("randevu", 90, "SURE_DOLDU")), read("randevu"));
        services.wrapUps(b -> {
            b.remove(new QueueWrapUpView("randevu", 90, "SURE_DOLDU"));
            return null;
        });
        assertEquals(DomainErrorCode.WRAP_UP_QUEUE_NOT_FOUND,
                refusal(() -> services.wrapUps(b -> b.change(new QueueWrapUpView("randevu", 90, "SURE_DOLDU"), 10,
                        "SURE_DOLDU"))).code());
    }
}
