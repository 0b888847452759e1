package io.veil.loadtest.leak;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.veil.loadtest.corpus.Planted;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LeakCheckerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        exact string leaf                  | email       | jane.doe@example.com | {"event":{"user":{"mail":"jane.doe@example.com"}}}            | true
        case differs                       | email       | jane.doe@example.com | {"event":{"mail":"Jane.Doe@EXAMPLE.com"}}                     | true
        inside a longer string             | email       | jane.doe@example.com | {"event":{"msg":"contact jane.doe@example.com now"}}          | true
        percent-encoded in a URL           | email       | jane.doe@example.com | {"event":{"url":"https://x.io/a?u=jane.doe%40example.com&p=1"}} | true
        JSON inside a string               | ssn         | 123-45-6789          | {"event":{"payload":"{\\"ssn\\":\\"123-45-6789\\"}"}}         | true
        digits only, other separators      | ssn         | 123-45-6789          | {"event":{"id":"123 45 6789"}}                                | true
        JSON number                        | credit_card | 4111 1111 1111 1111  | {"event":{"card":4111111111111111}}                            | true
        phone reformatted                  | phone       | (415) 555-0132       | {"event":{"tel":"+1-415-555-0132"}}                           | true
        as a key                           | email       | jane.doe@example.com | {"event":{"jane.doe@example.com":true}}                       | true
        in findings, not event             | email       | jane.doe@example.com | {"event":{},"findings":[{"path":"jane.doe@example.com"}]}     | true
        redacted in place                  | email       | jane.doe@example.com | {"event":{"mail":"[REDACTED:email]"}}                         | false
        redacted inside a URL              | email       | jane.doe@example.com | {"event":{"url":"https://x.io/a?u=%5BREDACTED%3Aemail%5D&p=1"}} | false
        masked to last 4                   | credit_card | 4111 1111 1111 1111  | {"event":{"card":"************1111"}}                         | false
        dropped field                      | ssn         | 123-45-6789          | {"event":{"other":"value"}}                                   | false
        digits split across two fields     | ssn         | 123-45-6789          | {"event":{"a":"123-45","b":"6789"}}                           | false
        short number, digits not compared  | zip         | 94-105               | {"event":{"n":"94105"}}                                       | false
        word value, digits not compared    | address     | 12 Main Street       | {"event":{"n":"12"}}                                          | false
        """)
    void leak_isFoundInEveryFormItCanComeBackIn(String name, String category, String value, String answer,
                                                boolean leaks) throws Exception {
        List<Planted> found = LeakChecker.leaked(JSON.readTree(answer), List.of(new Planted(category, value)));
        assertThat(found).as(name).hasSize(leaks ? 1 : 0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        {"event":{"a":"jane@x.io","b":"555-12-3456"}} | 2
        {"event":{"a":"[REDACTED:email]","b":"555-12-3456"}} | 1
        {"event":{"a":"[REDACTED:email]","b":"[REDACTED:ssn]"}} | 0
        """)
    void eachPlantedValue_isJudgedOnItsOwn(String answer, int leaks) throws Exception {
        List<Planted> planted = List.of(new Planted("email", "jane@x.io"), new Planted("ssn", "555-12-3456"));
        assertThat(LeakChecker.leaked(JSON.readTree(answer), planted)).hasSize(leaks);
    }

    @ParameterizedTest
    @CsvSource({"123-45-6789, true", "4111 1111 1111 1111, true", "AB1234567, true", "john1990@x.io, false",
        "12 Main St, false", "ABCDEFG1234567, false"})
    void digitMatching_appliesOnlyToMostlyDigitValues(String value, boolean digitMatched) {
        assertThat(LeakChecker.isMostlyDigits(value, LeakChecker.digitsOnly(value))).isEqualTo(digitMatched);
    }

    @ParameterizedTest
    @CsvSource({"'a%40b.io', 'a@b.io'", "'100%', '100%'", "'a+b', 'a b'"})
    void percentDecode_neverThrowsOnMalformedEscapes(String in, String out) {
        assertThat(LeakChecker.percentDecode(in)).isEqualTo(out);
    }
}
