/** What agents choose at the desk from lists an administrator keeps: pause reasons and disposition codes of calls. */
package tr.gov.acikkapi.casecore.domain.model.desk;
