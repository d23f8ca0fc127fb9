/** Tests of the console's security configuration as deployed: what the descriptors claim is what they do. */
package tr.gov.acikkapi.console.security;
