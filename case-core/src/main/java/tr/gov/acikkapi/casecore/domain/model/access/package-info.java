/** Counters of attempts (sign-ins, citizen proofs, channel reads) kept in the database so that every server sees them. */
package tr.gov.acikkapi.casecore.domain.model.access;
