/**
 * The CTI connector inside WildFly: the AMI links of the configured PBXs on container threads, our events fired as
 * CDI events, the agent directory over the console's users, call records into the case core, and health.
 */
package tr.gov.acikkapi.cti.runtime;
