package app.kasus.group.ui;

/** The group name form's buffered object; public because Binder reads records reflectively. */
public record GroupForm(String name) {
}
