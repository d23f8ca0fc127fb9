package tr.gov.acikkapi.casecore.application.admin.internal;

import org.junit.jupiter.api.Test;
import tr.gov.acikkapi.casecore.application.CatalogueEntry;
import tr.gov.acikkapi.casecore.application.admin.CatalogueAdministration.TopicView;
import tr.gov.acikkapi.casecore.application.admin.CatalogueAdministration.TypeView;
import tr.gov.acikkapi.casecore.application.internal.CatalogueServiceProbe;
import tr.gov.acikkapi.casecore.domain.model.catalogue.ProblemArea;
import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CatalogueAdministrationBeanTest {

    private static final AdminServices services = new AdminServices();

    private static TypeView type(int topicId, String code) {
        return services.catalogue(b -> b.typesOf(topicId)).stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
    }

    private static TopicView topic(int id) {
        return services.catalogue(b -> b.topics()).stream().filter(t -> t.id() == id).findFirst().orElseThrow();
    }

    private static DomainErrorCode refusal(Runnable call) {
        return assertThrows(DomainException.class, call::run).code();
    }

    private static Optional<CatalogueEntry> activeType(String code) {
        return services.inTransaction(em -> CatalogueServiceProbe.activeType(em, code));
    }

    @Test
    void listsThe17TopicsWithTheirTypeCounts() {
        List<TopicView> topics = services.catalogue(b -> b.topics());
        assertEquals(17, topics.size());
        assertEquals("SAG", topics.get(0).code());
        assertTrue(topics.stream().mapToLong(TopicView::types).sum() >= 322);
        assertEquals(19, topic(4).types(), "Ulaşım ve Trafik holds its 19 types");
    }

    @Test
    void renamesATypeWhichTheCatalogueThenOffersUnderTheNewName() {
        TypeView before = type(4, "ULS-09");
        TypeView renamed = services.catalogue(b -> b.changeType(before.id(), before.version(), "  Taksi, dolmuş  ve minibüs şikayeti ",
                ProblemArea.SERVICE_DELIVERY));
        assertEquals("Taksi, dolmuş ve minibüs şikayeti", renamed.name());
        assertEquals("Taksi, dolmuş ve minibüs şikayeti", activeType("ULS-09").orElseThrow().typeName());
        assertEquals(List.of("yonetici", "TYPE_CHANGED", "application_type", "ULS-09"), services.lastAudit().subList(0, 4));
        assertEquals(DomainErrorCode.CONCURRENT_MODIFICATION, refusal(() -> services.catalogue(b -> b.changeType(before.id(),
                before.version(), "Eski", ProblemArea.SERVICE_DELIVERY))));
    }

    @Test
    void aNameUsedInTheSameTopicIsRefusedWhateverTheCase() {
        TypeView type = type(4, "ULS-10");
        assertEquals(DomainErrorCode.CATALOGUE_NAME_TAKEN, refusal(() -> services.catalogue(b -> b.changeType(type.id(),
                type.version(), "TRAFİK KAZASI SONRASI İŞLEMLER", ProblemArea.INFORMATION))));
        assertEquals(DomainErrorCode.CATALOGUE_NAME_TAKEN, refusal(() -> services.catalogue(b -> b.addType(4,
                "hatalı park ve trafik denetimi talebi", ProblemArea.SERVICE_DELIVERY))));
        TopicView sixth = topic(6);
        assertEquals(DomainErrorCode.CATALOGUE_NAME_TAKEN, refusal(() -> services.catalogue(b -> b.renameTopic(6,
                sixth.version(), "sağlık"))));
        assertEquals(type.name(), type(4, "ULS-10").name());
    }

    @Test
    void addsATypeWithTheNextCodeAndDeactivatesIt() {
        TypeView added = services.catalogue(b -> b.addType(17, "Kripto varlık vergisi hakkında bilgi", ProblemArea.INFORMATION));
        assertTrue(added.code().matches("VRG-\\d\\d"), added.code());
        assertEquals(1700 + Integer.parseInt(added.code().substring(4)), added.id());
        assertTrue(activeType(added.code()).isPresent());
        assertEquals("TYPE_ADDED", services.lastAudit().get(1));

        TypeView off = services.catalogue(b -> b.setTypeActive(added.id(), added.version(), false));
        assertFalse(off.active());
        assertTrue(activeType(added.code()).isEmpty(), "an inactive type is not offered");
        assertEquals("TYPE_DEACTIVATED", services.lastAudit().get(1));
        assertTrue(type(17, added.code()).code().equals(added.code()), "never deleted");
    }

    @Test
    void aDeactivatedTopicHidesItsTypesAndCanBeRenamedAndReactivated() {
        TopicView culture = topic(14);
        TopicView off = services.catalogue(b -> b.setTopicActive(14, culture.version(), false));
        assertFalse(off.active());
        assertTrue(activeType("KUL-01").isEmpty());
        TopicView renamed = services.catalogue(b -> b.renameTopic(14, off.version(), "Kültür, Sanat ve Turizm"));
        assertEquals("TOPIC_RENAMED", services.lastAudit().get(1));
        TopicView on = services.catalogue(b -> b.setTopicActive(14, renamed.version(), true));
        assertTrue(on.active());
        assertEquals("Kültür, Sanat ve Turizm", activeType("KUL-01").orElseThrow().topicName());
    }

    @Test
    void blankNamesAndMissingProblemAreasAreRefused() {
        TypeView type = type(4, "ULS-11");
        assertEquals(DomainErrorCode.REQUIRED_VALUE_MISSING, refusal(() -> services.catalogue(b -> b.changeType(type.id(),
                type.version(), "   ", ProblemArea.INFRASTRUCTURE))));
        assertEquals(DomainErrorCode.REQUIRED_VALUE_MISSING, refusal(() -> services.catalogue(b -> b.addType(4, "Yeni", null))));
        assertEquals(DomainErrorCode.TOPIC_NOT_FOUND, refusal(() -> services.catalogue(b -> b.addType(99, "Yeni", ProblemArea.PAYMENT))));
    }
}
