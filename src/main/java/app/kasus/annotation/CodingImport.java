package app.kasus.annotation;

import app.kasus.base.InvalidInputException;
import app.kasus.base.NotFoundException;
import app.kasus.cases.CaseService;
import app.kasus.cases.CaseStatus;
import app.kasus.codebook.CodebookService;
import app.kasus.security.AccessRules;
import app.kasus.security.CurrentUser;
import app.kasus.security.UserAccount;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coding brought in with a new (draft) case, such as a REFI-QDA project's codings: each annotation stored under the
 * coder it names, where {@link AccessRules#mayImportCodingOf} lets the importer act for that coder. Runs in the
 * importer's transaction, so a bad item leaves neither the case nor any coding behind.
 */
@Service
public class CodingImport {

    /** An annotation to store and whose coding it belongs to. */
    public record AuthoredCommand(UserAccount author, AnnotationCommand command) {
    }

    private final AnnotationRepository annotations;
    private final CaseService cases;
    private final CodebookService codebooks;
    private final CurrentUser currentUser;
    private final AccessRules access;

    CodingImport(AnnotationRepository annotations, CaseService cases, CodebookService codebooks,
                 CurrentUser currentUser, AccessRules access) {
        this.annotations = annotations;
        this.cases = cases;
        this.codebooks = codebooks;
        this.currentUser = currentUser;
        this.access = access;
    }

    /**
     * Stores the items in order, each checked as a coder's own annotation would be.
     *
     * @param label names an item in errors (e.g. the selection it came from), by index
     * @throws InvalidInputException naming the item and field, for the first bad item
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<AnnotationData> store(long caseId, List<AuthoredCommand> items,
                                      java.util.function.IntFunction<String> label) {
        UserAccount me = currentUser.require();
        if (cases.status(caseId) != CaseStatus.DRAFT) {
            throw new AccessDeniedException("coding is imported only into a new draft case");
        }
        var codebook = codebooks.forCase(caseId);
        List<Annotation> valid = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            AuthoredCommand item = items.get(i);
            if (!access.mayImportCodingOf(me, item.author())) {
                throw new AccessDeniedException("you may not import coding of " + item.author().getUsername());
            }
            ValidAnnotation checked;
            try {
                checked = AnnotationValidator.validate(caseId, item.command(), cases::passage, codebook);
            } catch (InvalidInputException e) {
                throw new InvalidInputException(e.field(), label.apply(i) + ": " + e.getMessage());
            } catch (NotFoundException e) {
                throw new InvalidInputException("passageId", label.apply(i) + ": " + e.getMessage());
            }
            Annotation annotation = new Annotation(caseId, item.author());
            annotation.apply(checked);
            valid.add(annotation);
        }
        return annotations.saveAllAndFlush(valid).stream().map(Annotation::toData).toList();
    }
}
