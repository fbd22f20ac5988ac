package dev.cloudsdk.core.spi;

import dev.cloudsdk.core.pagination.AsyncPage;
import dev.cloudsdk.core.pagination.Page;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * Creates {@link Page}s for the three pagination styles of these APIs. Each factory takes the page's
 * items, what the request asked for, what the response reported, and a function that fetches a page
 * (called with the next position when the user asks for it). For provider modules.
 *
 * <p>Every strategy refuses to loop: a page number that does not advance, an empty page, or a token equal
 * to the one just used ends the list.
 */
public final class Pagination {

    private Pagination() {
    }

    /**
     * Page numbers with a page count, as Infomaniak's {@code page}/{@code pages}.
     *
     * @param items         items of this page
     * @param requestedPage the 1-based page number that was asked for
     * @param reportedPage  the page number the server reported, or {@code null}
     * @param pageCount     how many pages there are, or {@code null} if unknown (then an empty page ends)
     * @param totalCount    how many items there are, or {@code null}
     * @param fetch         prepares the call of a page, by number
     * @param <T>           item type
     * @return the page
     */
    public static <T> Page<T> pageNumbered(List<T> items, int requestedPage, Integer reportedPage, Integer pageCount,
                                           Long totalCount, IntFunction<PreparedCall<Page<T>>> fetch) {
        Objects.requireNonNull(fetch, "fetch");
        int page = reportedPage != null ? reportedPage : requestedPage;
        boolean more = !items.isEmpty() && page == requestedPage
                && (pageCount == null || requestedPage < pageCount);
        return following(Page.builder(items).pageNumber(page).pageCount(pageCount).totalCount(totalCount),
                more ? () -> fetch.apply(requestedPage + 1) : null);
    }

    /**
     * Page numbers with a page size and totals, as SCP's {@code page}/{@code limit} with
     * {@code total_pages}/{@code total_count}.
     *
     * @param items         items of this page
     * @param requestedPage the 1-based page number that was asked for
     * @param limit         the page size that was asked for
     * @param reportedPage  the page number the server reported, or {@code null}
     * @param pageCount     the total number of pages, or {@code null}
     * @param totalCount    the total number of items, or {@code null}
     * @param fetch         prepares the call of a page, by number
     * @param <T>           item type
     * @return the page
     */
    public static <T> Page<T> pageAndLimit(List<T> items, int requestedPage, int limit, Integer reportedPage,
                                           Integer pageCount, Long totalCount,
                                           IntFunction<PreparedCall<Page<T>>> fetch) {
        Objects.requireNonNull(fetch, "fetch");
        int page = reportedPage != null && reportedPage > 0 ? reportedPage : requestedPage;
        boolean more;
        if (items.isEmpty() || page != requestedPage) {
            more = false;
        } else if (pageCount != null && pageCount > 0) {
            more = requestedPage < pageCount;
        } else if (totalCount != null && totalCount > 0) {
            more = (long) requestedPage * limit < totalCount;
        } else {
            more = items.size() >= limit;
        }
        return following(Page.builder(items).pageNumber(page).pageCount(pageCount).totalCount(totalCount)
                .offset((long) (requestedPage - 1) * limit + 1),
                more ? () -> fetch.apply(requestedPage + 1) : null);
    }

    /**
     * A 1-based start offset and a limit, with a total count, as SpaceONE's {@code page.start}/{@code limit}
     * and {@code total_count}. A missing total (SpaceONE omits {@code 0}) falls back to "a full page means
     * there may be more".
     *
     * @param items      items of this page
     * @param start      the 1-based position of the first item that was asked for
     * @param limit      the page size that was asked for
     * @param totalCount the total number of items, or {@code null}
     * @param fetch      prepares the call of a page, by start position
     * @param <T>        item type
     * @return the page
     */
    public static <T> Page<T> offsetAndLimit(List<T> items, long start, int limit, Long totalCount,
                                             LongFunction<PreparedCall<Page<T>>> fetch) {
        Objects.requireNonNull(fetch, "fetch");
        long nextStart = start + items.size();
        boolean more = !items.isEmpty()
                && (totalCount != null && totalCount > 0 ? nextStart - 1 < totalCount : items.size() >= limit);
        return following(Page.builder(items).totalCount(totalCount).offset(start),
                more ? () -> fetch.apply(nextStart) : null);
    }

    /**
     * A next-page token, as Omnistrate's {@code nextPageToken}. An empty or absent token, or the same token
     * that fetched this page, ends the list; the auto-pager also stops on any token seen before.
     *
     * @param items        items of this page
     * @param requestToken the token that fetched this page, or {@code null} for the first
     * @param nextToken    the token the server returned, or {@code null}
     * @param fetch        prepares the call of a page, by token
     * @param <T>          item type
     * @return the page
     */
    public static <T> Page<T> token(List<T> items, String requestToken, String nextToken,
                                    Function<String, PreparedCall<Page<T>>> fetch) {
        Objects.requireNonNull(fetch, "fetch");
        boolean more = nextToken != null && !nextToken.isBlank() && !nextToken.equals(requestToken);
        return following(Page.builder(items).nextPageToken(more ? nextToken : null),
                more ? () -> fetch.apply(nextToken) : null);
    }

    /**
     * Runs a list call on the asynchronous view.
     *
     * @param call the call of one page
     * @param <T>  item type
     * @return the page to come; cancelling it cancels the call
     */
    public static <T> CompletableFuture<AsyncPage<T>> executeAsync(PreparedCall<Page<T>> call) {
        return Futures.map(call.executeAsync(), AsyncPage::new);
    }

    /** Finishes a page: the call of the next one, if any, serves both the synchronous and the asynchronous view. */
    private static <T> Page<T> following(Page.Builder<T> page, Supplier<PreparedCall<Page<T>>> next) {
        if (next != null) {
            page.next(() -> next.get().execute()).nextAsync(() -> next.get().executeAsync());
        }
        return page.build();
    }
}
