package jixiao.site.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

class JsLiteralTest {
    static final String NASTY = "</script><script>alert(1)</script> <!-- \"q\" 'a' \\ \u2028\u2029 \n\r\t\u0000 中文 𠀀";

    @Test
    void escapesWhatCouldEndAScriptOrAString() {
        assertEquals("\"\\u003c/script\\u003e\"", JsLiteral.of("</script>"));
        assertEquals("\"a\\\"b\\\\c\\u2028\\u2029\\n\\u0000\"", JsLiteral.of("a\"b\\c\u2028\u2029\n\u0000"));
        assertEquals("\"中文\"", JsLiteral.of("中文"));
        assertEquals("[1,2.5,null,true,\"x\"]", JsLiteral.of(Arrays.asList(1, 2.5, null, true, "x")));
        assertEquals("[3,null]", JsLiteral.of(Arrays.asList(3.0, Double.NaN)));
        assertEquals("\"\\ud800x\"", JsLiteral.of("\ud800x"), "a lone surrogate cannot go out as UTF-8");
        assertThrows(IllegalArgumentException.class, () -> JsLiteral.assignment("a.b", 1));
    }

    @Test
    void hostileStringsComeBackAsDataInNode(@TempDir Path dir) throws Exception {
        Node.assumePresent();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("s", NASTY);
        data.put(NASTY, List.of(NASTY, 1));
        Path file = dir.resolve("data.js");
        Files.writeString(file, JsLiteral.assignment("DATA", data), StandardCharsets.UTF_8);
        JsonNode back = Node.eval(dir, List.of(file), "DATA");
        assertEquals(NASTY, back.get("s").asText());
        assertEquals(NASTY, back.get(NASTY).get(0).asText());
    }
}
