/** Tests of the case core service API's value types. */
package tr.gov.acikkapi.casecore.application;
