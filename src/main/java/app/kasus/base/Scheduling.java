package app.kasus.base;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Background work on a timer (cleanups, presence heartbeats); what must run once per cluster takes a {@link ClusterLock}. */
@Configuration
@EnableScheduling
class Scheduling {
}
