package app.kasus.roster.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;

/** The upload component's own words in the reader's language (it brings English ones only). */
final class RosterUploadTexts {

    private RosterUploadTexts() {
    }

    static UploadI18N of(Component i18n, int maxMegabytes) {
        UploadI18N.Uploading uploading = new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(i18n.getTranslation("roster.upload.connecting"))
                        .setProcessing(i18n.getTranslation("roster.upload.processing"))
                        .setStalled(i18n.getTranslation("roster.upload.stalled"))
                        .setHeld(i18n.getTranslation("roster.upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(i18n.getTranslation("roster.upload.remaining"))
                        .setUnknown(i18n.getTranslation("roster.upload.remainingUnknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(i18n.getTranslation("roster.upload.serverUnavailable"))
                        .setUnexpectedServerError(i18n.getTranslation("roster.upload.serverError"))
                        .setForbidden(i18n.getTranslation("roster.upload.forbidden")));
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(i18n.getTranslation("roster.upload.add"))
                        .setMany(i18n.getTranslation("roster.upload.add")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(i18n.getTranslation("roster.upload.drop"))
                        .setMany(i18n.getTranslation("roster.upload.drop")))
                .setError(new UploadI18N.Error()
                        .setFileIsTooBig(i18n.getTranslation("roster.upload.tooBig", maxMegabytes))
                        .setIncorrectFileType(i18n.getTranslation("roster.upload.wrongType"))
                        .setTooManyFiles(i18n.getTranslation("roster.upload.oneFile")))
                .setFile(new UploadI18N.File().setRemove(i18n.getTranslation("roster.upload.remove"))
                        .setRetry(i18n.getTranslation("roster.upload.retry"))
                        .setStart(i18n.getTranslation("roster.upload.start")))
                .setUploading(uploading);
    }
}
