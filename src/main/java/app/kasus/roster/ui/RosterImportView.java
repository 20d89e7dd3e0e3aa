package app.kasus.roster.ui;

import app.kasus.base.ui.OpenPage;
import app.kasus.base.ui.SingleFileUpload;
import app.kasus.base.ui.UploadTexts;
import app.kasus.roster.RosterPreview;
import app.kasus.roster.RosterRejectedException;
import app.kasus.roster.RosterService;
import app.kasus.roster.RosterService.Enrolled;
import app.kasus.security.Role;
import app.kasus.security.Usernames;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * Onboards a class from a roster file: upload, see every line and every problem, import all or nothing, then
 * download the one-time passwords, which exist only until this page is left.
 */
@Route("users/import")
@RolesAllowed({Role.INSTRUCTOR_NAME, Role.ADMIN_NAME})
class RosterImportView extends Main implements HasDynamicTitle {

    static final String PASSWORD_SHEET = "one-time-passwords.csv";
    private static final Logger log = LoggerFactory.getLogger(RosterImportView.class);
    private static final int MAX_MEGABYTES = RosterService.MAX_BYTES / (1024 * 1024);

    private final RosterService roster;
    private final RosterImports imports;
    private final Upload upload;
    private final RosterPreviewPanel previewPanel = new RosterPreviewPanel();
    private final Button importButton = new Button();
    private final Paragraph importHint = new Paragraph();
    private final Div working = new Div();
    private final Div result = new Div();
    private final Div actions = new Div();
    private UI ui;
    /** The uploaded file, kept until it is imported or replaced: the import reads exactly what was previewed. */
    private byte[] file;
    private RosterPreview preview;
    private String fileShown = "";

    RosterImportView(RosterService roster, RosterImports imports) {
        this.roster = roster;
        this.imports = imports;
        addClassName("roster-import-view");
        RouterLink back = new RouterLink(getTranslation("roster.back"), UsersView.class);
        back.setId("import-back");

        upload = SingleFileUpload.inMemory(new SingleFileUpload.Settings("roster-upload", RosterService.MAX_BYTES,
                UploadTexts.of(this, "roster.upload.add", "roster.upload.wrongType", MAX_MEGABYTES),
                getTranslation("roster.rejected", MAX_MEGABYTES), ".csv", "text/csv"),
                (metadata, bytes) -> received(metadata.fileName(), bytes));

        importButton.setText(getTranslation("roster.import"));
        importButton.setId("roster-import");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        // Disabled in the browser at the click already: a second click must not start a second import.
        importButton.setDisableOnClick(true);
        importButton.addClickListener(e -> startImport());
        importHint.setId("roster-import-hint");
        importHint.addClassName("roster-import-hint");
        ProgressBar progress = new ProgressBar();
        progress.setIndeterminate(true);
        progress.setId("roster-progress");
        progress.getElement().setAttribute("aria-label", getTranslation("roster.importing.label"));
        working.add(new Paragraph(getTranslation("roster.importing")), progress);
        working.addClassName("roster-working");
        working.getElement().setAttribute("role", "status");
        working.setVisible(false);
        result.setId("roster-result");
        result.addClassName("roster-result");
        result.setVisible(false);
        actions.add(importButton, importHint);
        actions.addClassName("roster-actions");
        actions.setVisible(false);

        Section fileSection = new Section(new H2(getTranslation("roster.file.title")), format(), upload);
        fileSection.addClassName("roster-file");
        add(back, new H1(getTranslation("roster.title")), fileSection, previewPanel, actions, working, result);
    }

    private Div format() {
        UnorderedList rules = new UnorderedList(
                new ListItem(getTranslation("roster.format.header", String.join(",", RosterService.HEADER))),
                new ListItem(getTranslation("roster.format.encoding")),
                new ListItem(getTranslation("roster.format.rows", RosterService.MAX_ROWS)),
                new ListItem(getTranslation("roster.format.usernames", Usernames.MIN_LENGTH,
                        Usernames.MAX_LENGTH, Usernames.ALLOWED_DESCRIPTION)),
                new ListItem(getTranslation("roster.format.groups")),
                new ListItem(getTranslation("roster.format.allOrNothing")));
        Pre example = new Pre(String.join(",", RosterService.HEADER) + "\n"
                + getTranslation("roster.format.example1") + "\n" + getTranslation("roster.format.example2"));
        example.setId("roster-example");
        example.addClassName("roster-example");
        example.getElement().setAttribute("aria-label", getTranslation("roster.format.exampleLabel"));
        Div format = new Div(new Paragraph(getTranslation("roster.format.intro")), rules,
                new Paragraph(getTranslation("roster.format.exampleLabel")), example);
        format.setId("roster-format");
        format.addClassName("roster-format");
        return format;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        ui = event.getUI();
    }

    /**
     * Runs on the upload's request, outside the page's lock but with the uploader signed in: the file is checked
     * here and only the result is handed to the page.
     */
    private void received(String fileName, byte[] bytes) {
        RosterPreview checked;
        try {
            checked = roster.preview(bytes);
        } catch (AccessDeniedException e) {
            inPage(() -> Notices.error(getTranslation("users.error.denied")));
            return;
        } catch (RuntimeException e) {
            log.warn("Could not preview the roster {}", fileName, e);
            inPage(() -> Notices.error(getTranslation("roster.uploadFailed")));
            return;
        }
        inPage(() -> {
            fileShown = fileName;
            showPreview(bytes, checked);
        });
    }

    private void showPreview(byte[] bytes, RosterPreview checked) {
        file = bytes;
        preview = checked;
        result.removeAll();
        result.setVisible(false);
        previewPanel.show(fileShown, checked);
        actions.setVisible(true);
        // The preview names the file; an empty list lets the next file be chosen at once.
        upload.clearFileList();
        importButton.setEnabled(checked.importable());
        importHint.setText(getTranslation(checked.importable() ? "roster.ready" : "roster.notReady",
                checked.rows().size()));
    }

    private void startImport() {
        if (file == null || preview == null || !preview.importable()) {
            return;
        }
        importButton.setEnabled(false);
        upload.setEnabled(false);
        working.setVisible(true);
        importHint.setText("");
        RosterPreview imported = preview;
        imports.start(file).whenComplete((enrolled, error) -> inPage(() -> finish(imported, enrolled, error)));
    }

    private void finish(RosterPreview imported, List<Enrolled> enrolled, Throwable error) {
        working.setVisible(false);
        upload.setEnabled(true);
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof RosterRejectedException rejected) {
            // Someone created one of the names meanwhile: the same lines, with what is wrong now.
            showPreview(file, new RosterPreview(imported.rows(), rejected.errors(), imported.newGroups()));
            Notices.error(getTranslation("roster.rejectedNow"));
            return;
        }
        if (cause != null) {
            log.warn("Roster import failed", cause);
            Notices.error(cause instanceof AccessDeniedException ? getTranslation("users.error.denied")
                    : getTranslation("roster.failed"));
            importButton.setEnabled(true);
            return;
        }
        file = null;
        preview = null;
        // What was imported is done with; the result and its passwords are what matters now.
        previewPanel.setVisible(false);
        actions.setVisible(false);
        showResult(enrolled);
    }

    private void showResult(List<Enrolled> enrolled) {
        byte[] sheet = RosterService.passwordSheet(enrolled);
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(sheet), PASSWORD_SHEET, "text/csv", sheet.length)),
                getTranslation("roster.download"));
        download.setId("roster-passwords");
        download.addClassName("roster-download");
        Paragraph done = new Paragraph(getTranslation("roster.created", enrolled.size()));
        done.setId("roster-created");
        Paragraph warning = new Paragraph(getTranslation("roster.passwordsOnce"));
        warning.addClassName("roster-warning");
        result.removeAll();
        result.add(new H2(getTranslation("roster.result.title")), done, warning, download);
        result.setVisible(true);
        importHint.setText("");
        Notices.success(getTranslation("roster.created", enrolled.size()));
        download.getElement().callJsFunction("focus");
    }

    private void inPage(Runnable change) {
        OpenPage.access(ui, change);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("roster.title") + " \u00b7 Kasus";
    }
}
