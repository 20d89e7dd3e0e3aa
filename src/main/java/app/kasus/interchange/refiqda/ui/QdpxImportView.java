package app.kasus.interchange.refiqda.ui;

import app.kasus.base.ui.OpenPage;
import app.kasus.base.InvalidInputException;
import app.kasus.base.ui.Notify;
import app.kasus.base.ui.SingleFileUpload;
import app.kasus.base.ui.UploadTexts;
import app.kasus.cases.document.ImportLimits;
import app.kasus.interchange.refiqda.QdpxImportReport;
import app.kasus.interchange.refiqda.RefiQdaImport;
import app.kasus.security.Role;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadMetadata;
import jakarta.annotation.security.RolesAllowed;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Brings a REFI-QDA project (.qdpx from ATLAS.ti, NVivo, MAXQDA or Kasus) in as a draft case with its codes and
 * codings, and shows the import's report. The file goes to a temporary file and is read in the background as the
 * signed-in user; the file is deleted once read.
 */
@Route(QdpxImportView.ROUTE)
@RolesAllowed({Role.INSTRUCTOR_NAME, Role.RESEARCHER_NAME, Role.ADMIN_NAME})
class QdpxImportView extends Main implements HasDynamicTitle {

    static final String ROUTE = "cases/import/qdpx";
    private static final Logger log = LoggerFactory.getLogger(QdpxImportView.class);

    private final RefiQdaImport importer;
    private final TaskExecutor executor;
    private final SecurityContext security;
    private final Upload upload;
    private final Div working = new Div();
    private final Div result = new Div();
    private UI ui;

    QdpxImportView(RefiQdaImport importer, TaskExecutor executor, ImportLimits limits) {
        this.importer = importer;
        this.executor = executor;
        this.security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        addClassName("case-import-view");
        long maxBytes = limits.maxBytes().toBytes();
        upload = SingleFileUpload.toTemporaryFile(new SingleFileUpload.Settings("qdpx-upload", maxBytes,
                UploadTexts.of(this, "qdpxImport.upload.add", "qdpxImport.upload.wrongType", limits.maxMegabytes()),
                getTranslation("qdpxImport.rejected", limits.maxMegabytes()), ".qdpx"), this::received);

        ProgressBar progress = new ProgressBar();
        progress.setIndeterminate(true);
        progress.getElement().setAttribute("aria-label", getTranslation("qdpxImport.working"));
        working.add(new Paragraph(getTranslation("qdpxImport.working")), progress);
        working.setId("qdpx-working");
        working.getElement().setAttribute("role", "status");
        working.setVisible(false);
        result.setId("qdpx-result");
        result.setVisible(false);

        Anchor back = new Anchor("cases/import", getTranslation("qdpxImport.back"));
        back.setId("qdpx-back");
        UnorderedList rules = new UnorderedList(new ListItem(getTranslation("qdpxImport.rule.what")),
                new ListItem(getTranslation("qdpxImport.rule.codes")),
                new ListItem(getTranslation("qdpxImport.rule.coders")),
                new ListItem(getTranslation("qdpxImport.rule.draft")));
        // Each link in a block of its own: links here are told apart by colour only, not within running text.
        add(new Div(back), new H1(getTranslation("qdpxImport.title")), rules, upload, working, result);
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
    }

    /** On the upload's request: read the file in the background, acting as the signed-in user. */
    private void received(UploadMetadata metadata, File uploaded) {
        Path file = uploaded.toPath();
        inPage(() -> {
            upload.clearFileList();
            upload.setEnabled(false);
            result.setVisible(false);
            working.setVisible(true);
        });
        executor.execute(new DelegatingSecurityContextRunnable(() -> {
            try (InputStream in = Files.newInputStream(file)) {
                QdpxImportReport report = importer.importProject(in);
                inPage(() -> show(report));
            } catch (InvalidInputException e) {
                inPage(() -> failed(getTranslation("qdpxImport.refused", e.getMessage())));
            } catch (AccessDeniedException e) {
                inPage(() -> failed(getTranslation("qdpxImport.denied")));
            } catch (IOException | RuntimeException e) {
                log.warn("A REFI-QDA import failed", e);
                inPage(() -> failed(getTranslation("qdpxImport.failed")));
            } finally {
                SingleFileUpload.delete(file);
            }
        }, security));
    }

    private void show(QdpxImportReport report) {
        working.setVisible(false);
        upload.setEnabled(true);
        Paragraph done = new Paragraph(getTranslation("qdpxImport.created", report.title(), report.passages(),
                report.codings()));
        done.setId("qdpx-created");
        UnorderedList details = new UnorderedList();
        details.setId("qdpx-details");
        report.codesAdded().forEach(code -> details.add(new ListItem(getTranslation("qdpxImport.codeAdded", code))));
        report.notes().forEach(note -> details.add(new ListItem(note)));
        Anchor open = new Anchor("cases/" + report.caseId(), getTranslation("qdpxImport.open"));
        open.setId("qdpx-open");
        result.removeAll();
        result.add(new H2(getTranslation("qdpxImport.result")), done, details, new Div(open));
        result.setVisible(true);
        Notify.success(getTranslation("qdpxImport.created", report.title(), report.passages(), report.codings()));
    }

    private void failed(String message) {
        working.setVisible(false);
        upload.setEnabled(true);
        Notify.error(message);
    }

    private void inPage(Runnable change) {
        OpenPage.access(ui, change);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("qdpxImport.title") + " \u00b7 Kasus";
    }
}
