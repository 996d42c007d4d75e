package com.trialsage.launcher;

/** The text of {@code --help}. */
final class Usage {

  static final String TEXT =
      """
      Usage:
        java -jar trialsage.jar [--dev]
            Start TrialSage: Payara Micro with trialsage.war, on an external PostgreSQL.
            --dev  fill in what is not configured with development defaults: an embedded
                   PostgreSQL under <data>/postgres, a signing key pair under <data>/dev-keys,
                   issuer https://trialsage.dev.local, the engine next to trialsage.jar and
                   frontend origin http://localhost:<port>. Never for production.
        java -jar trialsage.jar token --tenant T --roles r1,r2 [--ttl 1h] [--subject S]
            Print a token signed with the development key (run --dev once first).
            Roles: submitter, reviewer, operator, admin. TTL: 30m, 1h, 2d, 3600s.
            Subject: dev-user unless given.
        java -jar trialsage.jar audit-verify [--tenant T]
            Verify the audit trail's hash chains (every tenant's, or T's) in the database of
            trialsage.db.url, as trialsage.db.user. Prints one JSON verdict per tenant.
            Exit codes: 0 intact, 1 broken, 2 bad command line or configuration,
            3 could not verify (database unreachable or failing).
        java -jar trialsage.jar --help

      Settings: a system property (-Dkey=value) or the environment variable beside it.
        trialsage.db.url                  TRIALSAGE_DB_URL                  jdbc:postgresql://host:port/db
        trialsage.db.user                 TRIALSAGE_DB_USER
        trialsage.db.password             TRIALSAGE_DB_PASSWORD
        mp.jwt.verify.publickey.location  MP_JWT_VERIFY_PUBLICKEY_LOCATION  file:///…/public.pem or https JWKS
        mp.jwt.verify.issuer              MP_JWT_VERIFY_ISSUER
        trialsage.jwt.tenant-claim        TRIALSAGE_JWT_TENANT_CLAIM        default tenant
        regintel.engine.path              REGINTEL_ENGINE_PATH              executable or .jar
        frontend.url                      FRONTEND_URL                      origins, comma-separated
        trialsage.port                    TRIALSAGE_PORT                    default 8080
        trialsage.data.dir                TRIALSAGE_DATA_DIR                default ./data
        trialsage.heap                    TRIALSAGE_HEAP                    default 512m
        trialsage.start.timeout           TRIALSAGE_START_TIMEOUT           seconds, default 120
        trialsage.db.embedded-port        TRIALSAGE_DB_EMBEDDED_PORT        --dev only, default 0 (free)

      Exit codes: 1 failed to start or Payara Micro stopped unexpectedly, 2 bad command line
      or configuration; after SIGTERM or Ctrl-C, the JVM's usual 143 or 130 once all is stopped.
      """;

  private Usage() {}
}
