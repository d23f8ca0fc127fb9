/** Callback tasks: citizens who gave up waiting in the queue, to be called back by an agent. */
package tr.gov.acikkapi.casecore.domain.model.callback;
