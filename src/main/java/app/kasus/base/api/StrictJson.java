package app.kasus.base.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A JSON body is read as sent or refused, never changed on the way (found by {@code HostileInputPropertiesIT}). Jackson
 * converted between scalars: {@code true} or a number where text belongs was stored as its spelling, {@code "1"} where a
 * number belongs as 1, {@code 1.5} where a whole number belongs as 1, each answered 201 for what was not sent. JSON
 * also lets a client escape half of a surrogate pair ({@code "\ud800"}); such a text was stored, but no UTF-8 answer
 * can carry it, so it read back as {@code ?}. All of these are refused with 400 naming the field, for every field of
 * every body.
 */
@Configuration
class StrictJson {

    static final String PROBLEM = "not valid Unicode text (half of a surrogate pair)";
    static final String NOT_TEXT = "text expected, not a number or true/false";
    /** The refusals this class words, each said to the client as "field: problem". */
    static final Set<String> PROBLEMS = Set.of(PROBLEM, NOT_TEXT);

    /** Jackson's conversions between scalars (text, numbers, booleans) and of fractions into whole numbers, off. */
    @Bean
    Jackson2ObjectMapperBuilderCustomizer noScalarConversions() {
        return builder -> builder.featuresToDisable(MapperFeature.ALLOW_COERCION_OF_SCALARS,
                DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }

    @Bean
    Module validUnicodeText() {
        SimpleModule module = new SimpleModule("valid-unicode-text");
        module.addDeserializer(String.class, new Strict());
        return module;
    }

    /** What a field of this type takes, said in a refusal ("stage: a whole number expected"). */
    static String expected(Class<?> type) {
        if (type == String.class) {
            return "text expected";
        }
        if (List.of(Integer.class, int.class, Long.class, long.class, Short.class, short.class).contains(type)) {
            return "a whole number expected";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number expected";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false expected";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list expected";
        }
        return "a JSON object expected";
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
