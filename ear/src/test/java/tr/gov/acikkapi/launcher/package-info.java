/**
 * The run command's launcher: starts an embedded MariaDB (unless one is configured), the AMI simulator
 * (unless a real Asterisk is configured) and the provisioned WildFly with the EAR, and stops them together.
 * The integration tests start the same embedded database through {@link tr.gov.acikkapi.launcher.EmbeddedMariaDb}.
 */
package tr.gov.acikkapi.launcher;
