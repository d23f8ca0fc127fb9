/** Where the case core's HTTP interfaces are served: the JSON API under /api and Open311 under /open311. */
package tr.gov.acikkapi.console.api;
