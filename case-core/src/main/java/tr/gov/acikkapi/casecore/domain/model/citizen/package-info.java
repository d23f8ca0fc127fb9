/** Citizens who apply: their identity (TC Kimlik No), phone numbers, names and escort needs. */
package tr.gov.acikkapi.casecore.domain.model.citizen;
