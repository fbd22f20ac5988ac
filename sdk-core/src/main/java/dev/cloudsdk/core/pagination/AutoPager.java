package dev.cloudsdk.core.pagination;

import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

    private static final Logger LOG = LoggerFactory.getLogger(AutoPager.class);

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
        private Page<T> page;
        private int index;
        private int previousHash;
        private int previousSize = -1;
        private final Set<String> seenTokens = new HashSet<>();

        ItemIterator(Page<T> first) {
            this.page = first;
            remember(first);
        }

        @Override
        public boolean hasNext() {
            while (index >= page.items().size()) {
                if (!page.hasNextPage()) {
                    return false;
                }
                String token = page.nextPageToken().orElse(null);
                if (token != null && !seenTokens.add(token)) {
                    LOG.warn("The server returned the page token of an earlier page again; stopping auto-paging");
                    return false;
                }
                Page<T> next = page.nextPage();
                if (!next.items().isEmpty() && next.items().size() == previousSize
                        && next.items().hashCode() == previousHash && next.items().equals(page.items())) {
                    LOG.warn("The server returned the same page twice ({}); stopping auto-paging", next);
                    return false;
                }
                page = next;
                index = 0;
                remember(next);
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

        private void remember(Page<T> current) {
            previousSize = current.items().size();
            previousHash = current.items().hashCode();
        }
    }
}
