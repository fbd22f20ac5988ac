package dev.cloudsdk.core.pagination;

import dev.cloudsdk.core.http.RawResponse;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;

/**
 * One page of a list, as the asynchronous views answer it: the same items and details as a {@link Page}, and a
 * {@link #nextPage()} that does not make the calling thread wait. {@link #autoPager()} delivers every item from
 * this page on, fetching later pages as the subscriber asks for more.
 *
 * <pre>{@code
 * client.async().cloud().list(accountId)
 *         .thenCompose(page -> page.autoPager().forEach(cloud -> System.out.println(cloud.customerName())))
 *         .join();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> item type
 */
public final class AsyncPage<T> {

    private final Page<T> page;

    /**
     * Wraps a page whose builder was given {@link Page.Builder#nextAsync}.
     *
     * @param page the page
     */
    public AsyncPage(Page<T> page) {
        this.page = Objects.requireNonNull(page, "page");
    }

    /** @return the items of this page, unmodifiable */
    public List<T> items() {
        return page.items();
    }

    /** @return whether another page follows */
    public boolean hasNextPage() {
        return page.hasNextPage();
    }

    /**
     * Starts fetching the next page, with the options of the call that fetched this one.
     *
     * @return the next page to come; it fails with {@link NoSuchElementException} if this is the last page
     */
    public CompletableFuture<AsyncPage<T>> nextPage() {
        return page.nextPageAsync().thenApply(AsyncPage::new);
    }

    /** @return every item from this page on, for a {@link java.util.concurrent.Flow.Subscriber} or a callback */
    public AsyncAutoPager<T> autoPager() {
        return new AsyncAutoPager<>(page);
    }

    /** @return the 1-based number of this page, for page-numbered lists */
    public OptionalInt pageNumber() {
        return page.pageNumber();
    }

    /** @return how many pages there are, when the API says */
    public OptionalInt pageCount() {
        return page.pageCount();
    }

    /** @return how many items there are in all, when the API says */
    public OptionalLong totalCount() {
        return page.totalCount();
    }

    /** @return the token of the next page, for token-paged lists */
    public Optional<String> nextPageToken() {
        return page.nextPageToken();
    }

    /** @return the raw response of the call that fetched this page, when it came from one */
    public Optional<RawResponse<Page<T>>> rawResponse() {
        return page.rawResponse();
    }

    @Override
    public String toString() {
        return "Async" + page;
    }
}
