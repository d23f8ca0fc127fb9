/**
 * The benchmark command ({@code mvn -Pbench verify}): a deterministic generator of a realistically shaped database,
 * and the measurements of issue 6 (screen pop end to end, AMI intake, lookups, IVR round trip, memory), each against
 * a baseline measured in the same run. Not part of the tests; see docs/src/performance.md.
 */
package tr.gov.acikkapi.bench;
