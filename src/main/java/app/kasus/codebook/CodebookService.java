package app.kasus.codebook;

import app.kasus.base.InvalidInputException;
import app.kasus.base.NotFoundException;
import app.kasus.codebook.CodebookEntities.ActorRow;
import app.kasus.codebook.CodebookEntities.CodeRow;
import app.kasus.codebook.CodebookEntities.StageRow;
import app.kasus.security.CurrentUser;
import app.kasus.security.Role;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each case's codebook: read by everyone who codes, changed only by instructors and administrators. */
@Service
public class CodebookService {

    private static final Set<Role> EDITORS = Set.of(Role.INSTRUCTOR, Role.ADMIN);

    private final CodeRowRepository codes;
    private final ActorRowRepository actors;
    private final StageRowRepository stages;
    private final DefaultCodebook defaults;
    private final CodeUsage usage;
    private final CurrentUser currentUser;

    CodebookService(CodeRowRepository codes, ActorRowRepository actors, StageRowRepository stages,
                    DefaultCodebook defaults, CodeUsage usage, CurrentUser currentUser) {
        this.codes = codes;
        this.actors = actors;
        this.stages = stages;
        this.defaults = defaults;
        this.usage = usage;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public Codebook forCase(long caseId) {
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

    /** Adds the code, or changes the one with this key (its key stays: annotations refer to it). */
    @Transactional
    public CodeDef saveCode(long caseId, CodeDef def) {
        requireEditor();
        CodebookRules.checkCode(def);
        CodeRow row = codes.find(caseId, def.key()).orElseGet(() -> {
            CodeRow fresh = new CodeRow();
            fresh.caseId = caseId;
            fresh.ordinal = codes.findByCase(caseId).size();
            return fresh;
        });
        if (row.id != null && row.kind != def.kind() && usage.countByCode(caseId, row.key) > 0) {
            throw new InvalidInputException("kind", "the code is in use; its kind cannot change");
        }
        row.apply(new CodeDef(row.id == null ? def.key() : row.key, def.kind(), def.color(), def.name(),
                def.definition(), def.examples()));
        return codes.saveAndFlush(row).toDef();
    }

    @Transactional
    public ActorDef saveActor(long caseId, ActorDef def) {
        requireEditor();
        CodebookRules.checkActor(def);
        ActorRow row = actors.find(caseId, def.key()).orElseGet(() -> {
            ActorRow fresh = new ActorRow();
            fresh.caseId = caseId;
            fresh.ordinal = actors.findByCase(caseId).size();
            return fresh;
        });
        row.apply(new ActorDef(row.id == null ? def.key() : row.key, def.name()));
        return actors.saveAndFlush(row).toDef();
    }

    @Transactional
    public StageDef saveStage(long caseId, StageDef def) {
        requireEditor();
        CodebookRules.checkStage(def);
        StageRow row = stages.findByCase(caseId).stream().filter(s -> s.number == def.number()).findFirst()
                .orElseThrow(() -> new InvalidInputException("number", "stages are numbered 1 to 4"));
        row.apply(def);
        return stages.saveAndFlush(row).toDef();
    }

    @Transactional(readOnly = true)
    public long usage(long caseId, String key) {
        return usage.countByCode(caseId, key);
    }

    /**
     * Deletes a code. Its annotations either move to {@code replacementKey} or, when that is null, are deleted
     * with it: the caller chooses, nothing happens to them silently.
     */
    @Transactional
    public void deleteCode(long caseId, String key, String replacementKey) {
        requireEditor();
        CodeRow row = codes.find(caseId, key).orElseThrow(() -> new NotFoundException("no code " + key));
        List<CodeRow> all = codes.findByCase(caseId);
        if (all.size() == 1) {
            throw new InvalidInputException("key", "a codebook keeps at least one code");
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
        if (!EDITORS.contains(currentUser.require().getRole())) {
            throw new AccessDeniedException("only instructors may change a codebook");
        }
    }
}
