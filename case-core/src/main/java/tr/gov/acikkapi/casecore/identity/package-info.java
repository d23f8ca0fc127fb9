/** Console user accounts: who may sign in, with which roles, and which PBX interface is their phone. */
package tr.gov.acikkapi.casecore.identity;
