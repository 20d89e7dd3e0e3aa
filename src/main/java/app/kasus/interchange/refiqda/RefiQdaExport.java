package app.kasus.interchange.refiqda;

import app.kasus.annotation.AnnotationData;
import app.kasus.annotation.AnnotationService;
import app.kasus.annotation.CodingLayer;
import app.kasus.cases.CaseContent;
import app.kasus.cases.CaseService;
import app.kasus.codebook.Codebook;
import app.kasus.codebook.CodebookService;
import app.kasus.security.CurrentUser;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's coding as a REFI-QDA project ({@code .qdpx}) and its codebook as a REFI-QDA codebook ({@code .qdc}).
 * The coding is read through {@link AnnotationService#visible}, so a scope gives exactly what the annotations API
 * gives the caller. See the README's REFI-QDA section for what goes where.
 */
@Service
public class RefiQdaExport {

    private final AnnotationService annotations;
    private final CaseService cases;
    private final CodebookService codebooks;
    private final CurrentUser currentUser;

    RefiQdaExport(AnnotationService annotations, CaseService cases, CodebookService codebooks,
                  CurrentUser currentUser) {
        this.annotations = annotations;
        this.cases = cases;
        this.codebooks = codebooks;
        this.currentUser = currentUser;
    }

    /** The {@code .qdpx} zip: {@code project.qde} and the case text as {@code sources/<guid>.txt}. */
    @Transactional(readOnly = true)
    public byte[] project(long caseId, String scope) {
        List<AnnotationData> coding = annotations.visible(caseId, CodingLayer.parse("scope", scope));
        CaseContent content = cases.content(caseId);
        Codebook codebook = codebooks.forCase(caseId);
        return QdpxWriter.project(content, codebook, coding, currentUser.require().getUsername());
    }

    /** The {@code .qdc} codebook: the same code tree as in a project. */
    @Transactional(readOnly = true)
    public byte[] codebook(long caseId) {
        cases.requireCase(caseId);
        return QdpxWriter.codebook(codebooks.forCase(caseId));
    }
}
