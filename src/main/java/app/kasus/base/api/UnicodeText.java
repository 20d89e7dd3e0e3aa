package app.kasus.base.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Text in a JSON body must be text, and valid Unicode. JSON lets a client escape half of a surrogate pair
 * ({@code "\ud800"}); such a text was stored, but no UTF-8 answer can carry it, so it read back as {@code ?}: a silent
 * change. Jackson also took a number or {@code true} where text belongs and stored its spelling ({@code "true"}),
 * answering 201 for what was not sent (found by {@code HostileInputPropertiesIT}). Both are refused with 400 naming the
 * field, for every text field of every body.
 */
@Configuration
class UnicodeText {

    static final String PROBLEM = "not valid Unicode text (half of a surrogate pair)";
    static final String NOT_TEXT = "text expected, not a number or true/false";
    /** The refusals this class words, each said to the client as "field: problem". */
    static final Set<String> PROBLEMS = Set.of(PROBLEM, NOT_TEXT);

    @Bean
    Module validUnicodeText() {
        SimpleModule module = new SimpleModule("valid-unicode-text");
        module.addDeserializer(String.class, new Strict());
        return module;
    }

    static boolean valid(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static final class Strict extends StdScalarDeserializer<String> {

        Strict() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != null && parser.currentToken().isScalarValue()
                    && (parser.currentToken().isNumeric() || parser.currentToken().isBoolean())) {
                throw InvalidFormatException.from(parser, NOT_TEXT, parser.getText(), String.class);
            }
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && !valid(text)) {
                throw InvalidFormatException.from(parser, PROBLEM, text, String.class);
            }
            return text;
        }
    }
}
