/** Stateless EJB implementations of the case-core services, and the persistence pieces they share (not API). */
package tr.gov.acikkapi.casecore.application.internal;
