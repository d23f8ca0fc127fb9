package tr.gov.acikkapi.cti.ivr.casecore;

/** Caller IDs as they go into the audit trail: what the PBX sent, cut to a safe length, "gizli" when none came. */
final class CallerIds {

    private static final int MAX = 40;

    private CallerIds() {
    }

    static String forAudit(String callerIdRaw) {
        if (callerIdRaw == null || callerIdRaw.isBlank()) {
            return "gizli";
        }
        String printable = callerIdRaw.replaceAll("[^\\x20-\\x7e]", "?").strip();
        return printable.length() <= MAX ? printable : printable.substring(0, MAX);
    }
}
