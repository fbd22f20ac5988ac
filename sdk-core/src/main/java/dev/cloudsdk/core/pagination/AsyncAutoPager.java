package dev.cloudsdk.core.pagination;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Every item from a page on, delivered without a waiting thread and with back-pressure: a later page is fetched
 * only when the subscriber has asked for more items than the pages so far held. Each subscription walks the pages
 * anew from the first; like {@link AutoPager}, a server that repeats a page or a page token ends the walk instead
 * of looping forever. A failed page fetch ends it with that call's exception ({@code onError}).
 *
 * @param <T> item type
 */
public final class AsyncAutoPager<T> implements Flow.Publisher<T> {

    private final Page<T> first;

    AsyncAutoPager(Page<T> first) {
        this.first = first;
    }

    /**
     * Delivers the items to a subscriber, as many as it requests; {@code onNext} is never called concurrently.
     *
     * @param subscriber receives the items, then {@code onComplete} or {@code onError}
     */
    @Override
    public void subscribe(Flow.Subscriber<? super T> subscriber) {
        Objects.requireNonNull(subscriber, "subscriber");
        ItemSubscription<T> subscription = new ItemSubscription<>(first, subscriber);
        subscriber.onSubscribe(subscription);
        subscription.drain();
    }

    /**
     * Hands every item to {@code action}, one at a time, in order.
     *
     * @param action called with each item; an exception it throws ends the walk and fails the future
     * @return completes after the last item; fails with the failing page call's exception; cancelling it stops
     * the walk and the page call in flight
     */
    public CompletableFuture<Void> forEach(Consumer<? super T> action) {
        Objects.requireNonNull(action, "action");
        CompletableFuture<Void> done = new CompletableFuture<>();
        subscribe(new Flow.Subscriber<T>() {
            private Flow.Subscription subscription;

            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                this.subscription = subscription;
                done.whenComplete((ignored, failure) -> subscription.cancel());
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(T item) {
                try {
                    action.accept(item);
                } catch (RuntimeException | Error e) {
                    subscription.cancel();
                    done.completeExceptionally(e);
                }
            }

            @Override
            public void onError(Throwable failure) {
                done.completeExceptionally(failure);
            }

            @Override
            public void onComplete() {
                done.complete(null);
            }
        });
        return done;
    }

    /** One subscriber's walk; a drain loop keeps signals serial whichever thread asks or completes a fetch. */
    private static final class ItemSubscription<T> implements Flow.Subscription {
        private final Flow.Subscriber<? super T> subscriber;
        private final PageLoopGuard guard = new PageLoopGuard();
        private final AtomicLong demand = new AtomicLong();
        private final AtomicInteger work = new AtomicInteger();
        private Page<T> page;
        private int index;
        private boolean fetching;
        private boolean finished;
        private boolean repeated;
        private Throwable failure;
        private volatile boolean cancelled;
        private volatile CompletableFuture<Page<T>> pending;

        ItemSubscription(Page<T> first, Flow.Subscriber<? super T> subscriber) {
            this.page = first;
            this.subscriber = subscriber;
        }

        @Override
        public void request(long n) {
            if (n <= 0) {
                failure = new IllegalArgumentException("request(n) needs n > 0 (Reactive Streams rule 3.9), was " + n);
            } else {
                demand.getAndAccumulate(n, (current, more) -> current + more < 0 ? Long.MAX_VALUE : current + more);
            }
            drain();
        }

        @Override
        public void cancel() {
            cancelled = true;
            CompletableFuture<Page<T>> fetch = pending;
            if (fetch != null) {
                fetch.cancel(true);
            }
        }

        void drain() {
            if (work.getAndIncrement() != 0) {
                return;
            }
            int missed = 1;
            do {
                emit();
                missed = work.addAndGet(-missed);
            } while (missed != 0);
        }

        /** Signals what it can: items while there is demand, the end, a failure, or starts the next fetch. */
        private void emit() {
            while (!cancelled && !finished && !fetching) {
                if (failure != null) {
                    finished = true;
                    subscriber.onError(failure);
                } else if (index < page.items().size()) {
                    if (demand.get() == 0) {
                        return;
                    }
                    demand.decrementAndGet();
                    try {
                        subscriber.onNext(page.items().get(index++));
                    } catch (RuntimeException | Error e) {
                        cancel(); // a subscriber must not throw (Reactive Streams rule 2.13): its walk ends here
                        throw e;
                    }
                } else if (repeated || !page.hasNextPage()) {
                    finished = true;
                    subscriber.onComplete();
                } else if (demand.get() == 0) {
                    return;
                } else if (!guard.mayFetchAfter(page)) {
                    finished = true;
                    subscriber.onComplete();
                } else {
                    fetching = true;
                    Page<T> previous = page;
                    CompletableFuture<Page<T>> fetch = previous.nextPageAsync();
                    pending = fetch;
                    fetch.whenComplete((next, error) -> arrived(previous, next, error));
                }
            }
        }

        private void arrived(Page<T> previous, Page<T> next, Throwable error) {
            if (error != null) {
                failure = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            } else if (guard.isNew(previous, next)) {
                page = next;
                index = 0;
            } else {
                repeated = true;
            }
            pending = null;
            fetching = false;
            drain();
        }
    }
}
