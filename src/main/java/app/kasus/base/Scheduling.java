package app.kasus.base;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Background work on a timer (cleanups, presence heartbeats); what must run once per cluster takes a
 * {@link ClusterLock}. Spring Boot's scheduler is a {@code TaskExecutor} too: the pages that run work in the
 * background ask for "the" TaskExecutor and must keep getting the application's executor, not the timer's one thread.
 */
@Configuration
@EnableScheduling
class Scheduling {

    @Bean
    static BeanFactoryPostProcessor applicationTaskExecutorFirst() {
        return factory -> {
            if (factory.containsBeanDefinition(TaskExecutionAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME)) {
                factory.getBeanDefinition(TaskExecutionAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME).setPrimary(true);
            }
        };
    }
}
