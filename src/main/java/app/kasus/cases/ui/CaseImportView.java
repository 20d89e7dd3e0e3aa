package app.kasus.cases.ui;

import app.kasus.base.ui.OpenPage;
import app.kasus.base.InvalidInputException;
import app.kasus.base.ui.Notify;
import app.kasus.base.ui.SingleFileUpload;
import app.kasus.base.ui.UploadTexts;
import app.kasus.cases.CaseCreation;
import app.kasus.cases.document.CaseDocuments;
import app.kasus.cases.document.DocumentRejectedException;
import app.kasus.cases.document.DocumentType;
import app.kasus.cases.document.ImportLimits;
import app.kasus.cases.document.ImportedCase;
import app.kasus.security.Role;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Brings a document in as a case: upload (to a temporary file, never whole into memory), see how it was split into
 * sections and passages, give it a title, create it as a draft, and publish it when it is ready for the class.
 */
@Route(CaseImportView.ROUTE)
@RolesAllowed({Role.INSTRUCTOR_NAME, Role.RESEARCHER_NAME, Role.ADMIN_NAME})
class CaseImportView extends Main implements HasDynamicTitle {

    static final String ROUTE = "cases/import";
    private static final Logger log = LoggerFactory.getLogger(CaseImportView.class);
    private static final List<String> LANGUAGES = List.of("", "id", "en");

    private final CaseDocuments documents;
    private final CaseCreation creation;
    private final CaseImports imports;
    private final SecurityContext security;
    private final Binder<ImportForm> binder = new Binder<>(ImportForm.class);
    private final TextField title = new TextField();
    private final Select<String> language = new Select<>();
    private final Upload upload;
    private final CasePreviewPanel previewPanel = new CasePreviewPanel();
    private final Button create = new Button();
    private final Div actions = new Div();
    private final Div working = new Div();
    private final Paragraph workingText = new Paragraph();
    private final Div result = new Div();
    private UI ui;
    /** The uploaded file, kept until it is imported, replaced or the page is left: the import reads what was previewed. */
    private Path file;
    private String fileName;
    /** The title the last preview proposed; replaced by the next one unless the user typed their own. */
    private String proposedTitle = "";

    CaseImportView(CaseDocuments documents, CaseCreation creation, CaseImports imports) {
        this.documents = documents;
        this.creation = creation;
        this.imports = imports;
        // The page's own request carries the sign-in; the background work acts as this user.
        this.security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        addClassName("case-import-view");
        ImportLimits limits = documents.limits();

        RouterLink back = new RouterLink(getTranslation("caseImport.back"), CasesView.class);
        back.setId("case-import-back");

        upload = SingleFileUpload.toTemporaryFile(new SingleFileUpload.Settings("case-upload",
                limits.maxBytes().toBytes(), UploadTexts.of(this, "caseImport.upload.add", "caseImport.upload.wrongType",
                limits.maxMegabytes()), getTranslation("caseImport.rejected", limits.maxMegabytes()),
                DocumentType.acceptedEndings().toArray(String[]::new)), this::received);

        title.setId("case-title");
        title.setLabel(getTranslation("caseImport.titleLabel"));
        title.setMaxLength(CaseCreation.MAX_TITLE_LENGTH);
        title.setWidthFull();
        language.setId("case-language");
        language.setLabel(getTranslation("caseImport.languageLabel"));
        language.setItems(LANGUAGES);
        language.setItemLabelGenerator(tag -> getTranslation("caseImport.language." + (tag.isEmpty() ? "detect" : tag)));
        language.setValue("");
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && file != null) {
                startPreview();
            }
        });
        binder.forField(title).asRequired(getTranslation("caseImport.titleRequired"))
                .withValidator(t -> t.strip().length() <= CaseCreation.MAX_TITLE_LENGTH,
                        getTranslation("caseImport.titleTooLong", CaseCreation.MAX_TITLE_LENGTH))
                .bind("title");
        binder.forField(language).bind("language");
        binder.readRecord(new ImportForm("", ""));

        create.setText(getTranslation("caseImport.create"));
        create.setId("case-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setDisableOnClick(true);
        create.addClickListener(e -> createDraft());
        actions.add(title, create);
        actions.addClassName("case-import-actions");
        actions.setVisible(false);

        ProgressBar progress = new ProgressBar();
        progress.setIndeterminate(true);
        progress.getElement().setAttribute("aria-label", getTranslation("caseImport.working.label"));
        working.add(workingText, progress);
        working.setId("case-working");
        working.addClassName("case-import-working");
        working.getElement().setAttribute("role", "status");
        working.setVisible(false);
        result.setId("case-import-result");
        result.addClassName("case-import-result");
        result.setVisible(false);

        Section fileSection = new Section(new H2(getTranslation("caseImport.file.title")), formats(limits), language,
                upload);
        fileSection.addClassName("case-import-file");
        // A plain link: the REFI-QDA import lives in interchange, which depends on cases, not the other way round.
        Anchor qdpx = new Anchor("cases/import/qdpx", getTranslation("caseImport.qdpx"));
        qdpx.setId("case-import-qdpx");
        add(back, new H1(getTranslation("caseImport.title")), new Paragraph(qdpx), fileSection, working, previewPanel,
                actions, result);
    }

    private Div formats(ImportLimits limits) {
        UnorderedList rules = new UnorderedList(
                new ListItem(getTranslation("caseImport.format.types")),
                new ListItem(getTranslation("caseImport.format.structure")),
                new ListItem(getTranslation("caseImport.format.pdf")),
                new ListItem(getTranslation("caseImport.format.limits", limits.maxMegabytes(), limits.maxPages(),
                        limits.maxPassages())),
                new ListItem(getTranslation("caseImport.format.draft")));
        Div formats = new Div(rules);
        formats.setId("case-import-formats");
        formats.addClassName("case-import-formats");
        return formats;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        ui = event.getUI();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        super.onDetach(event);
        ui = null;
        forgetFile();
    }

    /** On the upload's request: the file is on disk; the page takes it over and reads it in the background. */
    private void received(com.vaadin.flow.server.streams.UploadMetadata metadata, File uploaded) {
        UI page = ui;
        if (page == null) {
            SingleFileUpload.delete(uploaded.toPath());
            return;
        }
        try {
            page.access(() -> {
                forgetFile();
                file = uploaded.toPath();
                fileName = metadata.fileName();
                upload.clearFileList();
                startPreview();
            });
        } catch (UIDetachedException left) {
            SingleFileUpload.delete(uploaded.toPath());
        }
    }

    private void startPreview() {
        Path reading = file;
        String name = fileName;
        String chosenLanguage = language.getValue();
        String chosenTitle = typedTitle();
        previewPanel.setVisible(false);
        actions.setVisible(false);
        result.setVisible(false);
        busy(getTranslation("caseImport.working.reading", name));
        whenDone(imports.start(security, () -> documents.preview(reading, name, chosenTitle, chosenLanguage)),
                preview -> {
                    if (!reading.equals(file)) {
                        return; // another file came meanwhile; its own preview follows
                    }
                    previewPanel.show(name, preview);
                    if (typedTitle() == null) {
                        proposedTitle = preview.title();
                        title.setValue(preview.title());
                    }
                    actions.setVisible(true);
                    create.setEnabled(true);
                });
    }

    /** The title the user typed, or null while the field holds nothing or only the last proposal. */
    private String typedTitle() {
        String value = title.getValue().strip();
        return value.isEmpty() || value.equals(proposedTitle) ? null : value;
    }

    private void createDraft() {
        ImportForm form;
        try {
            form = binder.writeRecord();
        } catch (ValidationException e) {
            create.setEnabled(true);
            return;
        }
        if (file == null) {
            return;
        }
        Path reading = file;
        String name = fileName;
        upload.setEnabled(false);
        busy(getTranslation("caseImport.working.creating"));
        whenDone(imports.start(security, () -> documents.importDraft(reading, name, form.title(), form.language())),
                imported -> {
                    forgetFile();
                    previewPanel.setVisible(false);
                    actions.setVisible(false);
                    showCreated(imported);
                });
    }

    private void showCreated(ImportedCase imported) {
        Paragraph done = new Paragraph(getTranslation("caseImport.created", imported.title(), imported.passages()));
        done.setId("case-created");
        Anchor open = new Anchor("cases/" + imported.id(), getTranslation("caseImport.open"));
        open.setId("case-open");
        Paragraph status = new Paragraph(getTranslation("caseImport.status.draft"));
        status.setId("case-status");
        Button publish = new Button(getTranslation("caseImport.publish"));
        publish.setId("case-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setDisableOnClick(true);
        publish.addClickListener(e -> whenDone(imports.start(security, () -> {
            creation.publish(imported.id());
            return imported.id();
        }), id -> {
            status.setText(getTranslation("caseImport.status.published"));
            publish.setVisible(false);
            Notify.success(getTranslation("caseImport.published", imported.title()));
        }, () -> publish.setEnabled(true)));
        result.removeAll();
        result.add(new H2(getTranslation("caseImport.result.title")), done, status, new Div(publish, open));
        result.setVisible(true);
        Notify.success(getTranslation("caseImport.created", imported.title(), imported.passages()));
    }

    private void busy(String what) {
        workingText.setText(what);
        working.setVisible(true);
    }

    private <T> void whenDone(CompletableFuture<T> work, Consumer<T> show) {
        whenDone(work, show, () -> { });
    }

    /** Shows the result in the page once the background work ends; a refusal is shown with its reason. */
    private <T> void whenDone(CompletableFuture<T> work, Consumer<T> show, Runnable onFailure) {
        work.whenComplete((value, error) -> inPage(() -> {
            working.setVisible(false);
            upload.setEnabled(true);
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            if (cause == null) {
                show.accept(value);
                return;
            }
            create.setEnabled(file != null);
            onFailure.run();
            if (cause instanceof DocumentRejectedException rejected) {
                Notify.error(getTranslation("caseImport.refused", getTranslation("caseImport.problem."
                        + rejected.problem(), rejected.arguments().stream().map(this::translated).toArray())));
                forgetFile();
                previewPanel.setVisible(false);
                actions.setVisible(false);
            } else if (cause instanceof InvalidInputException invalid) {
                // The segmentation's own words (nothing usable in the text), or a title or language to correct.
                Notify.error(getTranslation("caseImport.refused", invalid.getMessage()));
                if ("file".equals(invalid.field())) {
                    forgetFile();
                    previewPanel.setVisible(false);
                    actions.setVisible(false);
                }
            } else if (cause instanceof AccessDeniedException) {
                Notify.error(getTranslation("caseImport.denied"));
            } else {
                log.warn("A document import failed", cause);
                Notify.error(getTranslation("caseImport.failed"));
            }
        }));
    }

    /** A document type by its name in the reader's language; numbers and names as they are. */
    private Object translated(Object argument) {
        return argument instanceof DocumentType type ? getTranslation("caseImport.type." + type.name()) : argument;
    }

    private void inPage(Runnable change) {
        OpenPage.access(ui, change);
    }

    private void forgetFile() {
        if (file != null) {
            SingleFileUpload.delete(file);
            file = null;
            fileName = null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("caseImport.title") + " \u00b7 Kasus";
    }
}
