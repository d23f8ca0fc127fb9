/** The agent's wrap-up after an answered call: the phone paused until the disposition is saved or its time runs out. */
package tr.gov.acikkapi.cti.wrapup;
