package dev.cloudsdk.core.pagination;

import dev.cloudsdk.core.RequestOptions;
import dev.cloudsdk.core.http.RawResponse;
import dev.cloudsdk.core.internal.http.PageResponses;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * One page of a list: its items, where it sits in the list, and how to get the next one.
 * {@link #autoPager()} walks every item of every following page lazily, holding one page at a time.
 * Later pages are fetched with the same filters and {@code RequestOptions} as the first.
 *
 * <p>Built by provider modules (see {@link #builder}); which position fields are present depends on
 * the API ({@link #pageNumber()} and {@link #pageCount()} for page-numbered lists, {@link #offset()} for
 * offset lists, {@link #nextPageToken()} for token lists; {@link #totalCount()} where the API reports it).
 *
 * @param <T> item type
 */
public final class Page<T> {

    private final List<T> items;
    private final Integer pageNumber;
    private final Integer pageCount;
    private final Long totalCount;
    private final Long offset;
    private final String nextPageToken;
    private final Supplier<Page<T>> next;
    private final Supplier<CompletableFuture<Page<T>>> nextAsync;
    /** Set once, by the call path, right after the page is built and before anyone else sees it. */
    private volatile RawResponse<?> rawResponse;

    static {
        PageResponses.register((page, response) -> {
            if (page.rawResponse == null) {
                page.rawResponse = response;
            }
        });
    }

    private Page(Builder<T> builder) {
        this.items = builder.items;
        this.pageNumber = builder.pageNumber;
        this.pageCount = builder.pageCount;
        this.totalCount = builder.totalCount;
        this.offset = builder.offset;
        this.nextPageToken = builder.nextPageToken;
        this.next = builder.next;
        this.nextAsync = builder.nextAsync;
    }

    /**
     * Starts a page; provider modules build theirs this way, and tests can build canned pages for a stubbed
     * client.
     *
     * @param items the page's items
     * @param <T>   item type
     * @return a builder of a page with no position and nothing after it
     */
    public static <T> Builder<T> builder(List<T> items) {
        return new Builder<>(items);
    }

    /**
     * A page with nothing after it.
     *
     * @param items the items
     * @param <T>   item type
     * @return the page
     */
    public static <T> Page<T> single(List<T> items) {
        return builder(items).totalCount((long) items.size()).build();
    }

    /** @return the items of this page, unmodifiable */
    public List<T> items() {
        return items;
    }

    /** @return whether another page follows */
    public boolean hasNextPage() {
        return next != null;
    }

    /**
     * Fetches the next page.
     *
     * @return the next page
     * @throws NoSuchElementException if this is the last page
     */
    public Page<T> nextPage() {
        if (next == null) {
            throw new NoSuchElementException("This is the last page");
        }
        return next.get();
    }

    /** Starts fetching the next page for {@link AsyncPage#nextPage()}. */
    CompletableFuture<Page<T>> nextPageAsync() {
        if (next == null) {
            return CompletableFuture.failedFuture(new NoSuchElementException("This is the last page"));
        }
        return nextAsync != null ? nextAsync.get() : CompletableFuture.supplyAsync(next);
    }

    /** @return every item from this page on, fetching later pages lazily */
    public AutoPager<T> autoPager() {
        return new AutoPager<>(this);
    }

    /** @return a lazy stream of every item from this page on */
    public Stream<T> stream() {
        return autoPager().stream();
    }

    /** @return the 1-based number of this page, for page-numbered lists */
    public OptionalInt pageNumber() {
        return pageNumber == null ? OptionalInt.empty() : OptionalInt.of(pageNumber);
    }

    /** @return how many pages the list has, when the API says */
    public OptionalInt pageCount() {
        return pageCount == null ? OptionalInt.empty() : OptionalInt.of(pageCount);
    }

    /** @return how many items the whole list has, when the API says */
    public OptionalLong totalCount() {
        return totalCount == null ? OptionalLong.empty() : OptionalLong.of(totalCount);
    }

    /** @return the 1-based position of this page's first item, for offset lists */
    public OptionalLong offset() {
        return offset == null ? OptionalLong.empty() : OptionalLong.of(offset);
    }

    /** @return the token that fetches the next page, for token lists */
    public Optional<String> nextPageToken() {
        return Optional.ofNullable(nextPageToken);
    }

    /**
     * The answer this page was read from: status, headers and request id of the call that fetched it; its
     * {@link RawResponse#parse()} returns this page. Empty for a page built by hand ({@link #builder}).
     *
     * @return the raw response, for a page fetched from the API
     */
    @SuppressWarnings("unchecked")
    public Optional<RawResponse<Page<T>>> rawResponse() {
        return Optional.ofNullable((RawResponse<Page<T>>) rawResponse);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Page{items=").append(items.size());
        if (pageNumber != null) {
            sb.append(", page=").append(pageNumber);
        }
        if (pageCount != null) {
            sb.append(", pages=").append(pageCount);
        }
        if (offset != null) {
            sb.append(", offset=").append(offset);
        }
        if (totalCount != null) {
            sb.append(", total=").append(totalCount);
        }
        return sb.append(", hasNextPage=").append(hasNextPage()).append('}').toString();
    }

    /**
     * Builds a {@link Page}. Every position field is optional.
     *
     * @param <T> item type
     */
    public static final class Builder<T> {
        private final List<T> items;
        private Integer pageNumber;
        private Integer pageCount;
        private Long totalCount;
        private Long offset;
        private String nextPageToken;
        private Supplier<Page<T>> next;
        private Supplier<CompletableFuture<Page<T>>> nextAsync;

        private Builder(List<T> items) {
            this.items = List.copyOf(Objects.requireNonNull(items, "items"));
        }

        /**
         * @param pageNumber the 1-based number of this page, or {@code null}
         * @return this builder
         */
        public Builder<T> pageNumber(Integer pageNumber) {
            this.pageNumber = pageNumber;
            return this;
        }

        /**
         * @param pageCount the number of pages, or {@code null}
         * @return this builder
         */
        public Builder<T> pageCount(Integer pageCount) {
            this.pageCount = pageCount;
            return this;
        }

        /**
         * @param totalCount the number of items in the whole list, or {@code null}
         * @return this builder
         */
        public Builder<T> totalCount(Long totalCount) {
            this.totalCount = totalCount;
            return this;
        }

        /**
         * @param offset the 1-based position of this page's first item in the list, or {@code null}
         * @return this builder
         */
        public Builder<T> offset(Long offset) {
            this.offset = offset;
            return this;
        }

        /**
         * @param nextPageToken the token that fetches the next page, or {@code null}
         * @return this builder
         */
        public Builder<T> nextPageToken(String nextPageToken) {
            this.nextPageToken = nextPageToken;
            return this;
        }

        /**
         * @param next fetches the next page, or {@code null} when this is the last page
         * @return this builder
         */
        public Builder<T> next(Supplier<Page<T>> next) {
            this.next = next;
            return this;
        }

        /**
         * Sets how an {@link AsyncPage} over this page fetches the next one; without it, an asynchronous view runs
         * {@link #next} on the common pool.
         *
         * @param nextAsync starts fetching the next page, or {@code null} when this is the last page
         * @return this builder
         */
        public Builder<T> nextAsync(Supplier<CompletableFuture<Page<T>>> nextAsync) {
            this.nextAsync = nextAsync;
            return this;
        }

        /** @return the page */
        public Page<T> build() {
            return new Page<>(this);
        }
    }
}
