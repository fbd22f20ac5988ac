package dev.cloudsdk.core.pagination;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Every item of a list, from a first page on, fetching later pages only when iteration reaches them.
 * Holds one page at a time. Each {@link #iterator()} starts again from the first page (already fetched)
 * and fetches later pages anew.
 *
 * <p>A server that answers the same page again (identical items) or hands out a page token seen
 * earlier in the walk ends it instead of looping forever; the providers' page-numbered lists also stop
 * on a page number that does not advance.
 *
 * @param <T> item type
 */
public final class AutoPager<T> implements Iterable<T> {

    private final Page<T> first;

    AutoPager(Page<T> first) {
        this.first = first;
    }

    @Override
    public Iterator<T> iterator() {
        return new ItemIterator<>(first);
    }

    /** @return a sequential, lazy stream of every item */
    public Stream<T> stream() {
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    private static final class ItemIterator<T> implements Iterator<T> {
        private final PageLoopGuard guard = new PageLoopGuard();
        private Page<T> page;
        private int index;

        ItemIterator(Page<T> first) {
            this.page = first;
        }

        @Override
        public boolean hasNext() {
            while (index >= page.items().size()) {
                if (!page.hasNextPage() || !guard.mayFetchAfter(page)) {
                    return false;
                }
                Page<T> next = page.nextPage();
                if (!guard.isNew(page, next)) {
                    return false;
                }
                page = next;
                index = 0;
            }
            return true;
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return page.items().get(index++);
        }
    }
}
