package app.kasus.codebook.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.regex.Pattern;

/**
 * The fields the three editors share and the Binder checks on them. The limits and key patterns repeat the
 * service's rules (which stay the authority) so that a mistake is shown at the field, in the reader's language,
 * before anything is sent.
 */
final class Fields {

    static final int MAX_NAME = 80;
    static final int MAX_DEFINITION = 2000;
    static final int MAX_EXAMPLES = 4000;
    static final Pattern CODE_KEY = Pattern.compile("[a-z][a-z0-9-]{0,31}");
    static final Pattern ACTOR_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9-]{0,15}");
    static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

    private Fields() {
    }

    static TextField text(String id, String label) {
        TextField field = new TextField(label);
        field.setId(id);
        field.setValueChangeMode(ValueChangeMode.EAGER);
        return field;
    }

    static TextArea area(String id, String label) {
        TextArea area = new TextArea(label);
        area.setId(id);
        area.setValueChangeMode(ValueChangeMode.EAGER);
        area.setMaxHeight("12rem");
        return area;
    }

    /** Names are required in both languages (a coder reading either must see one) and fit a choice list. */
    static <F> void bindName(Binder<F> binder, TextField field, String property, Component i18n) {
        String required = i18n.getTranslation("codebook.required");
        binder.forField(field).asRequired(required)
                .withValidator(v -> !v.isBlank(), required)
                .withValidator(v -> v.strip().length() <= MAX_NAME, i18n.getTranslation("codebook.tooLong", MAX_NAME))
                .bind(property);
    }

    static <F> void bindLong(Binder<F> binder, TextArea area, String property, int max, Component i18n) {
        binder.forField(area)
                .withValidator(v -> v.strip().length() <= max, i18n.getTranslation("codebook.tooLong", max))
                .bind(property);
        area.addValueChangeListener(e -> area.setHelperText(e.getValue().strip().length() + " / " + max));
    }

    /**
     * The fields show their own messages; focus goes to the first of them, which in a long form may be scrolled
     * out of sight, and a screen reader then reads its message.
     */
    /** The form's record when every field is valid; otherwise empty, with focus on the first invalid field. */
    static <F> java.util.Optional<F> written(Binder<F> binder) {
        try {
            return java.util.Optional.of(binder.writeRecord());
        } catch (ValidationException invalid) {
            focusFirstInvalid(invalid);
            return java.util.Optional.empty();
        }
    }

    static void focusFirstInvalid(ValidationException invalid) {
        invalid.getFieldValidationErrors().stream().findFirst()
                .map(status -> status.getField())
                .filter(Focusable.class::isInstance)
                .ifPresent(field -> ((Focusable<?>) field).focus());
    }

    static <F> void bindKey(Binder<F> binder, TextField field, Pattern pattern, String rule, Component i18n) {
        binder.forField(field).asRequired(i18n.getTranslation("codebook.required"))
                .withValidator(v -> pattern.matcher(v.strip()).matches(), rule)
                .bind("key");
    }
}
