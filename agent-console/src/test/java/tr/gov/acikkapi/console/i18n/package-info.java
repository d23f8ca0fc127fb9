/** Tests that every word the console takes from the case core has a text in Turkish and in English. */
package tr.gov.acikkapi.console.i18n;
