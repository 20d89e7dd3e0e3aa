package app.kasus.interchange;

import app.kasus.annotation.AnnotationCommand;
import app.kasus.annotation.AnnotationData;
import app.kasus.annotation.AnnotationService;
import app.kasus.annotation.BatchRejectedException;
import app.kasus.base.InvalidInputException;
import app.kasus.cases.CaseService;
import app.kasus.cases.PassageInfo;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * W3C Web Annotations back onto a case, as the caller's own coding. Items are found in the case's text by their
 * selectors ({@link QuoteMatcher}): a target naming one of the case's passages is looked for there, any other
 * source over all of the case's passages. The rules: an item that is malformed or fails the annotations API's
 * validation refuses the whole import (400, every bad item named, nothing stored), as the batch endpoint does; an
 * item whose text is not found is reported as unmatched and left out, the rest are stored together in one
 * transaction through {@link AnnotationService#createAll}. A {@code linking} body (responds-to) is kept when it
 * points to another item of the same import.
 */
@Service
public class WebAnnotationImport {

    /**
     * The largest JSON-LD document an import reads: {@link AnnotationService#MAX_BATCH} exported annotations take
     * about 2 MB, so this leaves room for other tools' verbose output while bounding what one request may cost.
     */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private final AnnotationService annotations;
    private final CaseService cases;

    WebAnnotationImport(AnnotationService annotations, CaseService cases) {
        this.annotations = annotations;
        this.cases = cases;
    }

    private record Matched(int index, WebAnnotationReader.Item item, QuoteMatcher.Match match) {
    }

    @Transactional
    public ImportReport importInto(long caseId, JsonNode document) {
        List<PassageInfo> passages = cases.passages(caseId);
        List<JsonNode> nodes;
        try {
            nodes = WebAnnotationReader.items(document);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("body", e.getMessage());
        }
        if (nodes.size() > AnnotationService.MAX_BATCH) {
            throw new InvalidInputException("body", "at most " + AnnotationService.MAX_BATCH
                    + " annotations per import, not " + nodes.size());
        }
        List<ImportRejectedException.ItemError> errors = new ArrayList<>();
        List<ImportReport.Skipped> unmatched = new ArrayList<>();
        List<Matched> matched = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            WebAnnotationReader.Item item;
            try {
                item = WebAnnotationReader.read(nodes.get(i), caseId);
            } catch (WebAnnotationReader.ProblemException e) {
                errors.add(new ImportRejectedException.ItemError(i, e.problem().field(), e.problem().message()));
                continue;
            }
            List<PassageInfo> where = item.passageId() == null ? passages
                    : passages.stream().filter(p -> p.id() == item.passageId()).toList();
            if (where.isEmpty()) {
                unmatched.add(new ImportReport.Skipped(i, "the target names passage " + item.passageId()
                        + ", which is not in this case"));
                continue;
            }
            QuoteMatcher.Outcome outcome = QuoteMatcher.find(item.selectors(), where);
            if (outcome instanceof QuoteMatcher.Found found) {
                matched.add(new Matched(i, item, found.match()));
            } else if (outcome instanceof QuoteMatcher.NotFound notFound) {
                unmatched.add(new ImportReport.Skipped(i, notFound.reason()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        List<AnnotationData> created = store(caseId, matched);
        List<ImportReport.Skipped> warnings = link(matched, created);
        return new ImportReport(created.size(), created.stream().map(AnnotationData::id).toList(), unmatched, warnings);
    }

    private List<AnnotationData> store(long caseId, List<Matched> matched) {
        List<AnnotationCommand> commands = matched.stream().map(m -> command(m, null, null)).toList();
        try {
            return annotations.createAll(caseId, commands);
        } catch (BatchRejectedException e) {
            throw new ImportRejectedException(e.errors().stream()
                    .map(err -> new ImportRejectedException.ItemError(matched.get(err.index()).index(), err.field(),
                            err.message()))
                    .toList());
        }
    }

    /**
     * Links can only be set once both ends exist; the second step runs in the same transaction, so a failure here
     * still stores nothing.
     */
    private List<ImportReport.Skipped> link(List<Matched> matched, List<AnnotationData> created) {
        Map<String, Long> newIdByItemId = new HashMap<>();
        for (int k = 0; k < matched.size(); k++) {
            String id = matched.get(k).item().id();
            if (id != null) {
                newIdByItemId.put(id, created.get(k).id());
            }
        }
        List<ImportReport.Skipped> warnings = new ArrayList<>();
        for (int k = 0; k < matched.size(); k++) {
            Matched m = matched.get(k);
            String target = m.item().respondsTo();
            if (target == null) {
                continue;
            }
            Long linked = newIdByItemId.get(target);
            if (linked == null) {
                warnings.add(new ImportReport.Skipped(m.index(), "responds to " + target
                        + ", which is not an imported item of this import; the link was dropped"));
                continue;
            }
            AnnotationData stored = created.get(k);
            annotations.update(stored.id(), command(m, linked, stored.version()));
        }
        return warnings;
    }

    private static AnnotationCommand command(Matched m, Long respondsTo, Long version) {
        WebAnnotationReader.Item item = m.item();
        return new AnnotationCommand(m.match().passage().id(), m.match().start(), m.match().end(), item.code(),
                item.actor(), item.addressee(), item.stage(), item.valence(), item.eventDate(), item.note(),
                respondsTo, version);
    }
}
