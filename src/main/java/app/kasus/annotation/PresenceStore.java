package app.kasus.annotation;

import java.util.List;

/**
 * Where the visits of open reading views are kept: this node's memory ({@link LocalPresenceStore}) or, with
 * several nodes, the database ({@link DatabasePresenceStore}).
 */
interface PresenceStore {

    /** One open reading view: who reads which case, at which section (a heading, or empty). */
    record Visit(long caseId, String username, String displayName, String section) {
    }

    void save(String viewKey, Visit visit);

    void remove(String viewKey);

    /** The visits of the case, of every node that keeps them. */
    List<Visit> onCase(long caseId);

    /**
     * Runs a change of visits, then what must follow it (telling the views), in the order given; the database store
     * runs it on a worker thread, since the caller may hold a page's session lock.
     */
    void apply(Runnable change);
}
