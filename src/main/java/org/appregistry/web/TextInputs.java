package org.appregistry.web;

import java.io.IOException;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.appregistry.common.TextRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every text of every JSON body the application reads passes {@link TextRules}: a refusal is a
 * 422 naming the field (ProblemResponses), before any use case runs.
 */
@Configuration
class TextInputs {

    @Bean
    Module textRules() {
        return new SimpleModule("text-rules").addDeserializer(String.class, new CheckedText());
    }

    static final class CheckedText extends StdScalarDeserializer<String> {

        CheckedText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            Optional<String> refusal = TextRules.refusal(text, TextRules.isSecretField(parser.currentName()));
            if (refusal.isPresent()) {
                throw new RefusedText(parser, refusal.get());
            }
            return text;
        }
    }

    /** A text that breaks {@link TextRules}; its message is the rule. */
    static final class RefusedText extends MismatchedInputException {

        RefusedText(JsonParser parser, String rule) {
            super(parser, rule, String.class);
        }
    }
}
