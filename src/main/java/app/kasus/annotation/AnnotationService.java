package app.kasus.annotation;

import app.kasus.base.InvalidInputException;
import app.kasus.base.LiveEvents;
import app.kasus.base.NotFoundException;
import app.kasus.base.StaleVersionException;
import app.kasus.cases.CaseService;
import app.kasus.codebook.CodebookService;
import app.kasus.group.CodingVisibility;
import app.kasus.security.CurrentUser;
import app.kasus.security.UserAccount;
import app.kasus.security.Usernames;
import app.kasus.cases.PassageInfo;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coding. Every method acts as the signed-in user and checks row-level access itself, whatever id a request
 * names: a coder changes only their own annotations and reads those of coders {@link CodingVisibility} lets
 * them see (their groupmates'; staff everyone's); anything else reads as not found. Gold rows (the case's reference
 * coding, {@link GoldService}) are in no coder's coding: they appear only in the gold layer, and instructors change
 * them here whoever wrote them.
 */
@Service
public class AnnotationService {

    /** The most annotations {@link #createAll} stores in one call. */
    public static final int MAX_BATCH = 1000;

    private final AnnotationRepository annotations;
    private final CaseService cases;
    private final CurrentUser currentUser;
    private final CodebookService codebooks;
    private final CodingVisibility visibility;
    private final LiveEvents events;
    private final SubmissionService submissions;
    private final GoldService gold;
    private final AnnotationRemoval removal;
    private final AnnotationAccess access;

    AnnotationService(AnnotationRepository annotations, CaseService cases, CurrentUser currentUser,
                      CodebookService codebooks, CodingVisibility visibility, LiveEvents events,
                      SubmissionService submissions, GoldService gold, AnnotationRemoval removal,
                      AnnotationAccess access) {
        this.removal = removal;
        this.access = access;
        this.submissions = submissions;
        this.gold = gold;
        this.annotations = annotations;
        this.cases = cases;
        this.currentUser = currentUser;
        this.codebooks = codebooks;
        this.visibility = visibility;
        this.events = events;
    }

    @Transactional
    public AnnotationData create(long caseId, AnnotationCommand command) {
        UserAccount me = currentUser.require();
        cases.requireCase(caseId);
        submissions.requireUnlocked(caseId, me);
        ValidAnnotation valid = AnnotationValidator.validate(caseId, command, cases::passage,
                codebooks.forCase(caseId));
        checkRespondsTo(caseId, valid.respondsTo(), null, me);
        Annotation annotation = new Annotation(caseId, me);
        annotation.apply(valid);
        AnnotationData created = annotations.saveAndFlush(annotation).toData();
        events.publish(changed(created, CodingChanged.Change.CREATED));
        return created;
    }

    /**
     * Stores a script's batch of the caller's annotations in one transaction: all of them, in order, or (when any
     * item is invalid) none, naming every bad item. One {@link CodingChanged} tells open views.
     */
    @Transactional
    public List<AnnotationData> createAll(long caseId, List<AnnotationCommand> commands) {
        if (commands == null) {
            throw new InvalidInputException("body", "missing: send a JSON array of annotations");
        }
        if (commands.size() > MAX_BATCH) {
            throw new InvalidInputException("body", "at most " + MAX_BATCH + " annotations per batch, not "
                    + commands.size());
        }
        UserAccount me = currentUser.require();
        cases.requireCase(caseId);
        submissions.requireUnlocked(caseId, me);
        var codebook = codebooks.forCase(caseId);
        Map<Long, Optional<PassageInfo>> passages = new HashMap<>();
        List<Annotation> valid = new ArrayList<>(commands.size());
        List<BatchRejectedException.ItemError> errors = new ArrayList<>();
        for (int i = 0; i < commands.size(); i++) {
            try {
                ValidAnnotation item = AnnotationValidator.validate(caseId, commands.get(i),
                        id -> passages.computeIfAbsent(id, cases::passage), codebook);
                checkRespondsTo(caseId, item.respondsTo(), null, me);
                Annotation annotation = new Annotation(caseId, me);
                annotation.apply(item);
                valid.add(annotation);
            } catch (InvalidInputException e) {
                errors.add(new BatchRejectedException.ItemError(i, e.field(), e.getMessage()));
            } catch (NotFoundException e) {
                // The validator's only "not found" is a passage outside this case.
                errors.add(new BatchRejectedException.ItemError(i, "passageId", e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw new BatchRejectedException(errors);
        }
        List<AnnotationData> created = annotations.saveAllAndFlush(valid).stream().map(Annotation::toData).toList();
        if (!created.isEmpty()) {
            long passage = created.get(0).passageId();
            boolean onePassage = created.stream().allMatch(a -> a.passageId() == passage);
            events.publish(onePassage && created.size() == 1 ? changed(created.get(0), CodingChanged.Change.CREATED)
                    : new CodingChanged(caseId, null, onePassage ? passage : 0, me.getUsername(),
                    onePassage ? CodingChanged.Change.CREATED : CodingChanged.Change.MANY));
        }
        return created;
    }

    @Transactional(readOnly = true)
    public List<AnnotationData> mine(long caseId) {
        UserAccount me = currentUser.require();
        cases.requireCase(caseId);
        return annotations.findByCaseAndAuthor(caseId, me.getId()).stream().map(Annotation::toData).toList();
    }

    /**
     * The coding of the named coders, for combined views such as the assessment. Unlike the other methods it
     * does not restrict rows to the caller: the caller must have checked that these coders are visible.
     */
    @Transactional(readOnly = true)
    public List<AnnotationData> codingOf(long caseId, Collection<String> coders) {
        cases.requireCase(caseId);
        if (coders.isEmpty()) {
            return List.of();
        }
        return annotations.findByCaseAndAuthors(caseId, coders).stream().map(Annotation::toData).toList();
    }

    /**
     * {@link #codingOf}'s annotations as spans for an analysis, read without loading entities: coder by coder in
     * the order named (a name given twice counts once), each coder's in text order. Like {@link #codingOf}, checks
     * only that the case exists: the caller decides whose coding may be measured.
     */
    @Transactional(readOnly = true)
    public List<AnnotationSpan> spansOf(long caseId, Collection<String> coders) {
        cases.requireCase(caseId);
        List<AnnotationSpan> spans = new ArrayList<>();
        for (String coder : new LinkedHashSet<>(coders)) {
            spans.addAll(annotations.findSpansByCaseAndAuthor(caseId, coder));
        }
        return spans;
    }

    /** The quoted text of the named coders' annotations by id, for a page listing some of {@link #spansOf}. */
    @Transactional(readOnly = true)
    public Map<Long, String> quotesOf(long caseId, Collection<String> coders) {
        cases.requireCase(caseId);
        Map<Long, String> quotes = new HashMap<>();
        for (String coder : new LinkedHashSet<>(coders)) {
            annotations.findQuotesByCaseAndAuthor(caseId, coder)
                    .forEach(row -> quotes.put((Long) row[0], (String) row[1]));
        }
        return quotes;
    }

    /** Everyone who has coded the case, by user name. */
    @Transactional(readOnly = true)
    public List<String> coders(long caseId) {
        cases.requireCase(caseId);
        return annotations.coders(caseId);
    }

    /** The coders of the case whose coding the caller may see (themselves included), for choosing one to show. */
    @Transactional(readOnly = true)
    public List<String> visibleCoders(long caseId) {
        UserAccount me = currentUser.require();
        cases.requireCase(caseId);
        if (visibility.seesEveryone(me)) {
            return annotations.coders(caseId);
        }
        var mates = visibility.groupmates(me);
        return annotations.coders(caseId).stream().filter(mates::contains).toList();
    }

    /** Whether the caller may choose everyone's coding (staff), not just their groups'. */
    @Transactional(readOnly = true)
    public boolean seesEveryone() {
        return visibility.seesEveryone(currentUser.require());
    }

    /** One annotation, if its author's coding is visible to the caller; otherwise "not found", revealing nothing. */
    @Transactional(readOnly = true)
    public AnnotationData get(long id) {
        return access.requireReadable(id, currentUser.require()).toData();
    }

    /** The coding of a layer (see {@link CodingLayer}) that the caller may see; a coder they may not see reads as unknown. */
    @Transactional(readOnly = true)
    public List<AnnotationData> visible(long caseId, CodingLayer layer) {
        UserAccount me = currentUser.require();
        cases.requireCase(caseId);
        return switch (layer.kind()) {
            case MINE -> mine(caseId);
            case GROUP -> codingOf(caseId, visibility.groupmates(me));
            case ALL -> visibility.seesEveryone(me) ? annotations.findByCase(caseId).stream().map(Annotation::toData).toList()
                    : codingOf(caseId, visibility.groupmates(me));
            case USER -> {
                if (!visibility.maySee(me, layer.user())) {
                    throw new NotFoundException("no coding of " + layer.user() + " that you may see");
                }
                yield codingOf(caseId, List.of(Usernames.normalize(layer.user())));
            }
            case GOLD -> gold.gold(caseId);
        };
    }

    /** {@link #mine} in the named passages only. */
    @Transactional(readOnly = true)
    public List<AnnotationData> mineIn(long caseId, Collection<Long> passageIds) {
        UserAccount me = currentUser.require();
        cases.requireCase(caseId);
        if (passageIds.isEmpty()) {
            return List.of();
        }
        return annotations.findByCaseAndAuthorInPassages(caseId, me.getId(), passageIds).stream()
                .map(Annotation::toData).toList();
    }

    /**
     * {@link #visible} in the named passages only, under the same rules: a live refresh after changes in a few
     * passages reloads those, not a seminar's whole coding.
     */
    @Transactional(readOnly = true)
    public List<AnnotationData> visibleIn(long caseId, CodingLayer layer, Collection<Long> passageIds) {
        UserAccount me = currentUser.require();
        cases.requireCase(caseId);
        if (passageIds.isEmpty()) {
            return List.of();
        }
        return switch (layer.kind()) {
            case MINE -> mineIn(caseId, passageIds);
            case GROUP -> codingIn(caseId, visibility.groupmates(me), passageIds);
            case ALL -> visibility.seesEveryone(me)
                    ? annotations.findByCaseInPassages(caseId, passageIds).stream().map(Annotation::toData).toList()
                    : codingIn(caseId, visibility.groupmates(me), passageIds);
            case USER -> {
                if (!visibility.maySee(me, layer.user())) {
                    throw new NotFoundException("no coding of " + layer.user() + " that you may see");
                }
                yield codingIn(caseId, List.of(Usernames.normalize(layer.user())), passageIds);
            }
            case GOLD -> gold.gold(caseId).stream().filter(a -> passageIds.contains(a.passageId())).toList();
        };
    }

    private List<AnnotationData> codingIn(long caseId, Collection<String> coders, Collection<Long> passageIds) {
        if (coders.isEmpty()) {
            return List.of();
        }
        return annotations.findByCaseAndAuthorsInPassages(caseId, coders, passageIds).stream()
                .map(Annotation::toData).toList();
    }

    @Transactional
    public AnnotationData update(long id, AnnotationCommand command) {
        UserAccount me = currentUser.require();
        Annotation annotation = access.requireChangeable(id, me);
        if (command == null || command.version() == null) {
            throw new InvalidInputException("version", "required: the version you read");
        }
        requireVersion(annotation, command.version());
        ValidAnnotation valid = AnnotationValidator.validate(annotation.getCaseId(), command, cases::passage,
                codebooks.forCase(annotation.getCaseId()));
        if (annotation.isGold()) {
            gold.checkRespondsTo(annotation.getCaseId(), valid.respondsTo(), id);
            annotation.rewrittenBy(me);
        } else {
            checkRespondsTo(annotation.getCaseId(), valid.respondsTo(), id, me);
        }
        annotation.apply(valid);
        // Flushing here turns a concurrent writer's commit into a conflict the caller sees, not a lost update.
        AnnotationData updated = annotations.saveAndFlush(annotation).toData();
        events.publish(changed(updated, CodingChanged.Change.UPDATED));
        return updated;
    }

    /** Deletes the annotation; {@code expectedVersion} may be null when the caller did not read one. */
    @Transactional
    public void delete(long id, Long expectedVersion) {
        Annotation annotation = access.requireChangeable(id, currentUser.require());
        if (expectedVersion != null) {
            requireVersion(annotation, expectedVersion);
        }
        AnnotationData deleted = annotation.toData();
        removal.remove(annotation);
        events.publish(changed(deleted, CodingChanged.Change.DELETED));
    }

    static CodingChanged changed(AnnotationData a, CodingChanged.Change change) {
        return new CodingChanged(a.caseId(), a.id(), a.passageId(), a.author(), change, a);
    }

    private static void requireVersion(Annotation annotation, long expected) {
        if (annotation.getVersion() != expected) {
            throw new StaleVersionException("annotation " + annotation.getId() + " is at version "
                    + annotation.getVersion() + ", not " + expected);
        }
    }

    /** A link may point only to another annotation of the same case that the coder can see (their own). */
    private void checkRespondsTo(long caseId, Long target, Long self, UserAccount me) {
        if (target == null) {
            return;
        }
        if (target.equals(self)) {
            throw new InvalidInputException("respondsTo", "an annotation cannot respond to itself");
        }
        Annotation other = annotations.findLinkTarget(target).orElse(null);
        if (other == null || other.getCaseId() != caseId || other.isGold()
                || !Objects.equals(other.getAuthor().getId(), me.getId())) {
            throw new InvalidInputException("respondsTo", "no annotation " + target + " of yours in this case");
        }
    }
}
