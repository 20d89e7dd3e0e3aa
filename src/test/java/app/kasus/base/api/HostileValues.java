package app.kasus.base.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** What a careless or hostile client puts where the API expects an id, a text, a date, a header or a body. */
final class HostileValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Longer than any limit the application sets on a text, short enough to send hundreds of times. */
    static final String OVERLONG = "x".repeat(70_000);

    private HostileValues() {
    }

    /** Texts for a path segment or query value: not a plain decimal id, not a known name. Sent percent-encoded. */
    static Arbitrary<String> ids() {
        return Arbitraries.oneOf(
                Arbitraries.of("-1", "0", "00", "-0", "+1", "1.5", "1e3", "0x10", "#10", " 1", "1 ", "１", "١",
                        "9223372036854775807", "9223372036854775808", "99999999999999999999999999", "-9223372036854775808",
                        "2147483648", "NaN", "Infinity", "null", "true", "[]", "{}", "a/b", "..", ".", "%", "\u0000",
                        "\uFEFF1", "1\u200B", "Ünïcödé", "😀", "<script>", "' or 1=1 --", "user:", "group:",
                        "majority:group:", "x".repeat(3000)),
                Arbitraries.longs().map(n -> Long.toString(n)),
                texts());
    }

    /** Odd text: control characters, NUL, bidi overrides, combining marks, emoji, surrogates, markup, long. */
    static Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMinLength(0).ofMaxLength(40),
                Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMinLength(1).ofMaxLength(5),
                Arbitraries.of("", " ", "\t\n", "\u0000", "a\u0000b", "\u202Egnp.exe", "e\u0301\u0301\u0301",
                        "\uD83D\uDE00", "\uD800", "\uDFFF", "\uFFFF", "\uFEFF", "Z\u0351\u0360\u0336",
                        "<b>bold</b>", "<img src=x onerror=alert(1)>", "${7*7}", "%s%n", "\\", "\"", "'", "null",
                        "ا\u200Fب", "ｆｕｌｌ", "İı", "ß", "\r\n\r\n"),
                Arbitraries.strings().all().ofMinLength(2001).ofMaxLength(2100),
                Arbitraries.just(OVERLONG));
    }

    /** Dates outside 1900–2100, impossible dates and things that are no date at all. */
    static Arbitrary<String> dates() {
        return Arbitraries.oneOf(
                Arbitraries.of("1582-10-10", "0000-01-01", "-5000-01-01", "+999999999-12-31", "-999999999-01-01",
                        "1899-12-31", "2101-01-01", "1900-01-00", "2024-02-30", "2023-02-29", "2024-13-01", "2024-1-1",
                        "20240101", "2024-01-01T00:00:00Z", "2024-01-01 ", " 2024-01-01", "2024/01/01", "01.01.2024",
                        "２０２４-01-01", "now", "", "9999-12-31", "10000-01-01"),
                Arbitraries.integers().between(-20_000, 20_000).filter(y -> y < 1900 || y > 2100)
                        .map(y -> String.format("%04d-06-15", y)));
    }

    /** Any JSON value of any type, most of them wrong wherever they are put. */
    static Arbitrary<JsonNode> json() {
        return Arbitraries.oneOf(
                Arbitraries.of(List.<JsonNode>of(NODES.nullNode(), NODES.booleanNode(true), NODES.numberNode(-1),
                        NODES.numberNode(0), NODES.numberNode(Long.MAX_VALUE), NODES.numberNode(Long.MIN_VALUE),
                        NODES.numberNode(new BigInteger("99999999999999999999999999")), NODES.numberNode(1.5),
                        NODES.numberNode(new BigDecimal("1e400")), NODES.numberNode(-1e308), NODES.numberNode(2147483648L),
                        NODES.arrayNode(), NODES.objectNode(), NODES.arrayNode().add(1).add("x"),
                        NODES.objectNode().put("id", 1), NODES.textNode("1"), NODES.textNode("-1"))),
                texts().map(t -> (JsonNode) NODES.textNode(t)),
                dates().map(d -> (JsonNode) NODES.textNode(d)),
                Arbitraries.integers().map(n -> (JsonNode) NODES.numberNode(n)));
    }

    /** Bodies that are not JSON, or JSON no parser should have to take. */
    static Arbitrary<String> malformedBodies() {
        return Arbitraries.of("", "{", "}", "[", "nul", "{\"a\":}", "{'a':1}", "{\"a\":1,}", "\u0000", "\uFEFF{}",
                "{\"a\":NaN}", "{\"a\":1e99999999}", "{\"a\":0x10}", "{\"a\":\"\\ud800\"}", "{\"a\":\"\\u0000\"}",
                "{\"a\":1}{\"b\":2}", "<xml/>", "a,b,c\n1,2,3", "[".repeat(3000) + "]".repeat(3000),
                "{\"a\":\"" + OVERLONG + "\"}", "{\"__proto__\":{\"x\":1}}", "{\"@class\":\"java.lang.Runtime\"}");
    }

    static Arbitrary<String> accepts() {
        return Arbitraries.of("garbage", "*/*;q=abc", "text/", ";;;", "*/*", "text/plain", "text/csv", "text/html",
                "application/xml", "image/png", "application/json;q=0", "application/json; charset=ebcdic",
                "application/*", "*/json", "\u00e9/\u00e9", "application/json, text/csv;q=2", "a".repeat(2000));
    }

    static Arbitrary<String> contentTypes() {
        return Arbitraries.of("application/*", "*/*", "text/plain", "text/csv", "application/xml", "garbage", ";",
                "application/json; charset=ebcdic", "application/json; charset=UTF-16", "application/json; x",
                "multipart/form-data", "multipart/form-data; boundary=", "application/x-www-form-urlencoded",
                "application/octet-stream", "application/json-patch+json", "text/json", "");
    }

    static Arbitrary<String> authorizations() {
        return Arbitraries.of("", " ", "Bearer", "Bearer ", "Bearer x", "Bearer kasus_", "Bearer kasus_" + "0".repeat(64),
                "bearer kasus_x", "Basic", "Basic ", "Basic !!!", "Basic " + "eDp5", "Basic " + "Og==",
                "Basic bm8tc3VjaC11c2VyLWZ1eno6eA==", "Digest username=\"x\"", "Negotiate abc", "Token x",
                "Bearer " + "a".repeat(3000), "Basic \u00e9");
    }
}
