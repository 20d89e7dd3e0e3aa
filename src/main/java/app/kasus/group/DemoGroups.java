package app.kasus.group;

import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The demo profile's two seminar groups; runs after the demo accounts exist. */
@Component
@Profile("demo")
@Order(20)
class DemoGroups implements ApplicationRunner {

    private final GroupService groups;

    DemoGroups(GroupService groups) {
        this.groups = groups;
    }

    @Override
    public void run(ApplicationArguments args) {
        groups.ensureGroup("Seminar A", List.of("student1", "student2", "student3"));
        groups.ensureGroup("Seminar B", List.of("student4", "student5", "student6"));
    }
}
