/** Calls handled by the call center, one record per call, and the applications touched during each. */
package tr.gov.acikkapi.casecore.domain.model.call;
