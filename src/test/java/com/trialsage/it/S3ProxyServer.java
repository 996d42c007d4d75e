package com.trialsage.it;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * An S3 server for tests: s3proxy on 127.0.0.1 at the port failsafe reserved ({@code it.s3.port}),
 * keeping objects in a folder under {@code it.work.dir}, started once per test run.
 */
public final class S3ProxyServer implements BeforeAllCallback {
  private static S3Proxy proxy;

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    synchronized (S3ProxyServer.class) {
      if (proxy == null) {
        proxy = start();
        context
            .getRoot()
            .getStore(ExtensionContext.Namespace.GLOBAL)
            .put("s3proxy", (ExtensionContext.Store.CloseableResource) proxy::stop);
      }
    }
  }

  private static S3Proxy start() throws Exception {
    Path folder = Path.of(TestEnvironment.required("it.work.dir"), "s3");
    Files.createDirectories(folder);
    S3Proxy started =
        S3Proxy.builder()
            .blobStore(new FilesystemNio2BlobStore(folder.toString()))
            .endpoint(endpoint())
            .build();
    started.start();
    await().atMost(Duration.ofSeconds(30)).until(() -> "STARTED".equals(started.getState()));
    return started;
  }

  public static URI endpoint() {
    return URI.create("http://127.0.0.1:" + TestEnvironment.required("it.s3.port"));
  }

  /** A client of the test server (s3proxy here accepts any credentials). */
  public static S3Client client() {
    return S3Client.builder()
        .httpClient(UrlConnectionHttpClient.create())
        .endpointOverride(endpoint())
        .region(Region.US_EAST_1)
        .forcePathStyle(true)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
        .build();
  }
}
