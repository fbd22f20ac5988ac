package dev.cloudsdk.core.pagination;

import dev.cloudsdk.core.spi.KnownCalls;
import dev.cloudsdk.core.spi.Pagination;
import dev.cloudsdk.core.spi.PreparedCall;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The page factories' decisions about "is there more", tested at their edges without a server. */
class PageTest {

    private static <T> PreparedCall<Page<T>> fail(Object position) {
        throw new AssertionError("fetched " + position);
    }

    @Test
    void aSinglePageHoldsEverythingAndHasNoNext() {
        Page<String> page = Page.single(List.of("a", "b"));

        assertThat(page.items()).containsExactly("a", "b");
        assertThat(page.totalCount()).hasValue(2);
        assertThat(page.hasNextPage()).isFalse();
        assertThat(page).hasToString("Page{items=2, total=2, hasNextPage=false}");
        assertThatThrownBy(page::nextPage).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void toStringNamesWhatIsKnown() {
        Page<String> numbered = Pagination.pageNumbered(List.of("a"), 2, 2, 3, 5L, n -> KnownCalls.of(() -> Page.single(List.of())));
        Page<String> offset = Pagination.offsetAndLimit(List.of("a"), 4, 1, 10L, n -> KnownCalls.of(() -> Page.single(List.of())));

        assertThat(numbered).hasToString("Page{items=1, page=2, pages=3, total=5, hasNextPage=true}");
        assertThat(offset).hasToString("Page{items=1, offset=4, total=10, hasNextPage=true}");
        assertThat(numbered.nextPage().items()).isEmpty();
    }

    @Test
    void pageAndLimitUsesThePageCountThenTheTotalThenAFullPage() {
        List<String> two = List.of("a", "b");
        assertThat(Pagination.pageAndLimit(two, 2, 2, 2, 3, null, PageTest::fail).hasNextPage()).isTrue();
        assertThat(Pagination.pageAndLimit(two, 3, 2, 3, 3, null, PageTest::fail).hasNextPage()).isFalse();
        assertThat(Pagination.pageAndLimit(two, 2, 2, null, 0, 5L, PageTest::fail).hasNextPage()).isTrue();
        assertThat(Pagination.pageAndLimit(two, 2, 2, null, null, 4L, PageTest::fail).hasNextPage()).isFalse();
        assertThat(Pagination.pageAndLimit(two, 2, 2, null, null, 0L, PageTest::fail).hasNextPage()).isTrue();
        assertThat(Pagination.pageAndLimit(two, 2, 3, null, null, null, PageTest::fail).hasNextPage()).isFalse();
        assertThat(Pagination.pageAndLimit(two, 2, 2, null, null, null, PageTest::fail).hasNextPage()).isTrue();
        assertThat(Pagination.pageAndLimit(List.of(), 1, 2, null, 5, 10L, PageTest::fail).hasNextPage()).isFalse();
        assertThat(Pagination.pageAndLimit(two, 2, 2, 1, 5, 10L, PageTest::fail).hasNextPage())
                .as("the server answered another page").isFalse();
        Page<String> reportedZero = Pagination.pageAndLimit(two, 2, 2, 0, 5, 10L, PageTest::fail);
        assertThat(reportedZero.pageNumber()).hasValue(2);
        assertThat(reportedZero.hasNextPage()).isTrue();
        assertThat(reportedZero.offset()).hasValue(3);
        assertThat(Pagination.pageAndLimit(two, 3, 2, null, null, null, PageTest::fail).offset()).hasValue(5);
    }

    @Test
    void pageAndLimitFetchesTheNextPageNumber() {
        Page<String> next = Pagination.pageAndLimit(List.of("a"), 4, 1, 4, 9, null,
                n -> KnownCalls.of(() -> Page.single(List.of("page " + n)))).nextPage();

        assertThat(next.items()).containsExactly("page 5");
    }

    @Test
    void offsetAndLimitUsesTheTotalThenAFullPage() {
        List<String> two = List.of("a", "b");
        assertThat(Pagination.offsetAndLimit(two, 1, 2, 3L, PageTest::fail).hasNextPage()).isTrue();
        assertThat(Pagination.offsetAndLimit(two, 2, 2, 3L, PageTest::fail).hasNextPage()).isFalse();
        assertThat(Pagination.offsetAndLimit(two, 1, 2, 2L, PageTest::fail).hasNextPage()).isFalse();
        assertThat(Pagination.offsetAndLimit(two, 1, 2, 0L, PageTest::fail).hasNextPage()).isTrue();
        assertThat(Pagination.offsetAndLimit(two, 1, 3, 0L, PageTest::fail).hasNextPage()).isFalse();
        assertThat(Pagination.offsetAndLimit(two, 1, 2, null, PageTest::fail).hasNextPage()).isTrue();
        assertThat(Pagination.offsetAndLimit(two, 1, 3, null, PageTest::fail).hasNextPage()).isFalse();
        assertThat(Pagination.offsetAndLimit(List.of(), 1, 2, 9L, PageTest::fail).hasNextPage()).isFalse();
        assertThat(Pagination.offsetAndLimit(two, 5, 2, 9L, n -> KnownCalls.of(() -> Page.single(List.of("from " + n)))).nextPage()
                .items()).containsExactly("from 7");
    }

    @Test
    void pageNumberedStopsAtThePageCountOrAnEmptyPage() {
        List<String> one = List.of("a");
        assertThat(Pagination.pageNumbered(one, 2, 2, 3, null, PageTest::fail).hasNextPage()).isTrue();
        assertThat(Pagination.pageNumbered(one, 3, 3, 3, null, PageTest::fail).hasNextPage()).isFalse();
        assertThat(Pagination.pageNumbered(one, 3, null, null, null, PageTest::fail).hasNextPage()).isTrue();
        assertThat(Pagination.pageNumbered(List.of(), 3, null, null, null, PageTest::fail).hasNextPage()).isFalse();
        assertThat(Pagination.pageNumbered(one, 3, 2, 9, null, PageTest::fail).hasNextPage()).isFalse();
    }

    @Test
    void tokensEndWhenBlankMissingOrRepeated() {
        List<String> one = List.of("a");
        assertThat(Pagination.token(one, null, "t1", PageTest::fail).nextPageToken()).contains("t1");
        assertThat(Pagination.token(one, null, " ", PageTest::fail).hasNextPage()).isFalse();
        assertThat(Pagination.token(one, null, null, PageTest::fail).hasNextPage()).isFalse();
        assertThat(Pagination.token(one, "t1", "t1", PageTest::fail).nextPageToken()).isEmpty();
        assertThat(Pagination.token(one, "t1", "t2", t -> KnownCalls.of(() -> Page.single(List.of(t)))).nextPage().items())
                .containsExactly("t2");
    }
}
