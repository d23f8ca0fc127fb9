/** Tests of the cluster's member list. */
package tr.gov.acikkapi.casecore.infrastructure.cluster;
