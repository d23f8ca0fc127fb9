/**
 * What an administrator (role ADMIN) changes: console users and their phones, the catalogue, units with the routing and
 * escalation rules, and the desk's pause reasons and disposition codes. Every change is checked, written in one
 * transaction, refused when someone else changed the row meanwhile, and recorded in the audit trail.
 */
package tr.gov.acikkapi.casecore.application.admin;
