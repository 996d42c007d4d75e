package com.trialsage.engine.read.xport;

import com.trialsage.engine.model.DatasetMetadata;

/**
 * One member (dataset) of an XPORT file as its headers declare it.
 *
 * @param metadata the dataset name, label and variables
 * @param positions the byte position of each variable within an observation
 * @param observationLength the length in bytes of one observation
 */
record XportMember(DatasetMetadata metadata, int[] positions, int observationLength) {}
