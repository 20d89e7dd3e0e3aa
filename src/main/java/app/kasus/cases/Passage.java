package app.kasus.cases;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "passage")
class Passage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private CaseStudy caseStudy;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "section_id")
    private CaseSection section;

    @Column(nullable = false)
    private int ordinal;

    @Column(nullable = false, length = 8)
    private String language;

    @Column(nullable = false, length = 100000)
    private String text;

    @ElementCollection
    @CollectionTable(name = "passage_note", joinColumns = @JoinColumn(name = "passage_id"))
    @OrderColumn(name = "position")
    @Column(name = "note_number", nullable = false)
    private List<Integer> notes = new ArrayList<>();

    protected Passage() {
    }

    Passage(CaseStudy caseStudy, CaseSection section, int ordinal, String language, String text, List<Integer> notes) {
        this.caseStudy = caseStudy;
        this.section = section;
        this.ordinal = ordinal;
        this.language = language;
        this.text = text;
        this.notes = new ArrayList<>(notes);
    }

    Long getId() {
        return id;
    }

    CaseStudy getCaseStudy() {
        return caseStudy;
    }

    CaseSection getSection() {
        return section;
    }

    int getOrdinal() {
        return ordinal;
    }

    String getLanguage() {
        return language;
    }

    String getText() {
        return text;
    }

    List<Integer> getNotes() {
        return notes;
    }
}
