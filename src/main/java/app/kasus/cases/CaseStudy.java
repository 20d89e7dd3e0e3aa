package app.kasus.cases;

import app.kasus.base.StoredTime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "case_study")
class CaseStudy {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String slug;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "body_language", nullable = false, length = 8)
    private String bodyLanguage;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CaseStatus status;

    @Column(name = "created_by")
    private Long createdBy;

    protected CaseStudy() {
    }

    CaseStudy(String slug, String title, String bodyLanguage, CaseStatus status, Long createdBy) {
        this.slug = slug;
        this.title = title;
        this.bodyLanguage = bodyLanguage;
        this.status = status;
        this.createdBy = createdBy;
        this.importedAt = StoredTime.now();
    }

    CaseStatus getStatus() {
        return status;
    }

    void publish() {
        status = CaseStatus.PUBLISHED;
    }

    Long getId() {
        return id;
    }

    String getSlug() {
        return slug;
    }

    String getTitle() {
        return title;
    }
}
