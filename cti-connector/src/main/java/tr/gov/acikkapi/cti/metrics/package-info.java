/** This node's figures for Prometheus (link state, calls in progress, outbox backlog, IVR sessions, cluster members). */
package tr.gov.acikkapi.cti.metrics;
