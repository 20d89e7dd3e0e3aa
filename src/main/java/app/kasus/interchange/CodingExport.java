package app.kasus.interchange;

import app.kasus.annotation.AnnotationData;
import app.kasus.annotation.AnnotationService;
import app.kasus.annotation.CodingLayer;
import app.kasus.cases.CaseService;
import app.kasus.cases.PassageInfo;
import app.kasus.group.GroupService;
import app.kasus.security.AccountService;
import app.kasus.security.UserAccount;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's coding in exchange formats. Rows come from {@link AnnotationService#visible}, so an export shows exactly
 * what the annotations API would for the same {@code scope} (a student's {@code all} is their groups, gold only where
 * the caller may read it) and fails the same way.
 */
@Service
public class CodingExport {

    /** Every {@code format=} the export endpoint knows, this lane's and the REFI-QDA lane's. */
    public static final List<String> FORMATS = List.of("csv", "jsonld", "qdpx", "qdc");

    private final AnnotationService annotations;
    private final CaseService cases;
    private final GroupService groups;
    private final AccountService accounts;

    CodingExport(AnnotationService annotations, CaseService cases, GroupService groups, AccountService accounts) {
        this.annotations = annotations;
        this.cases = cases;
        this.groups = groups;
        this.accounts = accounts;
    }

    /** Writes the layer as RFC 4180 CSV, one row per annotation; see {@link AnnotationCsv}. */
    @Transactional(readOnly = true)
    public void csv(long caseId, CodingLayer layer, Writer out) throws IOException {
        AnnotationCsv.write(collect(caseId, layer), out);
    }

    /**
     * The layer as a W3C Web Annotation {@code AnnotationCollection}; {@code baseUrl} (scheme, host, port and context
     * path, no trailing slash) makes the annotations' and passages' ids absolute.
     */
    @Transactional(readOnly = true)
    public ObjectNode webAnnotations(long caseId, CodingLayer layer, String baseUrl) {
        return WebAnnotations.collection(caseId, layer.id(), collect(caseId, layer), baseUrl);
    }

    private List<ExportedAnnotation> collect(long caseId, CodingLayer layer) {
        List<AnnotationData> rows = annotations.visible(caseId, layer);
        Map<Long, PassageInfo> passages = cases.passages(caseId).stream()
                .collect(Collectors.toMap(PassageInfo::id, Function.identity()));
        Set<String> coders = rows.stream().map(AnnotationData::author).collect(Collectors.toSet());
        Map<String, UserAccount> accountsByName = coders.isEmpty() ? Map.of() : accounts.findAll(coders);
        // A student sees the groups they share with a coder, never a groupmate's other groups.
        Set<String> visibleGroups = new HashSet<>();
        groups.visible().forEach(g -> visibleGroups.add(g.name()));
        Map<String, List<String>> groupsByCoder = groups.groupNamesOf(coders);
        return rows.stream()
                .sorted(Comparator.comparingInt((AnnotationData a) -> passages.get(a.passageId()).ordinal())
                        .thenComparingInt(AnnotationData::start).thenComparingInt(AnnotationData::end)
                        .thenComparingLong(AnnotationData::id))
                .map(a -> new ExportedAnnotation(a, passages.get(a.passageId()),
                        accountsByName.containsKey(a.author()) ? accountsByName.get(a.author()).getDisplayName()
                                : a.author(),
                        groupsByCoder.getOrDefault(a.author(), List.of()).stream()
                                .filter(visibleGroups::contains).toList()))
                .toList();
    }
}
