package dev.cloudsdk.core.spi;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class HeaderRulesTest {

    @Test
    void tokensAreValidNames() {
        assertThat(HeaderRules.requireValidName("X-Request_Id.v2!#$%&'*+^`|~")).startsWith("X-Request");
    }

    @Test
    void separatorsSpacesAndControlCharactersAreNotValidNames() {
        for (String name : new String[] {"X:Y", "X Y", "X\r\nY", "X\u0000", "Ä", "(x)", "x@y", ""}) {
            assertThat(catchThrowable(() -> HeaderRules.requireValidName(name))).as(name)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(catchThrowable(() -> HeaderRules.requireValidName(null))).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aValueWithALineBreakIsNamedButNotShown() {
        Throwable thrown = catchThrowable(() -> HeaderRules.requireValidValue("X-Key", "top-secret\r\nX-Evil: 1"));

        assertThat(thrown).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("value of header 'X-Key' holds a character not allowed in a header value (code 13) at index 10");
    }

    @Test
    void visibleAsciiSpacesAndTabsAreValidValues() {
        assertThat(HeaderRules.requireValidValue("X", " a\tb ~!")).isEqualTo(" a\tb ~!");
        assertThat(catchThrowable(() -> HeaderRules.requireValidValue("X", "é"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(catchThrowable(() -> HeaderRules.requireValidValue("X", "\u007f"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(catchThrowable(() -> HeaderRules.requireValidValue("X", null))).isInstanceOf(NullPointerException.class)
                .hasMessage("value of header 'X'");
    }

    @Test
    void headersTheSdkSetsAreReservedWhateverTheirCase() {
        for (String name : new String[] {"Authorization", "AUTHORIZATION", "Host", "content-length", "Transfer-Encoding",
                "Connection"}) {
            assertThat(catchThrowable(() -> HeaderRules.requireUserHeader(name, "v"))).as(name)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("set by the SDK");
        }
        HeaderRules.requireUserHeader("X-Tenant", "t-1");
    }

    @Test
    void aNameWithControlCharactersIsShownSafely() {
        assertThat(catchThrowable(() -> HeaderRules.requireValidName("X\nY"))).hasMessageStartingWith("header name 'X?Y'");
    }
}
