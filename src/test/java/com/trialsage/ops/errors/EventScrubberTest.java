package com.trialsage.ops.errors;

import static org.assertj.core.api.Assertions.assertThat;

import io.sentry.Breadcrumb;
import io.sentry.Hint;
import io.sentry.SentryEvent;
import io.sentry.protocol.Request;
import io.sentry.protocol.User;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventScrubberTest {
  private final EventScrubber scrubber = new EventScrubber();

  @Test
  void keepsOnlyMethodAndPathOfARequest() {
    Request request = new Request();
    request.setMethod("POST");
    request.setUrl("https://trialsage.example/api/v1/uploads?name=dm.xpt&token=t0k3n#frag");
    request.setQueryString("name=dm.xpt&token=t0k3n");
    request.setHeaders(Map.of("Authorization", "Bearer abc.def.ghi", "X-Request-Id", "r1"));
    request.setCookies("JSESSIONID=s3ss10n");
    request.setData("{\"password\":\"hunter2\"}");
    request.setEnvs(Map.of("TRIALSAGE_DB_PASSWORD", "postgres"));
    SentryEvent event = new SentryEvent();
    event.setRequest(request);

    Request scrubbed = scrubber.execute(event, new Hint()).getRequest();

    assertThat(scrubbed.getMethod()).isEqualTo("POST");
    assertThat(scrubbed.getUrl()).isEqualTo("https://trialsage.example/api/v1/uploads");
    assertThat(scrubbed.getQueryString()).isNull();
    assertThat(scrubbed.getHeaders()).isNull();
    assertThat(scrubbed.getCookies()).isNull();
    assertThat(scrubbed.getData()).isNull();
    assertThat(scrubbed.getEnvs()).isNull();
  }

  @Test
  void dropsTheUserAndFiltersSecretsFromTagsExtrasAndBreadcrumbs() {
    User user = new User();
    user.setIpAddress("203.0.113.7");
    user.setEmail("someone@example.org");
    SentryEvent event = new SentryEvent();
    event.setUser(user);
    event.setTag("note", "routing_key=R0UT1NG");
    event.setExtra("detail", "connect to jdbc:postgresql://db/x?user=a&password=pw-1 failed");
    Breadcrumb breadcrumb = new Breadcrumb("sent api_key: AK-99 to the webhook");
    breadcrumb.setData("body", "anything");
    event.setBreadcrumbs(List.of(breadcrumb));

    SentryEvent scrubbed = scrubber.execute(event, new Hint());

    assertThat(scrubbed.getUser()).isNull();
    assertThat(scrubbed.getTags()).containsEntry("note", "routing_key=[Filtered]");
    assertThat(scrubbed.getExtras().get("detail").toString())
        .doesNotContain("pw-1")
        .contains("password=[Filtered]");
    assertThat(scrubbed.getBreadcrumbs().get(0).getMessage())
        .isEqualTo("sent api_key: [Filtered] to the webhook");
    assertThat(scrubbed.getBreadcrumbs().get(0).getData()).isEmpty();
  }

  @Test
  void leavesTextWithoutSecretsAlone() {
    String text = "the engine ran past 20 s and was killed (exit code 137)";

    assertThat(EventScrubber.scrub(text)).isEqualTo(text);
  }
}
