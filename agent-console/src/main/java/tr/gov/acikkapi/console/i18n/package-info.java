/** Languages of the console: Turkish by default, English on request; texts live in the messages bundles. */
package tr.gov.acikkapi.console.i18n;
