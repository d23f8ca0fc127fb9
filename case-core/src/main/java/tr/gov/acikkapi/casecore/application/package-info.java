/**
 * The case core's services for every intake channel (call center, web, mobile, kiosk, office): their
 * interfaces and the DTO records they return. Implementations are EJBs in {@code .internal}.
 */
package tr.gov.acikkapi.casecore.application;
