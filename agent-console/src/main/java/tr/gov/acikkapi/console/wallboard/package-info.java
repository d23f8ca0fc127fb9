/** The supervisors' live wallboard: queues and agents folded from the CTI events, pushed to open wallboards. */
package tr.gov.acikkapi.console.wallboard;
