package app.kasus.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "case_section")
class CaseSection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private CaseStudy caseStudy;

    @Column(nullable = false)
    private int ordinal;

    @Column(nullable = false, length = 300)
    private String heading;

    @Column(nullable = false)
    private int level;

    @Column(nullable = false, length = 8)
    private String language;

    protected CaseSection() {
    }

    CaseSection(CaseStudy caseStudy, int ordinal, String heading, int level, String language) {
        this.caseStudy = caseStudy;
        this.ordinal = ordinal;
        this.heading = heading;
        this.level = level;
        this.language = language;
    }

    Long getId() {
        return id;
    }

    int getOrdinal() {
        return ordinal;
    }

    String getHeading() {
        return heading;
    }

    int getLevel() {
        return level;
    }

    String getLanguage() {
        return language;
    }
}
