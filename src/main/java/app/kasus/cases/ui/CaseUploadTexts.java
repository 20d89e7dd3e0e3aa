package app.kasus.cases.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;

/** The upload component's own words in the reader's language (it brings English ones only). */
final class CaseUploadTexts {

    private CaseUploadTexts() {
    }

    static UploadI18N of(Component i18n, long maxMegabytes) {
        UploadI18N.Uploading uploading = new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(i18n.getTranslation("caseImport.upload.connecting"))
                        .setProcessing(i18n.getTranslation("caseImport.upload.processing"))
                        .setStalled(i18n.getTranslation("caseImport.upload.stalled"))
                        .setHeld(i18n.getTranslation("caseImport.upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(i18n.getTranslation("caseImport.upload.remaining"))
                        .setUnknown(i18n.getTranslation("caseImport.upload.remainingUnknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(i18n.getTranslation("caseImport.upload.serverUnavailable"))
                        .setUnexpectedServerError(i18n.getTranslation("caseImport.upload.serverError"))
                        .setForbidden(i18n.getTranslation("caseImport.upload.forbidden")));
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(i18n.getTranslation("caseImport.upload.add"))
                        .setMany(i18n.getTranslation("caseImport.upload.add")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(i18n.getTranslation("caseImport.upload.drop"))
                        .setMany(i18n.getTranslation("caseImport.upload.drop")))
                .setError(new UploadI18N.Error()
                        .setFileIsTooBig(i18n.getTranslation("caseImport.upload.tooBig", maxMegabytes))
                        .setIncorrectFileType(i18n.getTranslation("caseImport.upload.wrongType"))
                        .setTooManyFiles(i18n.getTranslation("caseImport.upload.oneFile")))
                .setFile(new UploadI18N.File().setRemove(i18n.getTranslation("caseImport.upload.remove"))
                        .setRetry(i18n.getTranslation("caseImport.upload.retry"))
                        .setStart(i18n.getTranslation("caseImport.upload.start")))
                .setUploading(uploading);
    }
}
