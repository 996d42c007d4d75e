/**
 * What every reader produces and every rule consumes: dataset metadata and records, read as a
 * stream so that memory does not grow with the size of a file.
 */
package com.trialsage.engine.model;
