/** The survey dialler's port implemented over the case core's survey campaigns. */
package tr.gov.acikkapi.cti.survey.casecore;
