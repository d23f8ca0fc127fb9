package tr.gov.acikkapi.casecore.application.admin.internal;

import org.junit.jupiter.api.Test;
import tr.gov.acikkapi.casecore.application.ConsoleReference;
import tr.gov.acikkapi.casecore.application.ConsoleReference.Option;
import tr.gov.acikkapi.casecore.application.admin.DeskChoiceAdministration.DeskChoiceView;
import tr.gov.acikkapi.casecore.application.admin.DeskChoiceAdministration.DeskList;
import tr.gov.acikkapi.casecore.application.internal.ConsoleReferenceProbe;
import tr.gov.acikkapi.casecore.domain.shared.DomainErrorCode;
import tr.gov.acikkapi.casecore.domain.shared.DomainException;

import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeskChoiceAdministrationBeanTest {

    private static final AdminServices services = new AdminServices();

    private static <T> T desk(Function<ConsoleReference, T> read) {
        return services.inTransaction(em -> read.apply(ConsoleReferenceProbe.over(em)));
    }

    private static DomainErrorCode refusal(Runnable call) {
        return assertThrows(DomainException.class, call::run).code();
    }

    private static DeskChoiceView entry(DeskList list, String code) {
        return services.desk(b -> b.entries(list)).stream().filter(e -> e.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void theDeskReadsTheSeededListsInOrder() {
        List<String> seeded = List.of("MOLA", "YEMEK", "EGITIM", "TOPLANTI", "TEKNIK_SORUN", "EVRAK_ISI");
        List<Option> pauses = desk(ConsoleReference::pauseReasons);
        assertEquals(seeded, pauses.stream().map(Option::code).filter(seeded::contains).toList());
        assertEquals(new Option("MOLA", "Mola"), pauses.get(0));
        assertTrue(pauses.contains(new Option("TEKNIK_SORUN", "Teknik sorun")));
        List<Option> dispositions = desk(ConsoleReference::dispositionCodes);
        assertEquals(new Option("BILGI_VERILDI", "Bilgi verildi"), dispositions.get(0));
        assertTrue(dispositions.contains(new Option("ARAMA_YARIDA_KESILDI", "Arama yarıda kesildi")));
    }

    @Test
    void anAddedReasonAppearsInItsPlaceAndADeactivatedOneDisappears() {
        DeskChoiceView added = services.desk(b -> b.add(DeskList.PAUSE_REASONS, "koc_gorusmesi", "Koçluk görüşmesi", 15));
        assertEquals("KOC_GORUSMESI", added.code());
        assertEquals(List.of("yonetici", "PAUSE_REASON_ADDED", "pause_reason", "KOC_GORUSMESI"), services.lastAudit().subList(0, 4));
        List<String> codes = desk(ConsoleReference::pauseReasons).stream().map(Option::code).toList();
        assertEquals(codes.indexOf("MOLA") + 1, codes.indexOf("KOC_GORUSMESI"));

        DeskChoiceView off = services.desk(b -> b.setActive(DeskList.PAUSE_REASONS, added.id(), added.version(), false));
        assertFalse(off.active());
        assertFalse(desk(ConsoleReference::pauseReasons).contains(new Option("KOC_GORUSMESI", "Koçluk görüşmesi")));
        assertEquals("PAUSE_REASON_DEACTIVATED", services.lastAudit().get(1));
    }

    @Test
    void editingALabelKeepsTheCodeAndAStaleEditIsRefused() {
        DeskChoiceView meeting = entry(DeskList.PAUSE_REASONS, "EVRAK_ISI");
        DeskChoiceView changed = services.desk(b -> b.change(DeskList.PAUSE_REASONS, meeting.id(), meeting.version(),
                "Evrak ve yazışma", meeting.sortOrder()));
        assertEquals("EVRAK_ISI", changed.code());
        assertTrue(desk(ConsoleReference::pauseReasons).contains(new Option("EVRAK_ISI", "Evrak ve yazışma")));
        assertEquals("PAUSE_REASON_CHANGED", services.lastAudit().get(1));
        assertEquals(DomainErrorCode.CONCURRENT_MODIFICATION, refusal(() -> services.desk(b -> b.change(DeskList.PAUSE_REASONS,
                meeting.id(), meeting.version(), "Evrak işi", 60))));
    }

    @Test
    void duplicatesAreRefusedPerList() {
        assertEquals(DomainErrorCode.CHOICE_CODE_TAKEN, refusal(() -> services.desk(b -> b.add(DeskList.DISPOSITION_CODES,
                "GERI_ARANACAK", "Sonra aranacak", 1))));
        assertEquals(DomainErrorCode.CHOICE_LABEL_TAKEN, refusal(() -> services.desk(b -> b.add(DeskList.DISPOSITION_CODES,
                "BILGI", "BİLGİ VERİLDİ", 1))));
        DeskChoiceView wrong = entry(DeskList.DISPOSITION_CODES, "YANLIS_ARAMA");
        assertEquals(DomainErrorCode.CHOICE_LABEL_TAKEN, refusal(() -> services.desk(b -> b.change(DeskList.DISPOSITION_CODES,
                wrong.id(), wrong.version(), "geri aranacak", 1))));
        assertEquals(DomainErrorCode.CHOICE_CODE_INVALID, refusal(() -> services.desk(b -> b.add(DeskList.DISPOSITION_CODES,
                "ŞİKAYET", "Şikayet", 1))));
        DeskChoiceView sameInOtherList = services.desk(b -> b.add(DeskList.DISPOSITION_CODES, "MOLA", "Mola verdi", 999));
        assertEquals("MOLA", sameInOtherList.code(), "lists are separate");
    }
}
