package com.trialsage.alerts;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/** A CDI {@link Event} whose synchronous {@code fire} calls one observer, as CDI would. */
final class ForwardingEvent implements Event<AlertEvent> {
  private final Consumer<AlertEvent> observer;

  ForwardingEvent(Consumer<AlertEvent> observer) {
    this.observer = observer;
  }

  @Override
  public void fire(AlertEvent event) {
    observer.accept(event);
  }

  @Override
  public <U extends AlertEvent> CompletionStage<U> fireAsync(U event) {
    throw new UnsupportedOperationException("alerts are fired synchronously");
  }

  @Override
  public <U extends AlertEvent> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
    throw new UnsupportedOperationException("alerts are fired synchronously");
  }

  @Override
  public Event<AlertEvent> select(Annotation... qualifiers) {
    throw new UnsupportedOperationException("alerts have no qualifiers");
  }

  @Override
  public <U extends AlertEvent> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
    throw new UnsupportedOperationException("alerts have no qualifiers");
  }

  @Override
  public <U extends AlertEvent> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
    throw new UnsupportedOperationException("alerts have no qualifiers");
  }
}
