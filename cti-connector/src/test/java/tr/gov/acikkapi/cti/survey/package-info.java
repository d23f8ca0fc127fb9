/** Tests of the survey dialler over the AMI simulator's real TCP and a real FastAGI server. */
package tr.gov.acikkapi.cti.survey;
