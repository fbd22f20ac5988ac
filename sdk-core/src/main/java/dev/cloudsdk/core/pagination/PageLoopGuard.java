package dev.cloudsdk.core.pagination;

import java.util.HashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends auto-paging when a server would make it loop forever: a page token that came before, or the same page
 * twice. One per walk through the pages.
 */
final class PageLoopGuard {

    private static final Logger LOG = LoggerFactory.getLogger(AutoPager.class);

    private final Set<String> seenTokens = new HashSet<>();

    /**
     * @param page the page just read, which has a next page
     * @return whether its next page may be fetched: {@code false} when its token came before
     */
    boolean mayFetchAfter(Page<?> page) {
        String token = page.nextPageToken().orElse(null);
        if (token != null && !seenTokens.add(token)) {
            LOG.warn("The server returned the page token of an earlier page again; stopping auto-paging");
            return false;
        }
        return true;
    }

    /**
     * @param previous the page before
     * @param next     the page fetched after it
     * @return whether {@code next} is new: {@code false} when it repeats {@code previous}
     */
    boolean isNew(Page<?> previous, Page<?> next) {
        if (!next.items().isEmpty() && next.items().equals(previous.items())) {
            LOG.warn("The server returned the same page twice ({}); stopping auto-paging", next);
            return false;
        }
        return true;
    }
}
