package com.trialsage.uploads;

import com.trialsage.tenancy.TenantId;
import java.time.Instant;
import java.util.function.BiConsumer;

/**
 * A page of the upload list and its filters; the resource has already validated them.
 *
 * @param page zero-based page number
 * @param size uploads per page, 1 to {@link #MAX_SIZE}
 * @param format only this format, or null
 * @param namePrefix only file names starting with this, or null
 * @param createdAfter only uploads created at or after this, or null
 * @param createdBefore only uploads created before this, or null
 */
public record UploadQuery(
    int page,
    int size,
    UploadFormat format,
    String namePrefix,
    Instant createdAfter,
    Instant createdBefore) {
  public static final int MAX_SIZE = 100;

  public UploadQuery {
    if (page < 0) {
      throw new IllegalArgumentException("page must not be negative: " + page);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size must be 1 to " + MAX_SIZE + ": " + size);
    }
  }

  String where() {
    StringBuilder where = new StringBuilder("u.tenantId = :tenant");
    if (format != null) {
      where.append(" AND u.format = :format");
    }
    if (namePrefix != null) {
      where.append(" AND u.fileName LIKE :prefix ESCAPE '\\'");
    }
    if (createdAfter != null) {
      where.append(" AND u.createdAt >= :after");
    }
    if (createdBefore != null) {
      where.append(" AND u.createdAt < :before");
    }
    return where.toString();
  }

  void bind(TenantId tenant, BiConsumer<String, Object> parameter) {
    parameter.accept("tenant", tenant.value());
    if (format != null) {
      parameter.accept("format", format.label());
    }
    if (namePrefix != null) {
      parameter.accept("prefix", namePrefix.replaceAll("([\\\\%_])", "\\\\$1") + "%");
    }
    if (createdAfter != null) {
      parameter.accept("after", Upload.utc(createdAfter));
    }
    if (createdBefore != null) {
      parameter.accept("before", Upload.utc(createdBefore));
    }
  }
}
