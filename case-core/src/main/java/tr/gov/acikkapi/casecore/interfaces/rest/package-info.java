/**
 * The case core's JSON API for the web portal, the mobile app and kiosks (and staff tools): register an
 * application, read one by tracking number, list a citizen's, move one through its lifecycle, add notes.
 */
package tr.gov.acikkapi.casecore.interfaces.rest;
