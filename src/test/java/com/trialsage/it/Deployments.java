package com.trialsage.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The archives container tests deploy. */
public final class Deployments {
  private Deployments() {}

  /** The WAR this build produced, deployed at {@code /} as it is in production. */
  public static WebArchive application() {
    File war = new File(TestEnvironment.required("it.build.dir"), "trialsage.war");
    return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
  }
}
