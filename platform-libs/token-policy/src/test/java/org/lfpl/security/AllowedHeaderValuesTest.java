package org.lfpl.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;

/** The firewall's header-value check by scan answers as Spring Security's regular expression does. */
class AllowedHeaderValuesTest {

    private final Predicate<String> spring = StrictServerWebExchangeFirewall.ALLOWED_HEADER_VALUES;
    private final Predicate<String> ours = new AllowedHeaderValues();

    @Test
    void every_code_point_alone_and_in_a_value_is_allowed_or_refused_alike() {
        int refused = 0;
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            String alone = Character.toString(c);
            boolean allowed = spring.test(alone);
            assertThat(ours.test(alone)).as("U+%04X", c).isEqualTo(allowed);
            assertThat(ours.test("Bearer abc" + alone + "def")).as("U+%04X inside a value", c)
                    .isEqualTo(spring.test("Bearer abc" + alone + "def"));
            refused += allowed ? 0 : 1;
        }
        assertThat(refused).as("control characters and unassigned code points are refused").isGreaterThan(800_000);
        for (String value : new String[] {"", "\t", "a\tb", "\r\n", "x\u0000", "\uD800", "a\uDC00b", "\uD83D\uDE00", "ok"}) {
            assertThat(ours.test(value)).as("%s", value).isEqualTo(spring.test(value));
        }
        assertThat(ours.test(null)).as("a header not there").isEqualTo(spring.test(null)).isTrue();
        assertThat(ours.test("Bearer eyJ.abc-_~+/==")).isTrue();
        assertThat(ours.test("evil\r\nSet-Cookie: x")).isFalse();
    }
}
