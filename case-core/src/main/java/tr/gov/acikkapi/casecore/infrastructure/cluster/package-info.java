/** The application servers of a cluster as the case core sees them: this node and its peers. */
package tr.gov.acikkapi.casecore.infrastructure.cluster;
