package app.kasus.codebook.ui;

import app.kasus.codebook.CodeDef;
import app.kasus.codebook.CodeKind;
import app.kasus.codebook.CodeUsage;
import app.kasus.codebook.Codebook;
import app.kasus.codebook.CodebookService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The codes of a case's codebook: a grid with how many annotations use each code, and a buffered form to add
 * or change one. Deleting goes through {@link DeleteCodeDialog}, which makes the instructor decide what happens
 * to the annotations.
 */
class CodesEditor extends Div {

    private final CodebookService codebooks;
    private final long caseId;
    private final Grid<CodeDef> grid = new Grid<>();
    private final Binder<CodeForm> binder = new Binder<>(CodeForm.class);
    private EditorForm form;
    private final TextField key = Fields.text("code-key", getTranslation("codebook.column.key"));
    private final Select<CodeKind> kind = new Select<>();
    private final TextField color = Fields.text("code-color", getTranslation("codebook.field.color"));
    private final Input picker = new Input();
    private final TextField nameEn = Fields.text("code-name-en", getTranslation("codebook.field.nameEn"));
    private final TextField nameId = Fields.text("code-name-id", getTranslation("codebook.field.nameId"));
    private final TextArea definitionEn = Fields.area("code-definition-en", getTranslation("codebook.field.definitionEn"));
    private final TextArea definitionId = Fields.area("code-definition-id", getTranslation("codebook.field.definitionId"));
    private final TextArea examplesEn = Fields.area("code-examples-en", getTranslation("codebook.field.examplesEn"));
    private final TextArea examplesId = Fields.area("code-examples-id", getTranslation("codebook.field.examplesId"));
    private final Button delete = new Button(getTranslation("codebook.delete"));

    private Codebook codebook;
    private Map<String, Long> usage = Map.of();
    /** The code as it was read into the form, to notice a change made meanwhile by someone else; null when adding. */
    private CodeDef editing;

    CodesEditor(CodebookService codebooks, long caseId) {
        this.codebooks = codebooks;
        this.caseId = caseId;
        addClassName("codebook-editor");
        Button add = new Button(getTranslation("codebook.addCode"), e -> startAdding());
        add.setId("code-add");
        Div list = new Div(grid, add);
        list.addClassName("codebook-list");
        add(list, buildForm());
        buildGrid();
        bind();
        reload(null);
    }

    private void buildGrid() {
        grid.setId("codes-grid");
        grid.getElement().setAttribute("aria-label", getTranslation("codebook.codes"));
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(CodesEditor::swatch).setHeader(getTranslation("codebook.column.color"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CodeDef::key).setHeader(getTranslation("codebook.column.key")).setAutoWidth(true);
        grid.addColumn(c -> kindLabel(c.kind())).setHeader(getTranslation("codebook.column.kind")).setAutoWidth(true);
        grid.addColumn(c -> c.name().en()).setHeader(getTranslation("codebook.column.nameEn")).setAutoWidth(true);
        grid.addColumn(c -> c.name().id()).setHeader(getTranslation("codebook.column.nameId")).setAutoWidth(true);
        grid.addColumn(c -> usage.getOrDefault(c.key(), 0L)).setHeader(getTranslation("codebook.column.usage"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                edit(e.getValue());
            } else if (e.isFromClient()) {
                closeForm();
            }
        });
    }

    /** The colour as a swatch and as text, so it reads without colour vision too. */
    private static Component swatch(CodeDef code) {
        Span box = new Span();
        box.addClassName("swatch");
        // Only a checked #rrggbb value reaches the style attribute.
        if (Fields.COLOR.matcher(code.color()).matches()) {
            box.getStyle().set("background-color", code.color());
        }
        Span cell = new Span(box, new Text(code.color()));
        cell.addClassName("color-cell");
        return cell;
    }

    private Component buildForm() {
        kind.setLabel(getTranslation("codebook.field.kind"));
        kind.setId("code-kind");
        kind.setItems(CodeKind.values());
        kind.setItemLabelGenerator(this::kindLabel);
        color.setMaxLength(7);
        color.setAllowedCharPattern("[#0-9a-fA-F]");
        color.setPlaceholder("#1b9e77");
        // The browser's own colour input is the preview swatch and a picker; the text field stays the value.
        picker.setType("color");
        picker.setId("code-color-picker");
        picker.addClassName("color-picker");
        picker.getElement().setAttribute("aria-label", getTranslation("codebook.field.colorPicker"));
        picker.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                color.setValue(e.getValue());
            }
        });
        color.addValueChangeListener(e -> showColor(e.getValue()));
        color.setSuffixComponent(picker);

        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.setId("code-delete");
        delete.addClickListener(e -> openDelete());
        form = new EditorForm("code", this::save, this::closeForm, new Component[] {key, kind, color, new Div(),
                nameEn, nameId, definitionEn, definitionId, examplesEn, examplesId}, delete);
        return form;
    }

    private void bind() {
        Fields.bindKey(binder, key, Fields.CODE_KEY, getTranslation("codebook.codeKeyRule"), this);
        binder.forField(kind).asRequired(getTranslation("codebook.required")).bind("kind");
        binder.forField(color).asRequired(getTranslation("codebook.required"))
                .withValidator(v -> Fields.COLOR.matcher(v.strip()).matches(), getTranslation("codebook.colorRule"))
                .bind("color");
        Fields.bindName(binder, nameEn, "nameEn", this);
        Fields.bindName(binder, nameId, "nameId", this);
        Fields.bindLong(binder, definitionEn, "definitionEn", Fields.MAX_DEFINITION, this);
        Fields.bindLong(binder, definitionId, "definitionId", Fields.MAX_DEFINITION, this);
        Fields.bindLong(binder, examplesEn, "examplesEn", Fields.MAX_EXAMPLES, this);
        Fields.bindLong(binder, examplesId, "examplesId", Fields.MAX_EXAMPLES, this);
    }

    private String kindLabel(CodeKind value) {
        return value == null ? "" : getTranslation("codebook.kind." + value.id());
    }

    private void showColor(String value) {
        if (value != null && Fields.COLOR.matcher(value.strip()).matches()) {
            picker.setValue(value.strip().toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** Reads the codebook again and selects {@code selectKey} when it still exists. */
    private void reload(String selectKey) {
        codebook = codebooks.forCase(caseId);
        Map<String, Long> counts = new LinkedHashMap<>();
        codebook.codes().forEach(c -> counts.put(c.key(), codebooks.usage(caseId, c.key())));
        usage = counts;
        grid.setItems(codebook.codes());
        Optional<CodeDef> selected = codebook.code(selectKey);
        if (selected.isPresent()) {
            grid.select(selected.get());
            edit(selected.get());
        } else {
            closeForm();
        }
    }

    private void edit(CodeDef code) {
        editing = code;
        binder.readRecord(CodeForm.of(code));
        key.setReadOnly(true);
        key.setHelperText(getTranslation("codebook.keyFixed"));
        // The assessment counts annotations by kind; changing it under existing annotations would rewrite them.
        boolean inUse = usage.getOrDefault(code.key(), 0L) > 0;
        kind.setReadOnly(inUse);
        kind.setHelperText(inUse ? getTranslation("codebook.kindInUse") : getTranslation("codebook.kindHelp"));
        form.setHeading(getTranslation("codebook.editCode", code.key()));
        delete.setVisible(true);
        delete.setEnabled(codebook.codes().size() > 1);
        delete.setTooltipText(codebook.codes().size() > 1 ? null : getTranslation("codebook.lastCode"));
        form.setVisible(true);
    }

    private void startAdding() {
        grid.deselectAll();
        editing = null;
        binder.readRecord(CodeForm.blank());
        key.setReadOnly(false);
        key.setHelperText(getTranslation("codebook.codeKeyRule"));
        kind.setReadOnly(false);
        kind.setHelperText(getTranslation("codebook.kindHelp"));
        form.setHeading(getTranslation("codebook.newCode"));
        delete.setVisible(false);
        form.setVisible(true);
        key.focus();
    }

    private void closeForm() {
        editing = null;
        grid.deselectAll();
        form.setVisible(false);
    }

    private void save() {
        var written = Fields.written(binder);
        if (written.isEmpty()) {
            return;
        }
        CodeDef def = written.get().toDef();
        Map<String, HasValidationProperties> byField = Map.of("key", key, "kind", kind, "color", color,
                "name", nameEn, "definition", definitionEn, "examples", examplesEn);
        CodeDef[] saved = new CodeDef[1];
        CodeDef before = editing;
        // The service refuses a key that exists on add, and a code changed since it was read on update.
        if (Feedback.attempt(this, () -> saved[0] = before == null ? codebooks.addCode(caseId, def)
                        : codebooks.updateCode(caseId, before, def), byField,
                () -> reload(def.key()))) {
            Feedback.success(getTranslation("codebook.saved"));
            reload(saved[0].key());
        }
    }

    private void openDelete() {
        if (editing == null) {
            return;
        }
        Codebook current = codebooks.forCase(caseId);
        Optional<CodeDef> code = current.code(editing.key());
        if (code.isEmpty()) {
            Feedback.conflict(this, () -> reload(null));
            return;
        }
        CodeDef doomed = code.get();
        long used = codebooks.usage(caseId, doomed.key());
        // Annotations without a valence cannot become signals (the service refuses), so those are not offered.
        List<CodeDef> targets = current.codes().stream()
                .filter(c -> !c.key().equals(doomed.key()))
                .filter(c -> doomed.kind() == CodeKind.SIGNAL || c.kind() != CodeKind.SIGNAL)
                .toList();
        CodeUsage.Locked locked = used == 0 ? new CodeUsage.Locked(0, 0) : codebooks.lockedUsage(caseId, doomed.key());
        new DeleteCodeDialog(doomed, used, locked, targets, replacement -> delete(doomed, used, replacement)).open();
    }

    private void delete(CodeDef code, long usedWhenAsked, String replacement) {
        // Someone may have coded with it since the dialog counted: who was told "unused" must not lose annotations.
        if (replacement == null && usedWhenAsked == 0 && codebooks.usage(caseId, code.key()) > 0) {
            Feedback.error(getTranslation("codebook.delete.nowUsed"));
            reload(code.key());
            openDelete();
            return;
        }
        if (Feedback.attempt(this, () -> codebooks.deleteCode(caseId, code.key(), replacement), Map.of(),
                () -> reload(null))) {
            Feedback.success(replacement == null ? getTranslation("codebook.deleted", code.key())
                    : getTranslation("codebook.deletedMoved", code.key(), replacement));
            reload(replacement);
        }
    }
}
