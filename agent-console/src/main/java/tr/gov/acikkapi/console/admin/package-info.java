/** The administrator's pages (role ADMIN, under /admin): users and phones, catalogue, units and rules, desk lists. */
package tr.gov.acikkapi.console.admin;
