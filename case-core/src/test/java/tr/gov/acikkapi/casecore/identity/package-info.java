/** Tests of the account rules: user names, PBX interfaces, passwords. */
package tr.gov.acikkapi.casecore.identity;
