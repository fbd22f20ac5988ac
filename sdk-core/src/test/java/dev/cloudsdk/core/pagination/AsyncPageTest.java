package dev.cloudsdk.core.pagination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudsdk.core.spi.KnownCalls;
import dev.cloudsdk.core.spi.Pagination;
import dev.cloudsdk.core.spi.PreparedCall;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Async pages and the back-pressured auto-pager, over pages whose calls answer known items. */
class AsyncPageTest {

    /** Three token-paged pages: a b | c d | e. */
    private static final Map<String, List<String>> PAGES = Map.of("", List.of("a", "b"), "t1", List.of("c", "d"),
            "t2", List.of("e"));
    private static final Map<String, String> NEXT = Map.of("", "t1", "t1", "t2");

    private final AtomicInteger fetches = new AtomicInteger();

    private PreparedCall<Page<String>> page(String token) {
        return KnownCalls.of(() -> {
            fetches.incrementAndGet();
            return Pagination.token(PAGES.get(token), token.isEmpty() ? null : token, NEXT.get(token), this::page);
        });
    }

    private AsyncPage<String> first() throws Exception {
        return Pagination.executeAsync(page("")).get(5, TimeUnit.SECONDS);
    }

    @Test
    void nextPageIsAFutureAndTheLastPageHasNone() throws Exception {
        AsyncPage<String> first = first();
        AsyncPage<String> second = first.nextPage().get(5, TimeUnit.SECONDS);
        AsyncPage<String> third = second.nextPage().get(5, TimeUnit.SECONDS);

        assertThat(first.items()).containsExactly("a", "b");
        assertThat(first.nextPageToken()).contains("t1");
        assertThat(second.items()).containsExactly("c", "d");
        assertThat(third.items()).containsExactly("e");
        assertThat(third.hasNextPage()).isFalse();
        assertThatThrownBy(() -> third.nextPage().join()).cause().isInstanceOf(NoSuchElementException.class);
        assertThat(first.rawResponse()).isPresent();
    }

    @Test
    void forEachWalksEveryPageInOrder() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();

        first().autoPager().forEach(seen::add).get(5, TimeUnit.SECONDS);

        assertThat(seen).containsExactly("a", "b", "c", "d", "e");
        assertThat(fetches).hasValue(3);
    }

    @Test
    void aLaterPageIsFetchedOnlyWhenTheSubscriberAsksForMore() throws Exception {
        AsyncPage<String> first = first();
        Recorder recorder = new Recorder();
        first.autoPager().subscribe(recorder);

        recorder.subscription.request(2);
        assertThat(recorder.items).containsExactly("a", "b");
        assertThat(fetches).as("the first page only").hasValue(1);

        recorder.subscription.request(1);
        awaitSize(recorder.items, 3);
        assertThat(recorder.items).containsExactly("a", "b", "c");
        assertThat(fetches).hasValue(2);
        assertThat(recorder.completed).isFalse();

        recorder.subscription.request(10);
        awaitSize(recorder.items, 5);
        recorder.awaitEnd();
        assertThat(recorder.completed).isTrue();
        assertThat(fetches).hasValue(3);
    }

    @Test
    void cancellingStopsTheWalk() throws Exception {
        Recorder recorder = new Recorder();
        first().autoPager().subscribe(recorder);

        recorder.subscription.request(1);
        recorder.subscription.cancel();
        recorder.subscription.request(10);

        assertThat(recorder.items).containsExactly("a");
        assertThat(fetches).hasValue(1);
        assertThat(recorder.completed).isFalse();
    }

    @Test
    void aRequestOfZeroIsASubscriberErrorByTheRules() throws Exception {
        Recorder recorder = new Recorder();
        first().autoPager().subscribe(recorder);

        recorder.subscription.request(0);

        assertThat(recorder.failure).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3.9");
    }

    @Test
    void aFailingPageCallEndsTheWalkWithItsException() throws Exception {
        PreparedCall<Page<String>> failing = KnownCalls.of(() -> {
            throw new IllegalStateException("page 2 is gone");
        });
        Page<String> page = Pagination.token(List.of("a"), null, "t1", token -> failing);
        List<String> seen = new ArrayList<>();

        assertThatThrownBy(() -> new AsyncPage<>(page).autoPager().forEach(seen::add).get(5, TimeUnit.SECONDS))
                .hasRootCauseInstanceOf(IllegalStateException.class).hasRootCauseMessage("page 2 is gone");
        assertThat(seen).containsExactly("a");
    }

    @Test
    void anActionThatThrowsFailsTheFutureAndStopsTheWalk() throws Exception {
        AsyncPage<String> first = first();

        assertThatThrownBy(() -> first.autoPager().forEach(item -> {
            throw new IllegalArgumentException("bad " + item);
        }).join()).isInstanceOf(CompletionException.class).hasMessageContaining("bad a");
        assertThat(fetches).hasValue(1);
    }

    @Test
    void aRepeatedPageEndsTheWalkInsteadOfLooping() throws Exception {
        Page<String> looping = Pagination.token(List.of("x"), null, "t1", token -> KnownCalls.of(() ->
                Pagination.token(List.of("x"), token, "t" + token.length(), next -> {
                    throw new AssertionError("fetched a third page");
                })));
        List<String> seen = new ArrayList<>();

        new AsyncPage<>(looping).autoPager().forEach(seen::add).get(5, TimeUnit.SECONDS);

        assertThat(seen).containsExactly("x");
    }

    private static void awaitSize(List<String> items, int size) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (items.size() < size && System.nanoTime() < end) {
            Thread.sleep(5);
        }
    }

    private static final class Recorder implements Flow.Subscriber<String> {
        final List<String> items = new CopyOnWriteArrayList<>();
        volatile Flow.Subscription subscription;
        volatile boolean completed;
        volatile Throwable failure;

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
        }

        @Override
        public void onNext(String item) {
            items.add(item);
        }

        @Override
        public void onError(Throwable throwable) {
            failure = throwable;
        }

        @Override
        public void onComplete() {
            completed = true;
        }

        void awaitEnd() throws InterruptedException {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (!completed && failure == null && System.nanoTime() < end) {
                Thread.sleep(5);
            }
        }
    }
}
