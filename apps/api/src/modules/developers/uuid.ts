const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * An id from a client, lower-cased as PostgreSQL prints uuids, or null when malformed: checked before it
 * reaches SQL so a bad id reads as "not found" rather than a uuid cast error.
 */
export const parseUuid = (value: string): string | null => (UUID.test(value) ? value.toLowerCase() : null);
