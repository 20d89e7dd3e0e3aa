package app.kasus.base.api;

import java.beans.PropertyEditorSupport;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Numbers in paths and query parameters are plain ASCII decimal digits. Spring's default conversion also reads
 * {@code 0x10}, {@code #10}, {@code +1}, padded values and non-ASCII digits (fullwidth {@code １}), so one resource
 * had many names; anything else is now refused with 400 (a type mismatch, see {@link ApiExceptionHandler}).
 * Binder editors, because they take precedence over the conversion service for every parameter.
 */
@ControllerAdvice(basePackages = "app.kasus")
class DecimalIds {

    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,19}");

    @InitBinder
    void strictNumbers(WebDataBinder binder) {
        binder.registerCustomEditor(long.class, new Decimal<>(Function.identity()));
        binder.registerCustomEditor(Long.class, new Decimal<>(Function.identity()));
        binder.registerCustomEditor(int.class, new Decimal<>(DecimalIds::toInt));
        binder.registerCustomEditor(Integer.class, new Decimal<>(DecimalIds::toInt));
    }

    static long parse(String text) {
        if (text == null || !DIGITS.matcher(text).matches()) {
            throw new IllegalArgumentException("not a plain decimal number");
        }
        return Long.parseLong(text); // beyond Long.MAX_VALUE: NumberFormatException, an IllegalArgumentException
    }

    private static Integer toInt(Long value) {
        if (value > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("too large");
        }
        return value.intValue();
    }

    private static final class Decimal<T> extends PropertyEditorSupport {

        private final Function<Long, T> narrow;

        Decimal(Function<Long, T> narrow) {
            this.narrow = narrow;
        }

        @Override
        public void setAsText(String text) {
            setValue(text == null || text.isEmpty() ? null : narrow.apply(parse(text)));
        }
    }
}
