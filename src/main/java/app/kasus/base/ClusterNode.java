package app.kasus.base;

import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * This running application among the nodes sharing the database: marks what it writes for others (presence rows,
 * locks, live events it sent itself). New at every start, so a restarted node is a new one and the old one's rows
 * simply expire.
 */
@Component
public class ClusterNode {

    private final String id = "node-" + UUID.randomUUID().toString().substring(0, 13);

    public String id() {
        return id;
    }
}
