package com.trialsage.it;

import static com.trialsage.it.Http.json;
import static com.trialsage.it.Tokens.token;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Walks every operation the {@code /openapi} document lists, so a new endpoint is covered without
 * anyone remembering to add it: another tenant's object is always a 404, each role gets exactly the
 * operations its {@code @RolesAllowed} grant (403 otherwise), and every operation declares who may
 * call it. An endpoint with a path parameter this walk cannot fill fails the walk until a fixture
 * is added to {@link #fixtureFor}.
 */
@ContainerTest
@RunAsClient
class TenantIsolationIT {
  private static final List<String> ROLES = List.of("submitter", "reviewer", "operator", "admin");
  private static final String OWNER = "owner-co";
  private static final String INTRUDER = "intruder-co";

  @ArquillianResource URL base;
  private Http http;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @BeforeEach
  void client() {
    http = new Http(base);
  }

  @Test
  void everyDocumentedOperationDeclaresWhoMayCallIt() throws Exception {
    List<String> undeclared = new ArrayList<>();

    for (Operation operation : operations()) {
      Method java = operation.java();
      boolean declared =
          java.isAnnotationPresent(RolesAllowed.class)
              || java.getDeclaringClass().isAnnotationPresent(RolesAllowed.class)
              || java.isAnnotationPresent(PermitAll.class);
      if (!declared) {
        undeclared.add(operation.toString());
      }
    }

    assertThat(operations())
        .extracting(Operation::toString)
        .contains("GET /api/v1/me", "POST /api/v1/uploads", "DELETE /api/v1/uploads/{id}");
    assertThat(undeclared).isEmpty();
  }

  @Test
  void anotherTenantsObjectIsNotFoundByAnyOperation() throws Exception {
    List<String> leaks = new ArrayList<>();

    for (Operation operation : operations()) {
      if (!operation.path().contains("{")) {
        continue;
      }
      String path = operation.filled(fixtureFor(operation, OWNER));
      HttpResponse<String> response = call(operation, path, INTRUDER, ROLES);
      if (response.statusCode() != 404) {
        leaks.add(operation + " answered " + response.statusCode());
      }
    }

    assertThat(leaks).isEmpty();
  }

  @Test
  void listsShowNothingOfAnotherTenant() throws Exception {
    String ownersObject = fixtureFor(new Operation("GET", "/api/v1/uploads/{id}", null), OWNER);
    List<String> leaks = new ArrayList<>();

    for (Operation operation : operations()) {
      if (!operation.method().equals("GET") || operation.path().contains("{")) {
        continue;
      }
      HttpResponse<String> response = call(operation, operation.path(), INTRUDER, ROLES);
      if (response.body().contains(ownersObject)) {
        leaks.add(operation.toString());
      }
    }

    assertThat(leaks).isEmpty();
  }

  @Test
  void eachRoleGetsExactlyTheOperationsItIsGranted() throws Exception {
    List<String> wrong = new ArrayList<>();

    for (Operation operation : operations()) {
      Set<String> granted = operation.grantedRoles();
      for (String role : ROLES) {
        String tenant = "roles-" + role;
        String path =
            operation.path().contains("{")
                ? operation.filled(fixtureFor(operation, tenant))
                : operation.path();
        int status = call(operation, path, tenant, List.of(role)).statusCode();
        boolean refused = status == 403;
        if (refused == granted.contains(role) || status == 401) {
          wrong.add(operation + " as " + role + " answered " + status + ", granted " + granted);
        }
      }
    }

    assertThat(wrong).isEmpty();
  }

  /** An object of {@code tenant} that the operation's path parameter can name. */
  private String fixtureFor(Operation operation, String tenant) throws Exception {
    if (operation.path().startsWith("/api/v1/uploads/{id}")) {
      HttpResponse<String> created =
          Uploads.upload(http, tenant, "dm.xpt", Uploads.bytes("sdtm/cdiscpilot01/dm.xpt"));
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      return json(created).getString("id");
    }
    if (operation.path().startsWith("/api/v1/runs/{id}")) {
      return RunsIT.submitDm(http, tenant);
    }
    throw new AssertionError(
        operation + " has a path parameter this walk cannot fill: add a fixture for it");
  }

  // The body has the media type the operation consumes, so that JAX-RS matches the method (a
  // wrong type is a 415 before any role is checked) and the role check is what answers.
  private HttpResponse<String> call(
      Operation operation, String path, String tenant, List<String> roles) throws Exception {
    String method = operation.method();
    boolean json = operation.consumesJson();
    HttpRequest.BodyPublisher body =
        !method.equals("POST") && !method.equals("PUT")
            ? HttpRequest.BodyPublishers.noBody()
            : json
                ? HttpRequest.BodyPublishers.ofString("{}")
                : HttpRequest.BodyPublishers.ofByteArray(Uploads.bytes("sdtm/cdiscpilot01/ts.xpt"));
    return http.send(
        HttpRequest.newBuilder(http.uri(path))
            .method(method, body)
            .header("Content-Type", json ? "application/json" : "application/octet-stream")
            .header(
                "Authorization",
                "Bearer " + token().tenant(tenant).groups(roles.toArray(String[]::new)).build()));
  }

  /** The operations of the OpenAPI document, each with the Java method that serves it. */
  private List<Operation> operations() throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(http.uri("/openapi")).header("Accept", "application/json"));
    JsonObject paths = json(response).getJsonObject("paths");
    Map<String, Method> served = resourceMethods();
    List<Operation> operations = new ArrayList<>();
    for (String path : paths.keySet()) {
      for (String method : paths.getJsonObject(path).keySet()) {
        String key = method.toUpperCase() + " " + path;
        Method java = served.get(key);
        assertThat(java).as("no resource method serves " + key).isNotNull();
        operations.add(new Operation(method.toUpperCase(), path, java));
      }
    }
    return operations;
  }

  /** "GET /api/v1/uploads/{id}" → the resource method, for every JAX-RS resource of TrialSage. */
  private static Map<String, Method> resourceMethods() throws IOException, URISyntaxException {
    Map<String, Method> methods = new LinkedHashMap<>();
    for (Class<?> resource : resourceClasses()) {
      String classPath = resource.getAnnotation(Path.class).value();
      for (Method method : resource.getMethods()) {
        String verb = verbOf(method);
        if (verb != null) {
          Path sub = method.getAnnotation(Path.class);
          methods.put(verb + " " + join("/api", classPath, sub == null ? "" : sub.value()), method);
        }
      }
    }
    return methods;
  }

  private static List<Class<?>> resourceClasses() throws IOException, URISyntaxException {
    java.nio.file.Path classes =
        java.nio.file.Path.of(TestEnvironment.required("it.build.dir"), "classes");
    List<Class<?>> resources = new ArrayList<>();
    try (Stream<java.nio.file.Path> files = Files.walk(classes.resolve("com/trialsage"))) {
      for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name =
            classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        if (name.contains(".engine.") || name.contains(".launcher.")) {
          continue;
        }
        try {
          Class<?> type = Class.forName(name, false, TenantIsolationIT.class.getClassLoader());
          if (type.isAnnotationPresent(Path.class)) {
            resources.add(type);
          }
        } catch (ClassNotFoundException | LinkageError e) {
          // Not loadable outside the container; a resource class always is.
        }
      }
    }
    return resources;
  }

  private static String verbOf(Method method) {
    if (method.isAnnotationPresent(GET.class)) {
      return "GET";
    }
    if (method.isAnnotationPresent(POST.class)) {
      return "POST";
    }
    if (method.isAnnotationPresent(PUT.class)) {
      return "PUT";
    }
    return method.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
  }

  private static String join(String... parts) {
    StringBuilder path = new StringBuilder();
    for (String part : parts) {
      String trimmed = part.replaceAll("^/+|/+$", "");
      if (!trimmed.isEmpty()) {
        path.append('/').append(trimmed);
      }
    }
    return path.toString();
  }

  private record Operation(String method, String path, Method java) {
    boolean consumesJson() {
      Consumes consumes = java == null ? null : java.getAnnotation(Consumes.class);
      return consumes != null && List.of(consumes.value()).contains(MediaType.APPLICATION_JSON);
    }

    String filled(String id) {
      return path.replace("{format}", "json").replaceAll("\\{[^}]+}", id);
    }

    Set<String> grantedRoles() {
      if (java.isAnnotationPresent(PermitAll.class)) {
        return Set.copyOf(ROLES);
      }
      RolesAllowed roles = java.getAnnotation(RolesAllowed.class);
      if (roles == null) {
        roles = java.getDeclaringClass().getAnnotation(RolesAllowed.class);
      }
      return roles == null ? Set.of() : Set.of(roles.value());
    }

    @Override
    public String toString() {
      return method + " " + path;
    }
  }
}
