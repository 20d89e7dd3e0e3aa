package app.kasus.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;

/**
 * The upload component's own words in the reader's language (it brings English ones only). Every upload of the app
 * reads the same; each names what it asks for ({@code addKey}, e.g. "Choose a document…") and which files it takes
 * ({@code wrongTypeKey}).
 */
public final class UploadTexts {

    private UploadTexts() {
    }

    public static UploadI18N of(Component i18n, String addKey, String wrongTypeKey, long maxMegabytes) {
        UploadI18N.Uploading uploading = new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(i18n.getTranslation("upload.connecting"))
                        .setProcessing(i18n.getTranslation("upload.processing"))
                        .setStalled(i18n.getTranslation("upload.stalled"))
                        .setHeld(i18n.getTranslation("upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(i18n.getTranslation("upload.remaining"))
                        .setUnknown(i18n.getTranslation("upload.remainingUnknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(i18n.getTranslation("upload.serverUnavailable"))
                        .setUnexpectedServerError(i18n.getTranslation("upload.serverError"))
                        .setForbidden(i18n.getTranslation("upload.forbidden")));
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(i18n.getTranslation(addKey))
                        .setMany(i18n.getTranslation(addKey)))
                .setDropFiles(new UploadI18N.DropFiles().setOne(i18n.getTranslation("upload.drop"))
                        .setMany(i18n.getTranslation("upload.drop")))
                .setError(new UploadI18N.Error()
                        .setFileIsTooBig(i18n.getTranslation("upload.tooBig", maxMegabytes))
                        .setIncorrectFileType(i18n.getTranslation(wrongTypeKey))
                        .setTooManyFiles(i18n.getTranslation("upload.oneFile")))
                .setFile(new UploadI18N.File().setRemove(i18n.getTranslation("upload.remove"))
                        .setRetry(i18n.getTranslation("upload.retry"))
                        .setStart(i18n.getTranslation("upload.start")))
                .setUploading(uploading);
    }
}
