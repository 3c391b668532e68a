package cn.yibao.guard.drg;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;

/** Reads a list of codes from a JSON array of strings or from one string separated by {@code |}. */
final class CodesDeserializer extends JsonDeserializer<List<String>> {

    @Override
    public List<String> deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            String joined = parser.getText();
            return joined.isBlank() ? List.of() : Arrays.asList(joined.split("\\|", -1));
        }
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            return (List<String>) context.handleUnexpectedToken(List.class, parser);
        }
        List<String> codes = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            if (token != JsonToken.VALUE_STRING) {
                return (List<String>) context.handleUnexpectedToken(String.class, parser);
            }
            codes.add(parser.getText());
        }
        return codes;
    }
}
