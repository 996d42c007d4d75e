/**
 * Dataset readers: {@link com.trialsage.engine.read.DatasetFiles} recognises a file's format from
 * its first bytes and hands it to the reader of that format, which streams it as a {@link
 * com.trialsage.engine.model.DatasetStream}.
 */
package com.trialsage.engine.read;
