/** Health checks of the case core (MicroProfile Health): is the database reachable and migrated. */
package tr.gov.acikkapi.casecore.infrastructure.health;
