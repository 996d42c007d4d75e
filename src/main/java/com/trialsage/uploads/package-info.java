/**
 * Uploads: files a tenant hands over (SAS XPORT v5, Dataset-JSON, NDJSON, DSJC, Define-XML, or a
 * zip study package of those), streamed to object storage while hashed, recorded with their
 * SHA-256, verified again on every use and by a scrubber, and deleted when they expire.
 */
package com.trialsage.uploads;
