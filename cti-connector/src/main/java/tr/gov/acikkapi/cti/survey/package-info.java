/** The outbound survey dialler: it calls the citizens of running survey campaigns through the PBX link, paced. */
package tr.gov.acikkapi.cti.survey;
