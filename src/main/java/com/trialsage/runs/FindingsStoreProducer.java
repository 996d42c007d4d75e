package com.trialsage.runs;

import com.trialsage.persistence.SchemaMigration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;

/** The findings store on the application's data source. */
@ApplicationScoped
public class FindingsStoreProducer {
  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  DataSource dataSource;

  private volatile FindingsStore store;

  FindingsStore get() {
    if (store == null) {
      store = new FindingsStore(dataSource);
    }
    return store;
  }
}
