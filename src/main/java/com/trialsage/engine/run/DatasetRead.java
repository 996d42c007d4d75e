package com.trialsage.engine.run;

/**
 * A dataset the run read.
 *
 * @param name the dataset name, upper case
 * @param records how many records it has
 * @param sourceFile the file it came from
 */
public record DatasetRead(String name, long records, String sourceFile) {}
