package dev.cloudsdk.core.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The argument checks every provider runs, at their limits. */
class ArgumentsTest {

    @Test
    void positiveAndNotBlankReturnWhatTheyChecked() {
        assertThat(Arguments.requirePositive(1, "id")).isEqualTo(1);
        assertThatThrownBy(() -> Arguments.requirePositive(0, "id")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("id must be positive, was 0");
        assertThat(Arguments.requireText("x", "name")).isEqualTo("x");
        assertThatThrownBy(() -> Arguments.requireText(" ", "name")).hasMessage("name must not be blank");
    }

    @Test
    void lengthsAreInclusive() {
        Arguments.requireLength("ab", 2, 3, "name");
        Arguments.requireLength("abc", 2, 3, "name");
        Arguments.requireLength("", -1, -1, "name");
        Arguments.requireLength(Optional.empty(), 2, 3, "name");
        assertThatThrownBy(() -> Arguments.requireLength("a", 2, 3, "name")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name must be at least 2 characters long, was 1");
        assertThatThrownBy(() -> Arguments.requireLength(Optional.of("abcd"), 2, 3, "name"))
                .hasMessage("name must be at most 3 characters long, was 4");
    }

    @Test
    void rangesAreInclusiveAndEitherEndMayBeOpen() {
        Arguments.requireRange(1, 1L, 3L, "n");
        Arguments.requireRange(3, 1L, 3L, "n");
        Arguments.requireRange(5, 5L, null, "n");
        Arguments.requireRange(5, null, 5L, "n");
        Arguments.requireRange(Optional.empty(), 1L, 2L, "n");
        assertThatThrownBy(() -> Arguments.requireRange(0, 1L, 3L, "n")).hasMessage("n must be between 1 and 3, was 0");
        assertThatThrownBy(() -> Arguments.requireRange(4, 1L, 3L, "n")).hasMessage("n must be between 1 and 3, was 4");
        assertThatThrownBy(() -> Arguments.requireRange(4, 5L, null, "n")).hasMessage("n must be at least 5, was 4");
        assertThatThrownBy(() -> Arguments.requireRange(Optional.of(6), null, 5L, "n")).hasMessage("n must be at most 5, was 6");
    }

    @Test
    void nullIsANullPointerExceptionNamingTheArgument() {
        assertThatThrownBy(() -> Arguments.requireText(null, "serviceId")).isInstanceOf(NullPointerException.class)
                .hasMessage("serviceId");
        assertThatThrownBy(() -> Arguments.requireTexts(null, "ids", true)).isInstanceOf(NullPointerException.class)
                .hasMessage("ids");
    }

    @Test
    void listsOfTextsAreCheckedElementByElementAndCopied() {
        List<String> ids = new ArrayList<>(List.of("a", "b"));
        List<String> copy = Arguments.requireTexts(ids, "ids", false);
        ids.add("c");

        assertThat(copy).containsExactly("a", "b");
        assertThat(Arguments.requireTexts(List.of(), "ids", true)).isEmpty();
        assertThatThrownBy(() -> Arguments.requireTexts(List.of(), "ids", false)).hasMessage("ids must not be empty");
        assertThatThrownBy(() -> Arguments.requireTexts(List.of("a", " "), "ids", false))
                .hasMessage("ids element must not be blank");
    }
}
