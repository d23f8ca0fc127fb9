/** Applications (başvuru): their tracking numbers, lifecycle, routing outcome, history, notes and surveys. */
package tr.gov.acikkapi.casecore.domain.model.application;
