/** Outbound satisfaction survey campaigns: their selection, calling rules, the applications they call and each dial. */
package tr.gov.acikkapi.casecore.domain.model.survey;
