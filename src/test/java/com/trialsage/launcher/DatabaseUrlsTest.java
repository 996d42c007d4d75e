package com.trialsage.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatabaseUrlsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "jdbc:postgresql://db.example:5432/trialsage | db.example:5432/trialsage",
        "jdbc:postgresql://app:s3cret@db.example/trialsage?password=s3cret | db.example/trialsage",
        "jdbc:postgresql://h1:5432,h2:5433/trialsage?ssl=true | h1:5432,h2:5433/trialsage",
        "jdbc:postgresql:trialsage?password=s3cret | localhost/trialsage"
      })
  void describesTheServerAndDatabaseButNoCredential(String url, String expected) {
    assertThat(DatabaseUrls.describe(url)).isEqualTo(expected);
  }
}
