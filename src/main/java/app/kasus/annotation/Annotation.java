package app.kasus.annotation;

import app.kasus.base.StoredTime;
import app.kasus.codebook.Valence;
import app.kasus.security.UserAccount;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * One coded span of one passage by one coder: a row each, so coders never overwrite each other. A row of the
 * {@link Layer#GOLD gold} layer belongs to the case's reference coding instead; its author is whoever wrote it last.
 */
@Entity
@Audited
@Table(name = "annotation")
class Annotation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "passage_id", nullable = false)
    private long passageId;

    @Column(name = "start_offset", nullable = false)
    private int start;

    @Column(name = "end_offset", nullable = false)
    private int end;

    @Column(nullable = false, length = 100000)
    private String quote;

    /** Keys into the case's codebook, which may change after the annotation was made. */
    @Column(nullable = false, length = 32)
    private String code;

    @Column(nullable = false, length = 16)
    private String actor;

    @Column(nullable = false, length = 16)
    private String addressee;

    @Column(nullable = false)
    private int stage;

    @Convert(converter = ValenceConverter.class)
    @Column(length = 16)
    private Valence valence;

    @Column(name = "event_date")
    private LocalDate eventDate;

    @Column(length = 2000)
    private String note;

    @Column(name = "responds_to_id")
    private Long respondsTo;

    // The account as it is now: usernames never change, and accounts older than the history have no past rows.
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private UserAccount author;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Layer layer = Layer.CODER;

    /** The coder annotation a gold span was copied from; null for coder rows and gold written from scratch. */
    @Column(name = "accepted_from_id")
    private Long acceptedFrom;

    @Column(name = "created_at", nullable = false)
    private Instant created;

    @Column(name = "modified_at", nullable = false)
    private Instant modified;

    protected Annotation() {
    }

    Annotation(long caseId, UserAccount author) {
        this.caseId = caseId;
        this.author = author;
        this.created = StoredTime.now();
    }

    static Annotation gold(long caseId, UserAccount author, Long acceptedFrom) {
        Annotation gold = new Annotation(caseId, author);
        gold.layer = Layer.GOLD;
        gold.acceptedFrom = acceptedFrom;
        return gold;
    }

    /** A gold copy of this coder annotation; {@code goldRespondsTo}: its link, already pointed at gold (or null). */
    Annotation goldCopy(UserAccount instructor, Long goldRespondsTo) {
        Annotation copy = gold(caseId, instructor, id);
        copy.passageId = passageId;
        copy.start = start;
        copy.end = end;
        copy.quote = quote;
        copy.code = code;
        copy.actor = actor;
        copy.addressee = addressee;
        copy.stage = stage;
        copy.valence = valence;
        copy.eventDate = eventDate;
        copy.note = note;
        copy.respondsTo = goldRespondsTo;
        copy.modified = copy.created;
        return copy;
    }

    /** Gold belongs to the case: whoever changes it becomes its author. */
    void rewrittenBy(UserAccount instructor) {
        this.author = instructor;
    }

    void apply(ValidAnnotation valid) {
        this.passageId = valid.passageId();
        this.start = valid.start();
        this.end = valid.end();
        this.quote = valid.quote();
        this.code = valid.code();
        this.actor = valid.actor();
        this.addressee = valid.addressee();
        this.stage = valid.stage();
        this.valence = valid.valence();
        this.eventDate = valid.eventDate();
        this.note = valid.note();
        this.respondsTo = valid.respondsTo();
        this.modified = StoredTime.now();
    }

    AnnotationData toData() {
        return new AnnotationData(id, caseId, passageId, start, end, quote, code, actor, addressee,
                stage, valence == null ? null : valence.id(), eventDate, note, respondsTo, author.getUsername(),
                version, created, modified, layer == Layer.GOLD, acceptedFrom);
    }

    /** The annotation this one responded to was deleted ({@link AnnotationRemoval}). */
    void unlink() {
        this.respondsTo = null;
    }

    /** The annotation this one responded to, deleted since, was restored ({@link AnnotationHistory#restore}). */
    void relink(long target) {
        this.respondsTo = target;
    }

    /** Its code was deleted from the codebook and its annotations moved to another; a valence may not fit there. */
    void recode(String newCode, boolean clearValence) {
        this.code = newCode;
        if (clearValence) {
            this.valence = null;
        }
    }

    /** Marks a row just put back from the history (see {@link AnnotationHistory#restore}) as changed now. */
    void restored() {
        this.modified = StoredTime.now();
    }

    Long getId() {
        return id;
    }

    long getPassageId() {
        return passageId;
    }

    long getVersion() {
        return version;
    }

    long getCaseId() {
        return caseId;
    }

    boolean isGold() {
        return layer == Layer.GOLD;
    }

    Long getAcceptedFrom() {
        return acceptedFrom;
    }

    Long getRespondsTo() {
        return respondsTo;
    }

    /** The fields that make two gold spans the same span, for refusing a duplicate accept. */
    boolean sameSpan(Annotation other) {
        return passageId == other.passageId && start == other.start && end == other.end && code.equals(other.code)
                && actor.equals(other.actor) && addressee.equals(other.addressee) && stage == other.stage;
    }

    UserAccount getAuthor() {
        return author;
    }

    @Converter
    static class ValenceConverter implements AttributeConverter<Valence, String> {
        @Override
        public String convertToDatabaseColumn(Valence valence) {
            return valence == null ? null : valence.id();
        }

        @Override
        public Valence convertToEntityAttribute(String id) {
            return id == null ? null : Valence.parse(id).orElseThrow(() -> new IllegalStateException("Unknown valence " + id));
        }
    }
}
