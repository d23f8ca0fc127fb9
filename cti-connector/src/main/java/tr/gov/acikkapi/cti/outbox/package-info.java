/**
 * The durable outbox of what the CTI side writes into the case core (call records, callback tasks, wrap-up
 * dispositions): a write the database refuses is appended to a local, fsync'd journal and written again, in order,
 * once the database is back. Every write is idempotent on a natural key, so an item written twice (a crash between
 * the write and its acknowledgement) is stored once.
 */
package tr.gov.acikkapi.cti.outbox;
