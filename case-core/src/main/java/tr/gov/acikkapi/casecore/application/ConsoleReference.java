package tr.gov.acikkapi.casecore.application;

import java.util.List;

/**
 * The lists the agent desk offers, kept by an administrator: pause reasons (why an agent pauses) and disposition
 * codes (how a call ended for the citizen). Only active entries, in the administrator's sort order (then by label).
 * A code never changes once created: it is what goes to the PBX (pause reason) or into the call record (disposition).
 */
public interface ConsoleReference {

    /** Active pause reasons, sorted: Mola, Yemek, Eğitim … */
    List<Option> pauseReasons();

    /** Active disposition codes, sorted: Bilgi verildi, Başvuru alındı … */
    List<Option> dispositionCodes();

    /** One entry: its stable code ({@code TEKNIK_SORUN}) and its Turkish label ({@code Teknik sorun}). */
    record Option(String code, String label) {
    }
}
