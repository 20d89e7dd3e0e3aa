package app.kasus.codebook.ui;

import app.kasus.codebook.ActorDef;
import app.kasus.codebook.Codebook;
import app.kasus.codebook.CodebookService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.Map;
import java.util.Optional;

/** The actors coders choose from (who acts, toward whom): add one, or rename one in both languages. */
class ActorsEditor extends Div {

    private final CodebookService codebooks;
    private final long caseId;
    private final Grid<ActorDef> grid = new Grid<>();
    private final Binder<ActorForm> binder = new Binder<>(ActorForm.class);
    private EditorForm form;
    private final TextField key = Fields.text("actor-key", getTranslation("codebook.column.key"));
    private final TextField nameEn = Fields.text("actor-name-en", getTranslation("codebook.field.nameEn"));
    private final TextField nameId = Fields.text("actor-name-id", getTranslation("codebook.field.nameId"));

    /** The actor as read into the form, to notice a change made meanwhile; null when adding. */
    private ActorDef editing;

    ActorsEditor(CodebookService codebooks, long caseId) {
        this.codebooks = codebooks;
        this.caseId = caseId;
        addClassName("codebook-editor");
        Button add = new Button(getTranslation("codebook.addActor"), e -> startAdding());
        add.setId("actor-add");
        Div list = new Div(grid, add);
        list.addClassName("codebook-list");
        add(list, buildForm());

        grid.setId("actors-grid");
        grid.getElement().setAttribute("aria-label", getTranslation("codebook.actors"));
        grid.setAllRowsVisible(true);
        grid.addColumn(ActorDef::key).setHeader(getTranslation("codebook.column.key")).setAutoWidth(true);
        grid.addColumn(a -> a.name().en()).setHeader(getTranslation("codebook.column.nameEn")).setAutoWidth(true);
        grid.addColumn(a -> a.name().id()).setHeader(getTranslation("codebook.column.nameId")).setAutoWidth(true);
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                edit(e.getValue());
            } else if (e.isFromClient()) {
                closeForm();
            }
        });

        Fields.bindKey(binder, key, Fields.ACTOR_KEY, getTranslation("codebook.actorKeyRule"), this);
        Fields.bindName(binder, nameEn, "nameEn", this);
        Fields.bindName(binder, nameId, "nameId", this);
        reload(null);
    }

    private Component buildForm() {
        form = new EditorForm("actor", this::save, this::closeForm, new Component[] {key, new Div(), nameEn,
                nameId});
        return form;
    }

    private void reload(String selectKey) {
        Codebook codebook = codebooks.forCase(caseId);
        grid.setItems(codebook.actors());
        Optional<ActorDef> selected = codebook.actor(selectKey);
        if (selected.isPresent()) {
            grid.select(selected.get());
            edit(selected.get());
        } else {
            closeForm();
        }
    }

    private void edit(ActorDef actor) {
        editing = actor;
        binder.readRecord(ActorForm.of(actor));
        // Annotations store the key, so it is fixed once the actor exists.
        key.setReadOnly(true);
        key.setHelperText(getTranslation("codebook.keyFixed"));
        form.setHeading(getTranslation("codebook.editActor", actor.key()));
        form.setVisible(true);
    }

    private void startAdding() {
        grid.deselectAll();
        editing = null;
        binder.readRecord(ActorForm.blank());
        key.setReadOnly(false);
        key.setHelperText(getTranslation("codebook.actorKeyRule"));
        form.setHeading(getTranslation("codebook.newActor"));
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
        ActorDef def = written.get().toDef();
        Map<String, HasValidationProperties> byField = Map.of("key", key, "name", nameEn);
        ActorDef[] saved = new ActorDef[1];
        ActorDef before = editing;
        if (Feedback.attempt(this, () -> saved[0] = before == null ? codebooks.addActor(caseId, def)
                        : codebooks.updateActor(caseId, before, def), byField,
                () -> reload(def.key()))) {
            Feedback.success(getTranslation("codebook.saved"));
            reload(saved[0].key());
        }
    }
}
