package app.kasus.backup.ui;

import app.kasus.base.ui.OpenPage;
import app.kasus.backup.BackupFile;
import app.kasus.backup.BackupService;
import app.kasus.base.ConflictException;
import app.kasus.base.ui.Notify;
import app.kasus.security.Role;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.nio.file.Files;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/** Where an administrator backs the database up and downloads earlier backups. */
@Route("admin/backups")
@RolesAllowed(Role.ADMIN_NAME)
class BackupsView extends Main implements HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(BackupsView.class);

    private final BackupService backups;
    private final BackupRuns runs;
    private final Button backUp = new Button();
    private final Grid<BackupFile> list = new Grid<>();
    private UI ui;

    BackupsView(BackupService backups, BackupRuns runs) {
        this.backups = backups;
        this.runs = runs;
        addClassName("backups-view");
        Paragraph intro = new Paragraph(getTranslation("backups.intro"));
        backUp.setText(getTranslation("backups.create"));
        backUp.setId("backups-create");
        backUp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        backUp.setDisableOnClick(true);
        backUp.addClickListener(click -> start());
        list.setId("backups-list");
        list.setAllRowsVisible(true);
        list.addColumn(BackupFile::name).setHeader(getTranslation("backups.column.name")).setAutoWidth(true);
        list.addColumn(file -> getTranslation("backups.size", kilobytes(file.size())))
                .setHeader(getTranslation("backups.column.size")).setAutoWidth(true);
        list.addColumn(file -> DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneId.systemDefault()).format(file.created()))
                .setHeader(getTranslation("backups.column.created")).setAutoWidth(true);
        list.addComponentColumn(this::downloadLink).setHeader(getTranslation("backups.column.download"));
        list.setEmptyStateText(getTranslation("backups.empty"));
        add(new H1(getTranslation("backups.title")), intro, backUp, list);
        reload();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("backups.title") + " \u00b7 Kasus";
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        ui = event.getUI();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        ui = null;
        super.onDetach(event);
    }

    private void start() {
        runs.start().whenComplete((created, error) -> inPage(() -> {
            backUp.setEnabled(true);
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            if (cause instanceof ConflictException) {
                Notify.error(getTranslation("backups.notH2"));
            } else if (cause instanceof AccessDeniedException) {
                Notify.error(getTranslation("backups.denied"));
            } else if (cause != null) {
                log.warn("Backup failed", cause);
                Notify.error(getTranslation("backups.failed"));
            } else {
                Notify.success(getTranslation("backups.created", created.name()));
                reload();
            }
        }));
    }

    /** Lists the backup folder; no database read, so it may run under the page's lock. */
    private void reload() {
        list.setItems(backups.list());
    }

    /** Served by the service on the download's own request, so the name and the admin are checked again then. */
    private Anchor downloadLink(BackupFile file) {
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                Files.newInputStream(backups.file(file.name())), file.name(), "application/zip", file.size())),
                getTranslation("backups.download"));
        download.getElement().setAttribute("aria-label", getTranslation("backups.downloadNamed", file.name()));
        return download;
    }

    private static long kilobytes(long bytes) {
        return Math.max(1, (bytes + 1023) / 1024);
    }

    private void inPage(Runnable change) {
        OpenPage.access(ui, change);
    }
}
