package com.trialsage.storage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * Chooses the storage backend from {@code trialsage.storage.backend}: {@code filesystem} (default,
 * under {@code <trialsage.data.dir>/objects}) or {@code s3} (configured by {@code
 * trialsage.storage.s3.*}). A bad setting fails the deployment, naming every bad key.
 */
@ApplicationScoped
public class ObjectStoreProducer {
  private static final Logger LOG = Logger.getLogger(ObjectStoreProducer.class.getName());
  private static final int MIB = 1024 * 1024;

  @Inject
  @ConfigProperty(name = "trialsage.storage.backend", defaultValue = "filesystem")
  String backend;

  @Inject
  @ConfigProperty(name = "trialsage.data.dir", defaultValue = "./data")
  String dataDir;

  @Inject
  @ConfigProperty(name = "trialsage.storage.s3.bucket")
  Optional<String> bucket;

  @Inject
  @ConfigProperty(name = "trialsage.storage.s3.endpoint")
  Optional<String> endpoint;

  @Inject
  @ConfigProperty(name = "trialsage.storage.s3.region", defaultValue = "us-east-1")
  String region;

  @Inject
  @ConfigProperty(name = "trialsage.storage.s3.access-key")
  Optional<String> accessKey;

  @Inject
  @ConfigProperty(name = "trialsage.storage.s3.secret-key")
  Optional<String> secretKey;

  @Inject
  @ConfigProperty(name = "trialsage.storage.s3.path-style", defaultValue = "false")
  boolean pathStyle;

  @Inject
  @ConfigProperty(name = "trialsage.storage.s3.part-size-mb", defaultValue = "16")
  int partSizeMb;

  @Inject
  @ConfigProperty(name = "trialsage.storage.s3.capacity-bytes", defaultValue = "0")
  long capacityBytes;

  @Produces
  @ApplicationScoped
  ObjectStore objectStore() {
    return switch (backend) {
      case "filesystem" -> new FileSystemObjectStore(Path.of(dataDir).resolve("objects"));
      case "s3" -> s3Store();
      default ->
          throw new IllegalStateException(
              "trialsage.storage.backend must be 'filesystem' or 's3', not '" + backend + "'");
    };
  }

  private ObjectStore s3Store() {
    List<String> problems = new ArrayList<>();
    if (bucket.isEmpty()) {
      problems.add("trialsage.storage.s3.bucket is required with the s3 backend");
    }
    if (accessKey.isPresent() != secretKey.isPresent()) {
      problems.add("trialsage.storage.s3.access-key and .secret-key go together");
    }
    if (partSizeMb < 5) {
      problems.add("trialsage.storage.s3.part-size-mb must be 5 or more (an S3 rule)");
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("Bad storage configuration: " + String.join("; ", problems));
    }
    S3ClientBuilder client =
        S3Client.builder()
            .httpClient(UrlConnectionHttpClient.create())
            .region(Region.of(region))
            .forcePathStyle(pathStyle);
    endpoint.ifPresent(uri -> client.endpointOverride(URI.create(uri)));
    client.credentialsProvider(
        accessKey.isPresent()
            ? StaticCredentialsProvider.create(
                AwsBasicCredentials.create(accessKey.get(), secretKey.orElseThrow()))
            : DefaultCredentialsProvider.builder().build());
    LOG.info("Uploads are stored in S3 bucket " + bucket.get());
    return new S3ObjectStore(client.build(), bucket.get(), partSizeMb * MIB, capacityBytes);
  }

  void close(@Disposes ObjectStore store) {
    if (store instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        // Shutting down: nothing to do about it.
      }
    }
  }
}
