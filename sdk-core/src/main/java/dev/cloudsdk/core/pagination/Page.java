package dev.cloudsdk.core.pagination;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * One page of a list: its items, where it sits in the list, and how to get the next one.
 * {@link #autoPager()} walks every item of every following page lazily, holding one page at a time.
 * Later pages are fetched with the same filters and {@code RequestOptions} as the first.
 *
 * <p>Created by provider modules through {@link Pagination}; which position fields are present depends on
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

    Page(List<T> items, Integer pageNumber, Integer pageCount, Long totalCount, Long offset, String nextPageToken,
         Supplier<Page<T>> next) {
        this.items = List.copyOf(Objects.requireNonNull(items, "items"));
        this.pageNumber = pageNumber;
        this.pageCount = pageCount;
        this.totalCount = totalCount;
        this.offset = offset;
        this.nextPageToken = nextPageToken;
        this.next = next;
    }

    /**
     * A page with nothing after it.
     *
     * @param items the items
     * @param <T>   item type
     * @return the page
     */
    public static <T> Page<T> single(List<T> items) {
        return new Page<>(items, null, null, (long) items.size(), null, null, null);
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
}
