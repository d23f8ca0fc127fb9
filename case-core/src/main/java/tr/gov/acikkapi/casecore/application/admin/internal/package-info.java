/** The administration services over JPA, restricted to role ADMIN, each change audited. */
package tr.gov.acikkapi.casecore.application.admin.internal;
