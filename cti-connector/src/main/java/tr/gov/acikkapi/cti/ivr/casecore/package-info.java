/** The IVR's ports implemented over the case core, and the start-up bean that runs the FastAGI server in WildFly. */
package tr.gov.acikkapi.cti.ivr.casecore;
