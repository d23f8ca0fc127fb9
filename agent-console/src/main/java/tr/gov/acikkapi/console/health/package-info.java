/**
 * Health endpoints on the application port: /health/live, /health/ready, and /health/database, the console's view
 * of its database that drives the "database unreachable" banner of the signed-in pages.
 */
package tr.gov.acikkapi.console.health;
