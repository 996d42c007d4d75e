package com.trialsage.engine.read.xport;

/** What the readers say about XPORT versions they do not read. */
public final class XportVersion {
  /** The reason given for a SAS XPORT version 8 file (its library header says LIBV8). */
  public static final String VERSION_8_MESSAGE =
      "this is a SAS XPORT version 8 file, which is not supported;"
          + " export the data as SAS XPORT version 5 (SAS: XPORT engine or %loc2xpt with"
          + " FORMAT=V5), the version FDA and PMDA accept";

  private XportVersion() {}
}
