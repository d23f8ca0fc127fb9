/** What the connector's tests share: a clock moved by hand. */
package tr.gov.acikkapi.cti.testsupport;
