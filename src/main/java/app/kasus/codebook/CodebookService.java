package app.kasus.codebook;

import app.kasus.base.InvalidInputException;
import app.kasus.base.LiveEvents;
import app.kasus.base.NotFoundException;
import app.kasus.base.StaleVersionException;
import app.kasus.codebook.CodebookEntities.ActorRow;
import app.kasus.codebook.CodebookEntities.CodeRow;
import app.kasus.codebook.CodebookEntities.StageRow;
import app.kasus.security.CurrentUser;
import app.kasus.security.AccessRules;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Each case's codebook: read by everyone who codes, changed only by instructors and administrators. */
@Service
public class CodebookService {

    private final CodeRowRepository codes;
    private final ActorRowRepository actors;
    private final StageRowRepository stages;
    private final DefaultCodebook defaults;
    private final CodeUsage usage;
    private final CurrentUser currentUser;
    private final AccessRules access;

    /**
     * Every annotation saved is validated against its case's codebook, which changes rarely; reading it costs three
     * queries per save (a third of the create path's). Kept until a change to that codebook commits. A load that
     * overlaps a change is not kept ({@link #changes} moved on), so a reader can never cache the old codebook after
     * the change's eviction.
     */
    private final Map<Long, Codebook> cache = new ConcurrentHashMap<>();
    private final LiveEvents events;
    private long changes;

    CodebookService(CodeRowRepository codes, ActorRowRepository actors, StageRowRepository stages,
                    DefaultCodebook defaults, CodeUsage usage, CurrentUser currentUser, AccessRules access,
                    LiveEvents events) {
        this.events = events;
        // A change on another node arrives here after it commits; one on this node too (and is evicted twice).
        events.subscribe(CodebookChanged.class, changed -> evict(changed.caseId()));
        this.codes = codes;
        this.actors = actors;
        this.stages = stages;
        this.defaults = defaults;
        this.usage = usage;
        this.currentUser = currentUser;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public Codebook forCase(long caseId) {
        Codebook cached = cache.get(caseId);
        if (cached != null) {
            return cached;
        }
        long seen;
        synchronized (cache) {
            seen = changes;
        }
        Codebook loaded = load(caseId);
        // A transaction that changed this codebook itself must see its own uncommitted rows, and nobody else may.
        boolean ownChange = TransactionSynchronizationManager.isSynchronizationActive()
                && Boolean.TRUE.equals(TransactionSynchronizationManager.getResource(this));
        synchronized (cache) {
            if (seen == changes && !ownChange) {
                cache.put(caseId, loaded);
            }
        }
        return loaded;
    }

    private Codebook load(long caseId) {
        return new Codebook(caseId, codes.findByCase(caseId).stream().map(CodeRow::toDef).toList(),
                actors.findByCase(caseId).stream().map(ActorRow::toDef).toList(),
                stages.findByCase(caseId).stream().map(StageRow::toDef).toList());
    }

    /** Gives a case that has no codebook yet a copy of the default one; leaves an existing one alone. */
    @Transactional
    public void ensureDefault(long caseId) {
        if (!codes.findByCase(caseId).isEmpty()) {
            return;
        }
        changing(caseId);
        Codebook template = defaults.load();
        int ordinal = 0;
        for (CodeDef def : template.codes()) {
            CodeRow row = new CodeRow();
            row.caseId = caseId;
            row.ordinal = ordinal++;
            row.apply(def);
            codes.save(row);
        }
        ordinal = 0;
        for (ActorDef def : template.actors()) {
            ActorRow row = new ActorRow();
            row.caseId = caseId;
            row.ordinal = ordinal++;
            row.apply(def);
            actors.save(row);
        }
        for (StageDef def : template.stages()) {
            StageRow row = new StageRow();
            row.caseId = caseId;
            row.number = def.number();
            row.apply(def);
            stages.save(row);
        }
    }

    /** Adds a code; a key the case already has is refused rather than overwritten. */
    @Transactional
    public CodeDef addCode(long caseId, CodeDef def) {
        requireEditor();
        return insertCode(caseId, def);
    }

    /**
     * Adds a code to the codebook of a case being imported in the caller's transaction (a REFI-QDA project brings
     * its own codes): whoever may import cases, researchers too, since the draft is theirs to prepare.
     */
    @Transactional
    public CodeDef addImportedCode(long caseId, CodeDef def) {
        access.requireImportCases(currentUser.require());
        return insertCode(caseId, def);
    }

    private CodeDef insertCode(long caseId, CodeDef def) {
        changing(caseId);
        CodebookRules.checkCode(def);
        if (codes.find(caseId, def.key()).isPresent()) {
            throw new InvalidInputException("key", "the case already has a code " + def.key());
        }
        CodeRow row = new CodeRow();
        row.caseId = caseId;
        row.ordinal = codes.findByCase(caseId).size();
        row.apply(def);
        return codes.saveAndFlush(row).toDef();
    }

    /**
     * Changes a code from what the editor read ({@code expected}) to {@code def}. If someone changed it in
     * between, nothing is written and the editor is told; the key never changes, since annotations use it.
     */
    @Transactional
    public CodeDef updateCode(long caseId, CodeDef expected, CodeDef def) {
        changing(caseId);
        requireEditor();
        CodebookRules.checkCode(def);
        CodeRow row = codes.find(caseId, expected.key()).orElseThrow(() -> new NotFoundException("no code " + expected.key()));
        requireUnchanged(row.toDef(), expected);
        if (!row.key.equals(def.key())) {
            throw new InvalidInputException("key", "a code's key cannot change");
        }
        if (row.kind != def.kind() && usage.countByCode(caseId, row.key) > 0) {
            throw new InvalidInputException("kind", "the code is in use; its kind cannot change");
        }
        row.apply(def);
        return codes.saveAndFlush(row).toDef();
    }

    @Transactional
    public ActorDef addActor(long caseId, ActorDef def) {
        requireEditor();
        return insertActor(caseId, def);
    }

    /** As {@link #addImportedCode}, for an actor the imported project codes with. */
    @Transactional
    public ActorDef addImportedActor(long caseId, ActorDef def) {
        access.requireImportCases(currentUser.require());
        return insertActor(caseId, def);
    }

    private ActorDef insertActor(long caseId, ActorDef def) {
        changing(caseId);
        CodebookRules.checkActor(def);
        if (actors.find(caseId, def.key()).isPresent()) {
            throw new InvalidInputException("key", "the case already has an actor " + def.key());
        }
        ActorRow row = new ActorRow();
        row.caseId = caseId;
        row.ordinal = actors.findByCase(caseId).size();
        row.apply(def);
        return actors.saveAndFlush(row).toDef();
    }

    @Transactional
    public ActorDef updateActor(long caseId, ActorDef expected, ActorDef def) {
        changing(caseId);
        requireEditor();
        CodebookRules.checkActor(def);
        ActorRow row = actors.find(caseId, expected.key())
                .orElseThrow(() -> new NotFoundException("no actor " + expected.key()));
        requireUnchanged(row.toDef(), expected);
        if (!row.key.equals(def.key())) {
            throw new InvalidInputException("key", "an actor's key cannot change");
        }
        row.apply(def);
        return actors.saveAndFlush(row).toDef();
    }

    @Transactional
    public StageDef updateStage(long caseId, StageDef expected, StageDef def) {
        changing(caseId);
        requireEditor();
        CodebookRules.checkStage(def);
        StageRow row = stages.findByCase(caseId).stream().filter(s -> s.number == def.number()).findFirst()
                .orElseThrow(() -> new InvalidInputException("number", "stages are numbered 1 to 4"));
        requireUnchanged(row.toDef(), expected);
        row.apply(def);
        return stages.saveAndFlush(row).toDef();
    }

    /** The editor's copy must still be what is stored, or its save would undo someone else's. */
    private static void requireUnchanged(Object stored, Object expected) {
        if (!stored.equals(expected)) {
            throw new StaleVersionException("changed by someone else since it was read");
        }
    }

    @Transactional(readOnly = true)
    public long usage(long caseId, String key) {
        return usage.countByCode(caseId, key);
    }

    /** The code's annotations in locked coding: while there are any, the code cannot be deleted. */
    @Transactional(readOnly = true)
    public CodeUsage.Locked lockedUsage(long caseId, String key) {
        return usage.lockedByCode(caseId, key);
    }

    /**
     * Deletes a code. Its annotations either move to {@code replacementKey} or, when that is null, are deleted
     * with it: the caller chooses, nothing happens to them silently. Refused ({@link LockedCodingException}) while
     * any of them belongs to coding an instructor has locked: that coding is final until unlocked.
     */
    @Transactional
    public void deleteCode(long caseId, String key, String replacementKey) {
        changing(caseId);
        requireEditor();
        CodeRow row = codes.find(caseId, key).orElseThrow(() -> new NotFoundException("no code " + key));
        List<CodeRow> all = codes.findByCase(caseId);
        if (all.size() == 1) {
            throw new InvalidInputException("key", "a codebook keeps at least one code");
        }
        CodeUsage.Locked locked = usage.lockedByCode(caseId, row.key);
        if (locked.any()) {
            throw new LockedCodingException(row.key, locked);
        }
        if (replacementKey != null) {
            CodeRow target = codes.find(caseId, replacementKey)
                    .filter(t -> !t.id.equals(row.id))
                    .orElseThrow(() -> new InvalidInputException("replacement", "choose another code of this case"));
            if (target.kind == CodeKind.SIGNAL && row.kind != CodeKind.SIGNAL) {
                throw new InvalidInputException("replacement",
                        "annotations without a valence cannot become signals; choose another code or delete them");
            }
            usage.reassignCode(caseId, row.key, target.key, target.kind != CodeKind.SIGNAL);
        } else {
            usage.deleteByCode(caseId, row.key);
        }
        codes.delete(row);
    }

    private void requireEditor() {
        access.requireEditCodebook(currentUser.require());
    }

    /**
     * Drops the case's cached codebook now and again once the changing transaction ends (committed or not), so that
     * no reader keeps what was read in between.
     */
    private void changing(long caseId) {
        evict(caseId);
        events.publish(new CodebookChanged(caseId));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            if (!TransactionSynchronizationManager.hasResource(this)) {
                TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCompletion(int status) {
                        TransactionSynchronizationManager.unbindResourceIfPossible(CodebookService.this);
                        synchronized (cache) {
                            changes++;
                            cache.clear();
                        }
                    }
                });
            }
        }
    }

    /** For codebook rows changed outside this service (a restore, a test's cleanup): the next read loads them anew. */
    public void evict(long caseId) {
        synchronized (cache) {
            changes++;
            cache.remove(caseId);
        }
    }
}
