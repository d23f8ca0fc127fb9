/** The shared case core of Açık Kapı: citizens, applications, deadlines and routing, for every intake channel. */
package tr.gov.acikkapi.casecore;
