package com.trialsage.web;

import com.trialsage.tenancy.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API under {@code /api}. It is a CDI bean because MP-JWT on Payara does not deploy under
 * {@code bean-discovery-mode="annotated"} otherwise.
 */
@ApplicationScoped
@ApplicationPath("/api")
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({Role.SUBMITTER, Role.REVIEWER, Role.OPERATOR, Role.ADMIN})
@OpenAPIDefinition(
    info =
        @Info(
            title = "TrialSage API",
            version = "1",
            description = "Validation of CDISC SDTM submission data."),
    security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(
    securitySchemeName = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT")
public class TrialSageApplication extends Application {

  // The API is described by /openapi; Jersey's generated WADL would be a second, stale one.
  @Override
  public Map<String, Object> getProperties() {
    return Map.of("jersey.config.server.wadl.disableWadl", true);
  }
}
