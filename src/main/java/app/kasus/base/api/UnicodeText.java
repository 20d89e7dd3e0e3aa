package app.kasus.base.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Text in a JSON body must be valid Unicode. JSON lets a client escape half of a surrogate pair ({@code "\ud800"});
 * such a text was stored, but no UTF-8 answer can carry it, so it read back as {@code ?}: a silent change. Refused
 * with 400 naming the field instead, for every text field of every body.
 */
@Configuration
class UnicodeText {

    static final String PROBLEM = "not valid Unicode text (half of a surrogate pair)";

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
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && !valid(text)) {
                throw InvalidFormatException.from(parser, PROBLEM, text, String.class);
            }
            return text;
        }
    }
}
