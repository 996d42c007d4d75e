/**
 * Object storage for uploaded files: one {@link com.trialsage.storage.ObjectStore} interface with a
 * filesystem backend (default) chosen by {@code trialsage.storage.backend}. Keys are always made
 * here, never taken from user input.
 */
package com.trialsage.storage;
