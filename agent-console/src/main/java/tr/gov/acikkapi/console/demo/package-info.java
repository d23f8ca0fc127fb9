/** Demo mode of the console: the demo sign-ins that the run command prints. */
package tr.gov.acikkapi.console.demo;
