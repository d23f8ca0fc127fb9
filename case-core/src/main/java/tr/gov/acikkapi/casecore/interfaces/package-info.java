/**
 * The case core's doors for the other intake channels (web portal, mobile app, kiosks): a JSON API and
 * Open311 GeoReport v2, both over the application services; served by the console's web module.
 */
package tr.gov.acikkapi.casecore.interfaces;
