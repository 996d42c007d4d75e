package com.trialsage.alerts;

/** What delivery counts, per channel; MicroProfile Metrics in production, a fake in tests. */
interface AlertMetrics {

  /** An alert reached the channel's receiver. */
  void delivered(String channel);

  /** An alert was refused by the receiver, or given up on after its last attempt. */
  void failed(String channel);

  /** An alert was dropped unsent because the channel's queue was full. */
  void dropped(String channel);
}
