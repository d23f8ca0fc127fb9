/** Sign-in, roles and session security of the console (Jakarta Security against the users in MariaDB). */
package tr.gov.acikkapi.console.security;
