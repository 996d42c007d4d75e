package com.trialsage.engine.run;

import com.trialsage.engine.model.DatasetStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the datasets in the sources and orders them for reading: the trial design datasets first
 * (TA's arms and epochs, which DM.ARMCD refers to), then DM (the subjects), SV (the visits), the
 * other domains, and last SUPP--, RELREC and CO, which point at records of the others. Every
 * cross-dataset rule then finds its reference keys already gathered, and no rule has to hold
 * records back.
 */
final class DatasetOrder {
  private static final Set<String> TRIAL_DESIGN = Set.of("TA", "TE", "TV", "TI", "TS", "TD", "TM");

  private DatasetOrder() {}

  /** A dataset of a source: the {@code index}-th dataset of the source, named {@code name}. */
  record Unit(DatasetSource source, int index, String name) {}

  static List<Unit> discover(List<DatasetSource> sources)
      throws IOException, DuplicateDatasetException {
    List<Unit> units = new ArrayList<>();
    Map<String, String> sourceByName = new HashMap<>();
    for (DatasetSource source : sources) {
      try (DatasetStream in = source.open()) {
        for (int index = 0; in.nextDataset(); index++) {
          String name = in.metadata().upperName();
          String earlier = sourceByName.putIfAbsent(name, source.sourceName());
          if (earlier != null) {
            throw new DuplicateDatasetException(name, earlier, source.sourceName());
          }
          units.add(new Unit(source, index, name));
        }
      }
    }
    units.sort(
        Comparator.comparing(
            Unit::name, Comparator.comparingInt(DatasetOrder::rank).thenComparing(n -> n)));
    return units;
  }

  static int rank(String name) {
    if (TRIAL_DESIGN.contains(name)) {
      return 0;
    }
    if (name.equals("DM")) {
      return 1;
    }
    if (name.equals("SV")) {
      return 2;
    }
    if (name.startsWith("SUPP") || name.startsWith("SQAP")) {
      return 4;
    }
    if (name.equals("RELREC") || name.equals("CO") || name.equals("RELSUB")) {
      return 5;
    }
    return 3;
  }
}
