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
@Table(name = "footnote")
class Footnote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private CaseStudy caseStudy;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, length = 10000)
    private String text;

    protected Footnote() {
    }

    Footnote(CaseStudy caseStudy, int number, String text) {
        this.caseStudy = caseStudy;
        this.number = number;
        this.text = text;
    }

    int getNumber() {
        return number;
    }

    String getText() {
        return text;
    }
}
