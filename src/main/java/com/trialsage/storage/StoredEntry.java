package com.trialsage.storage;

import java.time.Instant;

/**
 * One object found in the store.
 *
 * @param name the key of a published object, or the staging name of a staged one
 * @param staged true for a temporary object that was never published
 * @param lastModified when it was last written
 */
public record StoredEntry(String name, boolean staged, Instant lastModified) {}
