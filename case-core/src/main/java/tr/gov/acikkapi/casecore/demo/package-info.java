/** Deterministic demonstration data for demo mode: citizens, families sharing phones, applications in every state. */
package tr.gov.acikkapi.casecore.demo;
