/**
 * The CDISC Dataset-JSON 1.1 reader for .json, .ndjson and, once decompressed, .dsjc files, on
 * Jackson's streaming parser: metadata first, then one row at a time.
 */
package com.trialsage.engine.read.json;
