/**
 * The database: the application's data source (configured by {@code trialsage.db.*}) and the
 * Liquibase migrations from the top-level {@code liquibase/} folder, applied at deployment before
 * any request is served.
 */
package com.trialsage.persistence;
