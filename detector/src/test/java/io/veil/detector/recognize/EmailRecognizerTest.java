package io.veil.detector.recognize;

import static io.veil.detector.recognize.Row.no;
import static io.veil.detector.recognize.Row.yes;

import io.veil.protocol.Category;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EmailRecognizerTest {

  static Stream<Arguments> table() {
    return Stream.of(
        yes("plain", "john.doe@example.com"),
        yes("after an invoice word (de)", "Bitte Rechnung an k.schneider@web.de schicken"),
        yes("after an order word", "order confirmation to maria.lopez@gmail.com"),
        yes("example.com is still an address", "test@example.com"),
        yes("in a sentence", "contact me at jane_smith99@gmail.com please"),
        yes("subdomain", "a.b+tag@mail.company.co.uk"),
        yes("url-encoded", "email=john%40gmail.com"),
        yes("base64", "am9obkBnbWFpbC5jb20="),
        yes("bracket obfuscation", "john [at] gmail [dot] com"),
        yes("html entity", "john&#64;gmail.com"),
        yes("full-width at", "john＠gmail.com"),
        yes("zero-width", "jo\u200bhn@gmail.com"),
        yes("idn domain", "maria@correo.españa.es"),
        yes("chinese context", "我的邮箱是 wang.wei@qq.com"),
        no("noreply", "noreply@company.com"),
        no("no-reply", "no-reply@company.com"),
        no("support", "support@acme.io"),
        no("info", "info@shop.de"),
        no("postmaster", "postmaster@mail.org"),
        no("abuse", "abuse@isp.net"),
        no("webmaster", "webmaster@site.com"),
        no("sales", "sales@corp.com"),
        no("admin", "admin@corp.com"),
        no("masked", "j***@gmail.com"),
        no("no tld", "john@localhost"),
        no("retina asset", "icon@2x.png"),
        no("package version", "lodash@4.17.21"),
        no("handle", "@johndoe"),
        no("word only", "send me an email"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void email_followsPolicy(Row row) {
    TableAssert.check(row, Category.EMAIL);
  }
}
