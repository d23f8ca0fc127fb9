/** Unit tests of the survey campaign rules: calling hours, retries, refusals, campaign moves. */
package tr.gov.acikkapi.casecore.domain.model.survey;
