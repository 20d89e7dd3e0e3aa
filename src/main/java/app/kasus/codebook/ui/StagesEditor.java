package app.kasus.codebook.ui;

import app.kasus.codebook.CodebookService;
import app.kasus.codebook.StageDef;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.Map;
import java.util.Optional;

/**
 * Kupchan's four stages. Their number and order are the theory's and stay; an instructor words their names
 * and definitions, which coders read as help when they choose a stage.
 */
class StagesEditor extends Div {

    private final CodebookService codebooks;
    private final long caseId;
    private final Grid<StageDef> grid = new Grid<>();
    private final Binder<StageForm> binder = new Binder<>(StageForm.class);
    private EditorForm form;
    private final TextField nameEn = Fields.text("stage-name-en", getTranslation("codebook.field.nameEn"));
    private final TextField nameId = Fields.text("stage-name-id", getTranslation("codebook.field.nameId"));
    private final TextArea definitionEn = Fields.area("stage-definition-en", getTranslation("codebook.field.definitionEn"));
    private final TextArea definitionId = Fields.area("stage-definition-id", getTranslation("codebook.field.definitionId"));

    /** The stage as read into the form, to notice a change made meanwhile; null while none is open. */
    private StageDef editing;

    StagesEditor(CodebookService codebooks, long caseId) {
        this.codebooks = codebooks;
        this.caseId = caseId;
        addClassName("codebook-editor");
        Div list = new Div(grid);
        list.addClassName("codebook-list");
        add(list, buildForm());

        grid.setId("stages-grid");
        grid.getElement().setAttribute("aria-label", getTranslation("codebook.stages"));
        grid.setAllRowsVisible(true);
        grid.addColumn(StageDef::number).setHeader(getTranslation("codebook.column.number")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(s -> s.name().en()).setHeader(getTranslation("codebook.column.nameEn")).setAutoWidth(true);
        grid.addColumn(s -> s.name().id()).setHeader(getTranslation("codebook.column.nameId")).setAutoWidth(true);
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                edit(e.getValue());
            } else if (e.isFromClient()) {
                closeForm();
            }
        });

        Fields.bindName(binder, nameEn, "nameEn", this);
        Fields.bindName(binder, nameId, "nameId", this);
        Fields.bindLong(binder, definitionEn, "definitionEn", Fields.MAX_DEFINITION, this);
        Fields.bindLong(binder, definitionId, "definitionId", Fields.MAX_DEFINITION, this);
        reload(null);
    }

    private Component buildForm() {
        form = new EditorForm("stage", this::save, this::closeForm, new Component[] {nameEn, nameId,
                definitionEn, definitionId});
        return form;
    }

    private void reload(Integer selectNumber) {
        var codebook = codebooks.forCase(caseId);
        grid.setItems(codebook.stages());
        Optional<StageDef> selected = codebook.stage(selectNumber);
        if (selected.isPresent()) {
            grid.select(selected.get());
            edit(selected.get());
        } else {
            closeForm();
        }
    }

    private void edit(StageDef stage) {
        editing = stage;
        binder.readRecord(StageForm.of(stage));
        form.setHeading(getTranslation("codebook.editStage", stage.number()));
        form.setVisible(true);
    }

    private void closeForm() {
        editing = null;
        grid.deselectAll();
        form.setVisible(false);
    }

    private void save() {
        if (editing == null) {
            return;
        }
        int number = editing.number();
        var written = Fields.written(binder);
        if (written.isEmpty()) {
            return;
        }
        StageDef def = written.get().toDef(number);
        StageDef before = editing;
        Map<String, HasValidationProperties> byField = Map.of("name", nameEn, "definition", definitionEn);
        if (Feedback.attempt(this, () -> codebooks.updateStage(caseId, before, def), byField, () -> reload(number))) {
            Feedback.success(getTranslation("codebook.saved"));
            reload(number);
        }
    }
}
