package app.kasus.interchange.ui;

import app.kasus.base.ui.CaseTool;
import org.springframework.stereotype.Component;

/** Contributes the {@link ExportMenu} to every case page; every signed-in user may export what they may read. */
@Component
class ExportTool implements CaseTool {

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Control create(long caseId) {
        return new ExportMenu(caseId);
    }
}
