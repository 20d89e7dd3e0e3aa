package app.kasus.backup.ui;

import app.kasus.base.ui.TopBarLink;
import app.kasus.backup.BackupService;
import org.springframework.stereotype.Component;

/** Administrators find the database backups here. */
@Component
class BackupsLink implements TopBarLink {

    private final BackupService backups;

    BackupsLink(BackupService backups) {
        this.backups = backups;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public String path() {
        return "admin/backups";
    }

    @Override
    public String labelKey() {
        return "layout.backups";
    }

    @Override
    public String id() {
        return "nav-backups";
    }

    @Override
    public boolean visibleToCurrentUser() {
        return backups.mayBackUp();
    }
}
