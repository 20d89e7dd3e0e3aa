package app.kasus.interchange.refiqda;

import app.kasus.annotation.AnnotationCommand;
import app.kasus.annotation.CodingImport;
import app.kasus.base.InvalidInputException;
import app.kasus.cases.CaseCreation;
import app.kasus.cases.CaseService;
import app.kasus.cases.CaseStatus;
import app.kasus.cases.ParsedArticle;
import app.kasus.cases.PassageLanguages;
import app.kasus.cases.PassageInfo;
import app.kasus.codebook.CodebookService;
import app.kasus.interchange.SafeZip;
import app.kasus.interchange.ZipLimits;
import app.kasus.security.AccountService;
import app.kasus.security.AccessRules;
import app.kasus.security.CurrentUser;
import app.kasus.security.UserAccount;
import app.kasus.security.Usernames;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings a REFI-QDA project ({@code .qdpx}) in as a new draft case: its text sources become the case text (through
 * the one segmentation path, {@link CaseCreation}), its codes the case's codebook ({@link CodeMapping}), its
 * selections' codings the annotations ({@link CodingImport}). One transaction: whatever fails on the way, no case,
 * code or annotation is left.
 */
@Service
public class RefiQdaImport {

    private final ZipLimits limits;
    private final CaseCreation creation;
    private final CaseService cases;
    private final CodebookService codebooks;
    private final CodingImport codingImport;
    private final CurrentUser currentUser;
    private final AccessRules access;
    private final AccountService accounts;
    private final PassageLanguages languages;

    /** When the project names no language and the text is too short or mixed to tell: the seminars' language. */
    static final String FALLBACK_LANGUAGE = "id";
    private static final java.util.regex.Pattern LANGUAGE_TAG =
            java.util.regex.Pattern.compile("^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$");

    RefiQdaImport(ZipLimits limits, CaseCreation creation, CaseService cases, CodebookService codebooks,
                  CodingImport codingImport, CurrentUser currentUser, AccessRules access,
                  AccountService accounts, PassageLanguages languages) {
        this.limits = limits;
        this.creation = creation;
        this.cases = cases;
        this.codebooks = codebooks;
        this.codingImport = codingImport;
        this.currentUser = currentUser;
        this.access = access;
        this.accounts = accounts;
        this.languages = languages;
    }

    /** Reads the upload (streamed, within the {@code kasus.import.*} limits) and stores the new case. */
    @Transactional
    public QdpxImportReport importProject(InputStream upload) {
        UserAccount me = currentUser.require();
        access.requireImportCases(me);
        Map<String, byte[]> files = SafeZip.read(upload, limits.limits(), ProjectReader.FIELD);
        QdaProject project = ProjectReader.read(files);
        List<QdaProject.Source> sources = project.sources().stream().filter(s -> !s.text().isBlank()).toList();
        if (sources.isEmpty()) {
            throw new InvalidInputException(ProjectReader.FIELD, "the project holds no text source with text"
                    + (project.codes().isEmpty() ? "" : " (only a codebook of " + project.codes().size() + " codes)")
                    + ": there is nothing to make a case of");
        }
        CaseText text = CaseText.of(sources);
        String language = sources.stream().map(QdaProject.Source::language).filter(RefiQdaImport::isLanguageTag)
                .findFirst().or(() -> languages.detect(text.raw())).orElse(FALLBACK_LANGUAGE);
        ParsedArticle article = NoteMarkers.link(creation.segment(text.raw(), language));
        String title = title(project, sources);
        long caseId = creation.create(title, language, article, CaseStatus.DRAFT, me.getId());
        List<PassageInfo> passages = cases.passages(caseId);
        text.locate(passages);

        List<String> notes = new ArrayList<>(project.skipped());
        CodeMapping codes = new CodeMapping(caseId, project, codebooks, notes);
        codes.createAll();
        Authors authors = new Authors(project, me);
        List<CodingImport.AuthoredCommand> commands = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (QdaProject.Source source : sources) {
            for (QdaProject.Selection selection : source.selections()) {
                String label = "selection " + selection.guid();
                Optional<CaseText.Span> span = text.span(source, selection, label);
                List<CodeMapping.Coding> codings = codes.codings(selection, label);
                if (span.isEmpty()) {
                    if (!codings.isEmpty()) {
                        notes.add(label + " (\"" + shorten(text.quote(source, selection)) + "\") does not lie within"
                                + " one passage: skipped");
                    }
                    continue;
                }
                String note = noteText(project, selection, label);
                for (CodeMapping.Coding coding : codings) {
                    UserAccount author = authors.of(coding.creatingUser() != null ? coding.creatingUser()
                            : selection.creatingUser());
                    commands.add(new CodingImport.AuthoredCommand(author, new AnnotationCommand(span.get().passageId(),
                            span.get().start(), span.get().end(), coding.code(), coding.actor(), coding.addressee(),
                            coding.stage(), coding.valence(),
                            EventDates.read(selection.description()).map(Object::toString).orElse(null), note, null,
                            null)));
                    labels.add(label + " (code " + coding.code() + ")");
                }
            }
        }
        codingImport.store(caseId, commands, labels::get);
        notes.addAll(codes.summary());
        notes.addAll(authors.summary());
        return new QdpxImportReport(caseId, title, passages.size(), commands.size(), codes.added(), notes);
    }

    private static boolean isLanguageTag(String tag) {
        return tag != null && LANGUAGE_TAG.matcher(tag).matches();
    }

    private static String title(QdaProject project, List<QdaProject.Source> sources) {
        String title = project.name() != null ? project.name()
                : sources.get(0).name() != null ? sources.get(0).name() : "Imported REFI-QDA project";
        title = title.strip();
        return title.length() <= CaseCreation.MAX_TITLE_LENGTH ? title
                : title.substring(0, CaseCreation.MAX_TITLE_LENGTH - 1) + "…";
    }

    /** The notes a selection and its codings refer to, one after another. */
    private static String noteText(QdaProject project, QdaProject.Selection selection, String label) {
        Set<String> guids = new LinkedHashSet<>(selection.noteGuids());
        selection.codings().forEach(c -> guids.addAll(c.noteGuids()));
        List<String> texts = new ArrayList<>();
        for (String guid : guids) {
            String text = project.notes().get(guid);
            if (text == null) {
                throw new InvalidInputException(ProjectReader.FIELD, "project.qde: " + label + " refers to note " + guid
                        + ", which the project does not hold");
            }
            if (!text.isBlank()) {
                texts.add(text.strip());
            }
        }
        return texts.isEmpty() ? null : String.join("\n\n", texts);
    }

    static String shorten(String quote) {
        return quote.length() <= 60 ? quote : quote.substring(0, 60) + "…";
    }

    /**
     * The account a project's user stands for: one whose username is the user's {@code id} or {@code name}, if the
     * importer may import that account's coding ({@link AccessRules#mayImportCodingOf}); otherwise the importer.
     */
    private final class Authors {
        private final QdaProject project;
        private final UserAccount importer;
        private final Map<String, UserAccount> byGuid = new HashMap<>();
        private final Set<String> toImporter = new LinkedHashSet<>();

        Authors(QdaProject project, UserAccount importer) {
            this.project = project;
            this.importer = importer;
        }

        UserAccount of(String guid) {
            if (guid == null) {
                toImporter.add("(coding without a user)");
                return importer;
            }
            return byGuid.computeIfAbsent(guid, g -> {
                QdaProject.User user = project.users().get(g);
                Optional<UserAccount> account = Optional.empty();
                if (user != null) {
                    for (String candidate : new String[]{user.id(), user.name()}) {
                        if (account.isEmpty() && candidate != null && Usernames.problem(candidate.strip()).isEmpty()) {
                            account = accounts.find(candidate.strip());
                        }
                    }
                }
                if (account.isPresent() && access.mayImportCodingOf(importer, account.get())) {
                    return account.get();
                }
                toImporter.add(user == null ? "user " + g : user.name() != null ? user.name() : user.id() != null
                        ? user.id() : "user " + g);
                return importer;
            });
        }

        List<String> summary() {
            return toImporter.isEmpty() ? List.of() : List.of("coding of " + String.join(", ", toImporter)
                    + " attributed to you (" + importer.getUsername() + "): no account of that name that you may act for");
        }
    }
}
