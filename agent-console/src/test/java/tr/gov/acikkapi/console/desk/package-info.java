/** Tests of the desk's screen pop message, which the desk page draws by itself. */
package tr.gov.acikkapi.console.desk;
