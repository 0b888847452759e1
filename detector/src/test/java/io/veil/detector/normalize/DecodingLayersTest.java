package io.veil.detector.normalize;

import static io.veil.detector.normalize.ViewAssertions.assertReadsThrough;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DecodingLayersTest {

  private static final String URL = "url";
  private static final String JSON = "json";
  private static final String BASE64 = "base64";
  private static final String HTML = "html";

  static Stream<Arguments> urlEncoded() {
    return Stream.of(
        // name, content, value, exact original text of the value, transforms
        Arguments.of("percent-encoded at", "email=john%40example.com&x=1", "john@example.com",
            "john%40example.com", List.of(URL)),
        Arguments.of("nested %25", "q=john%2540example.com", "john@example.com",
            "john%2540example.com", List.of(URL, URL)),
        Arguments.of("three levels", "john%252540example.com", "john@example.com",
            "john%252540example.com", List.of(URL, URL, URL)),
        Arguments.of("utf-8 multibyte", "name=Jos%C3%A9%20Garc%C3%ADa", "José García",
            "Jos%C3%A9%20Garc%C3%ADa", List.of(URL)),
        Arguments.of("plus as space in query", "/s?name=John+Smith&ssn=123+45+6789",
            "123 45 6789", "123+45+6789", List.of(URL)),
        Arguments.of("plus as space in form data", "ssn=123+45+6789&name=x", "123 45 6789",
            "123+45+6789", List.of(URL)),
        Arguments.of("lower-case hex", "ssn%3d123%2d45%2d6789", "ssn=123-45-6789",
            "ssn%3d123%2d45%2d6789", List.of(URL)));
  }

  static Stream<Arguments> jsonEscaped() {
    return Stream.of(
        Arguments.of("json held in a string", "{\"note\":\"{\\\"ssn\\\": \\\"123-45-6789\\\"}\"}",
            "\"ssn\": \"123-45-6789\"", "\\\"ssn\\\": \\\"123-45-6789\\\"", List.of(JSON)),
        Arguments.of("unicode escape", "john\\u0040example.com", "john@example.com",
            "john\\u0040example.com", List.of(JSON)),
        Arguments.of("escaped digits", "\\u0031\\u0032\\u0033-45-6789", "123-45-6789",
            "\\u0031\\u0032\\u0033-45-6789", List.of(JSON)),
        Arguments.of("surrogate pair", "\\uD83D\\uDE00 ok", "\uD83D\uDE00 ok",
            "\\uD83D\\uDE00 ok", List.of(JSON)),
        Arguments.of("escaped slash", "https:\\/\\/x.com\\/u\\/42", "https://x.com/u/42",
            "https:\\/\\/x.com\\/u\\/42", List.of(JSON)),
        Arguments.of("javascript hex escapes", "john\\x40example\\x2ecom", "john@example.com",
            "john\\x40example\\x2ecom", List.of(JSON)),
        Arguments.of("two levels of escaping", "{\\\\\\\"ssn\\\\\\\":1}", "{\"ssn\":1}",
            "{\\\\\\\"ssn\\\\\\\":1}", List.of(JSON, JSON)));
  }

  static Stream<Arguments> base64Encoded() {
    return Stream.of(
        Arguments.of("padded, in a query", "/p?data=am9obkBleGFtcGxlLmNvbQ==", "john@example.com",
            "am9obkBleGFtcGxlLmNvbQ==", List.of(BASE64)),
        Arguments.of("unpadded", "token am9obkBleGFtcGxlLmNvbQ end", "john@example.com",
            "am9obkBleGFtcGxlLmNvbQ", List.of(BASE64)),
        Arguments.of("url-safe alphabet", "t=" + urlSafe("john@ex.com?"), "john@ex.com?",
            urlSafe("john@ex.com?"), List.of(BASE64)),
        Arguments.of("standard alphabet with plus", "v " + b64("ssn: > 123-45-6789"),
            "123-45-6789", b64("ssn: > 123-45-6789"), List.of(BASE64)),
        Arguments.of("standard alphabet with slash", "v " + b64("id? 123-45-6789"),
            "123-45-6789", b64("id? 123-45-6789"), List.of(BASE64)),
        Arguments.of("json inside", "payload: eyJzc24iOiIxMjMtNDUtNjc4OSJ9", "123-45-6789",
            "eyJzc24iOiIxMjMtNDUtNjc4OSJ9", List.of(BASE64)),
        Arguments.of("path segment", "/u/am9obkBleGFtcGxlLmNvbQ/profile", "john@example.com",
            "am9obkBleGFtcGxlLmNvbQ", List.of(BASE64)),
        Arguments.of("after an underscore", "user_am9obkBleGFtcGxlLmNvbQ", "john@example.com",
            "am9obkBleGFtcGxlLmNvbQ", List.of(BASE64)),
        Arguments.of("jwt payload", "Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
            + "eyJzdWIiOiI0MiIsImVtYWlsIjoiam9obkBleGFtcGxlLmNvbSIsInNzbiI6IjEyMy00NS02Nzg5In0"
            + ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c", "\"ssn\":\"123-45-6789\"",
            "eyJzdWIiOiI0MiIsImVtYWlsIjoiam9obkBleGFtcGxlLmNvbSIsInNzbiI6IjEyMy00NS02Nzg5In0",
            List.of(BASE64)),
        Arguments.of("non-ascii text", "n=" + b64("José <jose@exämple.com>"),
            "jose@exämple.com", b64("José <jose@exämple.com>"), List.of(BASE64)));
  }

  static Stream<Arguments> composed() {
    return Stream.of(
        Arguments.of("url-encoded inside base64", "d=" + b64("john%40example.com"),
            "john@example.com", b64("john%40example.com"), List.of(BASE64, URL)),
        Arguments.of("base64 with escaped plus in a url parameter",
            "/x?d=c3NuOiA%2BIDEyMy00NS02Nzg5&y=1", "123-45-6789",
            "c3NuOiA%2BIDEyMy00NS02Nzg5", List.of(URL, BASE64)),
        Arguments.of("base64 with escaped slash and padding in a url parameter",
            "/x?d=aWQ%2FMTIzLTQ1LTY3ODk%3D", "123-45-6789", "aWQ%2FMTIzLTQ1LTY3ODk%3D",
            List.of(URL, BASE64)),
        Arguments.of("url-encoded inside a json string", "{\"q\":\"john\\u002540example.com\"}",
            "john@example.com", "john\\u002540example.com", List.of(JSON, URL)),
        Arguments.of("json inside base64 with unicode escapes",
            "e=" + b64("{\"email\":\"john\\u0040example.com\"}"), "john@example.com",
            b64("{\"email\":\"john\\u0040example.com\"}"), List.of(BASE64, JSON)),
        Arguments.of("entity inside url encoding", "q=john%26%2364%3Bexample.com",
            "john@example.com", "john%26%2364%3Bexample.com", List.of(URL)),
        Arguments.of("full-width digits percent-encoded", "n=%EF%BC%94%EF%BC%91%EF%BC%91%EF%BC%91",
            "4111", "%EF%BC%94%EF%BC%91%EF%BC%91%EF%BC%91", List.of(URL)),
        Arguments.of("double html entity", "john&amp;#64;example.com", "john@example.com",
            "john&amp;#64;example.com", List.of(HTML)),
        Arguments.of("full-width digits inside base64", "x=" + b64("ssn １２３-４５-６７８９"),
            "123-45-6789", b64("ssn １２３-４５-６７８９"), List.of(BASE64)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"urlEncoded", "jsonEscaped", "base64Encoded", "composed"})
  void encodedValue_readsThroughItsLayers_andMapsToItsOriginalSpan(String name, String content,
      String value, String obfuscated, List<String> transforms) {
    assertReadsThrough(content, value, obfuscated, transforms);
  }

  private static String b64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String urlSafe(String text) {
    return Base64.getUrlEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
