package vn.xaso.api;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Text fields take JSON text only: a number or a boolean where text is expected is refused rather than turned into
 * text, and so is the NUL character, which PostgreSQL cannot store. Both are answered as 400 naming the field.
 */
final class StrictText extends StdScalarDeserializer<String> {

    StrictText() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            return (String) context.handleUnexpectedToken(String.class, parser);
        }
        String text = parser.getString();
        if (text.indexOf('\u0000') >= 0) {
            throw InvalidFormatException.from(parser, "text must not contain the NUL character", text, String.class);
        }
        return text;
    }
}
