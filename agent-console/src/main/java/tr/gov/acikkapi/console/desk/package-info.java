/** The agent desk: the screen pop of a ringing call, work on applications during the call, and the wrap-up. */
package tr.gov.acikkapi.console.desk;
