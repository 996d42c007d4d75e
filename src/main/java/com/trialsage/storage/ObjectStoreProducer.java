package com.trialsage.storage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Chooses the storage backend from {@code trialsage.storage.backend}. */
@ApplicationScoped
public class ObjectStoreProducer {

  @Inject
  @ConfigProperty(name = "trialsage.storage.backend", defaultValue = "filesystem")
  String backend;

  @Inject
  @ConfigProperty(name = "trialsage.data.dir", defaultValue = "./data")
  String dataDir;

  @Produces
  @ApplicationScoped
  ObjectStore objectStore() {
    if ("filesystem".equals(backend)) {
      return new FileSystemObjectStore(Path.of(dataDir).resolve("objects"));
    }
    throw new IllegalStateException(
        "trialsage.storage.backend must be 'filesystem', not '" + backend + "'");
  }
}
