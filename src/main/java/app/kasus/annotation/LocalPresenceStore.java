package app.kasus.annotation;

import app.kasus.base.OnPostgres;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/** One node (H2): the visits live in memory, gone with the pages anyway. */
@Component
@Conditional(OnPostgres.Not.class)
class LocalPresenceStore implements PresenceStore {

    private final Map<String, Visit> visits = new ConcurrentHashMap<>();

    @Override
    public void save(String viewKey, Visit visit) {
        visits.put(viewKey, visit);
    }

    @Override
    public void remove(String viewKey) {
        visits.remove(viewKey);
    }

    @Override
    public List<Visit> onCase(long caseId) {
        return new ArrayList<>(visits.values()).stream().filter(v -> v.caseId() == caseId).toList();
    }

    @Override
    public void apply(Runnable change) {
        change.run();
    }
}
