/**
 * The nodes of a cluster talking to each other through WildFly's clustering command dispatcher: the CTI events of the
 * node that holds a PBX link for every other node's listeners, and telephony actions for the node that holds the link.
 */
package tr.gov.acikkapi.cti.cluster;
