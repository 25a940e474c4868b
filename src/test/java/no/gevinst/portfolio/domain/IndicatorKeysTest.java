package no.gevinst.portfolio.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;

class IndicatorKeysTest {

    /** The loop that replaced the regular expression normalises exactly as it did. */
    @Property(tries = 500)
    void normalisesAsTheRegularExpressionDid(
            @ForAll
                    @Chars({' ', '\t', '\n', '\u000B', '\f', '\r', '\u00a0', '\u2003', 'Ø', 'a', 'B'})
                    @CharRange(from = 'a', to = 'f')
                    String text) {
        assertThat(IndicatorKeys.normalised(text))
                .isEqualTo(text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
    }
}
