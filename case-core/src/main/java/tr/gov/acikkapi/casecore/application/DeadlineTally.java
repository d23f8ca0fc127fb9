package tr.gov.acikkapi.casecore.application;

/**
 * How many open applications of one province or one unit are due soon or late.
 *
 * @param id                  the province's plate code or the unit's id (0: not routed to a unit yet)
 * @param name                the province's or unit's name
 * @param dueSoon             not escalated, deadline within the window from now
 * @param overdue             past the deadline (escalated or not)
 * @param awaitingEscalation  past the deadline and not sent up yet
 * @param escalatedToGovernor sent up to the governor, still open
 * @param escalatedToMinistry sent up to the Ministry of Interior, still open
 */
public record DeadlineTally(int id, String name, long dueSoon, long overdue, long awaitingEscalation,
                            long escalatedToGovernor, long escalatedToMinistry) {
}
