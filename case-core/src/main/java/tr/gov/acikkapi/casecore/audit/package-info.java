/** The access audit trail (KVKK): who opened or changed which personal record, when, and why. */
package tr.gov.acikkapi.casecore.audit;
