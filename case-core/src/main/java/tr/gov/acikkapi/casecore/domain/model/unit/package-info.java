/** Units (birim) that handle applications, and the routing and escalation rules that choose them, kept as data. */
package tr.gov.acikkapi.casecore.domain.model.unit;
