/** Call correlation: from the PBX's channel-level AMI events to our call, agent and queue events. */
package tr.gov.acikkapi.cti.call;
