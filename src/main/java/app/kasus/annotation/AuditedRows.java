package app.kasus.annotation;

import app.kasus.annotation.ActivityEntry.Subject;
import app.kasus.annotation.AnnotationRevision.Action;
import app.kasus.history.Revision;
import app.kasus.security.UserAccount;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.query.TypedParameterValue;
import org.hibernate.type.StandardBasicTypes;
import org.springframework.stereotype.Component;

/**
 * Reads the history Hibernate Envers records for annotations and their notes, and writes a deleted annotation's row
 * back. For {@link AnnotationHistory} only, which checks who may see what.
 */
@Component
class AuditedRows {

    /** One recorded state of a row: the row as it stood (as it was, for a deletion), the revision and its kind. */
    record Recorded<T>(T row, Revision revision, Action action) {
    }

    @PersistenceContext
    private EntityManager entityManager;

    /** Every recorded state of one annotation, oldest first. */
    List<Recorded<Annotation>> revisions(long annotationId) {
        return recorded(reader().createQuery().forRevisionsOfEntity(Annotation.class, false, true)
                .add(AuditEntity.id().eq(annotationId))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList());
    }

    /** Every recorded deletion of an annotation of the case, newest first (an annotation may appear more than once). */
    List<Recorded<Annotation>> deletions(long caseId) {
        return recorded(reader().createQuery().forRevisionsOfEntity(Annotation.class, false, true)
                .add(AuditEntity.revisionType().eq(RevisionType.DEL))
                .add(AuditEntity.property("caseId").eq(caseId))
                .addOrder(AuditEntity.revisionNumber().desc())
                .getResultList());
    }

    /** The comments or feedback of an annotation deleted in the given revision (with it). */
    <T extends AnnotationNote> List<T> notesDeletedWith(Class<T> type, long annotationId, long revision) {
        return recorded(reader().createQuery().forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.revisionType().eq(RevisionType.DEL))
                .add(AuditEntity.property("annotationId").eq(annotationId))
                .add(AuditEntity.revisionNumber().eq(revision))
                .addOrder(AuditEntity.id().asc())
                .getResultList()).stream().map(r -> type.cast(r.row())).toList();
    }

    /** The annotations whose link to this one was cleared in the revision that deleted it ({@link AnnotationRemoval}). */
    List<Long> linksClearedBy(long annotationId, long revision) {
        @SuppressWarnings("unchecked")
        List<Number> ids = entityManager.createNativeQuery("select m.id from annotation_aud m where m.rev = :rev"
                        + " and m.revtype = 1 and m.responds_to_id is null and :id = (select p.responds_to_id"
                        + " from annotation_aud p where p.id = m.id and p.rev = (select max(q.rev) from annotation_aud q"
                        + " where q.id = m.id and q.rev < :rev)) order by m.id")
                .setParameter("rev", revision)
                .setParameter("id", annotationId)
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /**
     * Which of these accounts still exist. A recorded row names its author by id, and an account without coding
     * may have been deleted since; such rows are left alone (their author's name is gone with the account).
     */
    Set<Long> existingAccounts(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(entityManager.createQuery("select u.id from UserAccount u where u.id in :ids", Long.class)
                .setParameter("ids", ids).getResultList());
    }

    /** A managed reference to an account, for linking a restored note to its author. */
    UserAccount account(long id) {
        return entityManager.getReference(UserAccount.class, id);
    }

    /**
     * Writes a deleted annotation's row back under its old id, which JPA cannot do for an identity column. The
     * caller then changes the loaded row through JPA, so the history records the restore with the row's state.
     */
    void reinsert(AnnotationData was, long authorId, Long respondsTo, Long acceptedFrom) {
        entityManager.createNativeQuery("insert into annotation (id, version, case_id, passage_id, start_offset,"
                        + " end_offset, quote, code, actor, addressee, stage, valence, event_date, note, responds_to_id,"
                        + " author_id, layer, accepted_from_id, created_at, modified_at) values (:id, 0, :caseId,"
                        + " :passageId, :start, :end, :quote, :code, :actor, :addressee, :stage, :valence, :eventDate,"
                        + " :note, :respondsTo, :authorId, :layer, :acceptedFrom, :created, :modified)")
                .setParameter("id", was.id())
                .setParameter("caseId", was.caseId())
                .setParameter("passageId", was.passageId())
                .setParameter("start", was.start())
                .setParameter("end", was.end())
                .setParameter("quote", was.quote())
                .setParameter("code", was.code())
                .setParameter("actor", was.actor())
                .setParameter("addressee", was.addressee())
                .setParameter("stage", was.stage())
                // Typed, so a null binds as the column's type on every database (PostgreSQL refuses an untyped null).
                .setParameter("valence", new TypedParameterValue<>(StandardBasicTypes.STRING, was.valence()))
                .setParameter("eventDate", new TypedParameterValue<>(StandardBasicTypes.LOCAL_DATE, was.eventDate()))
                .setParameter("note", new TypedParameterValue<>(StandardBasicTypes.STRING, was.note()))
                .setParameter("respondsTo", new TypedParameterValue<>(StandardBasicTypes.LONG, respondsTo))
                .setParameter("authorId", authorId)
                .setParameter("layer", (was.gold() ? Layer.GOLD : Layer.CODER).name())
                .setParameter("acceptedFrom", new TypedParameterValue<>(StandardBasicTypes.LONG, acceptedFrom))
                .setParameter("created", new TypedParameterValue<>(StandardBasicTypes.INSTANT, was.created()))
                .setParameter("modified", new TypedParameterValue<>(StandardBasicTypes.INSTANT, was.modified()))
                .executeUpdate();
    }

    /**
     * The case's changes, newest first: its annotations (coder and gold), their comments and feedback, and its
     * codebook. A row recorded as changed right after a deletion was restored.
     */
    List<ActivityEntry> activity(long caseId, long offset, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select e.rev, r.revision_time, r.username, e.subject,"
                        + " e.revtype, e.previous, e.item_id, e.annotation_id, e.detail from ("
                        + " select a.rev, a.revtype, 'ANNOTATION' as subject, a.id as item_id, a.id as annotation_id,"
                        + "  a.code as detail, (select p.revtype from annotation_aud p where p.id = a.id and p.rev ="
                        + "  (select max(q.rev) from annotation_aud q where q.id = a.id and q.rev < a.rev)) as previous"
                        + "  from annotation_aud a where a.case_id = :caseId"
                        + " union all select c.rev, c.revtype, 'COMMENT', c.id, c.annotation_id, null, null"
                        + "  from annotation_comment_aud c where c.annotation_id in"
                        + "  (select x.id from annotation_aud x where x.case_id = :caseId)"
                        + " union all select f.rev, f.revtype, 'FEEDBACK', f.id, f.annotation_id, null, null"
                        + "  from annotation_feedback_aud f where f.annotation_id in"
                        + "  (select y.id from annotation_aud y where y.case_id = :caseId)"
                        + " union all select k.rev, k.revtype, 'CODE', k.id, null, k.code_key, null"
                        + "  from codebook_code_aud k where k.case_id = :caseId"
                        + " union all select t.rev, t.revtype, 'ACTOR', t.id, null, t.actor_key, null"
                        + "  from codebook_actor_aud t where t.case_id = :caseId"
                        + " union all select s.rev, s.revtype, 'STAGE', s.id, null, cast(s.number as varchar(16)), null"
                        + "  from codebook_stage_aud s where s.case_id = :caseId"
                        + ") e join audit_revision r on r.id = e.rev"
                        + " order by e.rev desc, e.subject, e.item_id desc limit :limit offset :offset")
                .setParameter("caseId", caseId)
                .setParameter("limit", limit)
                .setParameter("offset", offset)
                .getResultList();
        return rows.stream().map(AuditedRows::entry).toList();
    }

    private static ActivityEntry entry(Object[] row) {
        Action recorded = action(((Number) row[4]).intValue());
        Action previous = row[5] == null ? null : action(((Number) row[5]).intValue());
        return new ActivityEntry(((Number) row[0]).longValue(), instant(row[1]), (String) row[2],
                Subject.valueOf(((String) row[3]).trim()), AnnotationChanges.action(recorded, previous),
                ((Number) row[6]).longValue(), row[7] == null ? null : ((Number) row[7]).longValue(), (String) row[8]);
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("unexpected time " + value.getClass());
    }

    /** Envers' revision types by their stored number: 0 added, 1 changed, 2 deleted. */
    private static Action action(int revtype) {
        return switch (RevisionType.fromRepresentation((byte) revtype)) {
            case ADD -> Action.CREATED;
            case MOD -> Action.UPDATED;
            case DEL -> Action.DELETED;
        };
    }

    private static Action action(RevisionType type) {
        return action(type.getRepresentation());
    }

    @SuppressWarnings("unchecked")
    private static <T> List<Recorded<T>> recorded(List<?> rows) {
        return rows.stream().map(r -> {
            Object[] row = (Object[]) r;
            return new Recorded<>((T) row[0], (Revision) row[1], action((RevisionType) row[2]));
        }).toList();
    }

    private AuditReader reader() {
        return AuditReaderFactory.get(entityManager);
    }
}
