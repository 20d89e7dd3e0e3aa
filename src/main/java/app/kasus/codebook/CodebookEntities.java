package app.kasus.codebook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/** The rows of a case's codebook; package-private, seen from outside only as {@link Codebook}. */
final class CodebookEntities {

    private CodebookEntities() {
    }

    /** What every codebook row has: an id, a version for optimistic locking, and the case it belongs to. */
    @MappedSuperclass
    @Audited
    abstract static class Row {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Long id;
        @Version
        long version;
        @Column(name = "case_id", nullable = false)
        long caseId;
    }

    @Entity(name = "CodeRow")
    @Audited
    @Table(name = "codebook_code")
    static class CodeRow extends Row {
        @Column(name = "code_key", nullable = false, length = 32)
        String key;
        @Enumerated(EnumType.STRING)
        @Column(nullable = false, length = 16)
        CodeKind kind;
        @Column(nullable = false, length = 7)
        String color;
        @Column(nullable = false)
        int ordinal;
        @Column(name = "name_en", nullable = false, length = 80)
        String nameEn;
        @Column(name = "name_id", nullable = false, length = 80)
        String nameId;
        @Column(name = "definition_en", nullable = false, length = 2000)
        String definitionEn;
        @Column(name = "definition_id", nullable = false, length = 2000)
        String definitionId;
        @Column(name = "examples_en", nullable = false, length = 4000)
        String examplesEn;
        @Column(name = "examples_id", nullable = false, length = 4000)
        String examplesId;

        CodeDef toDef() {
            return new CodeDef(key, kind, color, new Texts(nameEn, nameId), new Texts(definitionEn, definitionId),
                    new Texts(examplesEn, examplesId));
        }

        void apply(CodeDef def) {
            key = def.key();
            kind = def.kind();
            color = def.color();
            nameEn = def.name().en();
            nameId = def.name().id();
            definitionEn = def.definition().en();
            definitionId = def.definition().id();
            examplesEn = def.examples().en();
            examplesId = def.examples().id();
        }
    }

    @Entity(name = "ActorRow")
    @Audited
    @Table(name = "codebook_actor")
    static class ActorRow extends Row {
        @Column(name = "actor_key", nullable = false, length = 16)
        String key;
        @Column(nullable = false)
        int ordinal;
        @Column(name = "name_en", nullable = false, length = 80)
        String nameEn;
        @Column(name = "name_id", nullable = false, length = 80)
        String nameId;

        ActorDef toDef() {
            return new ActorDef(key, new Texts(nameEn, nameId));
        }

        void apply(ActorDef def) {
            key = def.key();
            nameEn = def.name().en();
            nameId = def.name().id();
        }
    }

    @Entity(name = "StageRow")
    @Audited
    @Table(name = "codebook_stage")
    static class StageRow extends Row {
        @Column(nullable = false)
        int number;
        @Column(name = "name_en", nullable = false, length = 80)
        String nameEn;
        @Column(name = "name_id", nullable = false, length = 80)
        String nameId;
        @Column(name = "definition_en", nullable = false, length = 2000)
        String definitionEn;
        @Column(name = "definition_id", nullable = false, length = 2000)
        String definitionId;

        StageDef toDef() {
            return new StageDef(number, new Texts(nameEn, nameId), new Texts(definitionEn, definitionId));
        }

        void apply(StageDef def) {
            nameEn = def.name().en();
            nameId = def.name().id();
            definitionEn = def.definition().en();
            definitionId = def.definition().id();
        }
    }
}
