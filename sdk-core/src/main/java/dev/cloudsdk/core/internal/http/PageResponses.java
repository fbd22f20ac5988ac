package dev.cloudsdk.core.internal.http;

import dev.cloudsdk.core.http.RawResponse;
import dev.cloudsdk.core.pagination.Page;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * Tells a {@link Page} the {@link RawResponse} of the call that produced it, without a public setter: {@code Page}
 * hands its setter over when it is first initialised, and the call path of sdk-core uses it.
 */
public final class PageResponses {

    private static volatile BiConsumer<Page<?>, RawResponse<?>> setter;

    private PageResponses() {
    }

    /**
     * Called once, by {@code Page}'s static initialiser.
     *
     * @param pageSetter sets a page's raw response if it has none yet
     */
    public static void register(BiConsumer<Page<?>, RawResponse<?>> pageSetter) {
        setter = Objects.requireNonNull(pageSetter, "pageSetter");
    }

    /**
     * Attaches the raw response to a result that is a page; anything else is returned unchanged too.
     *
     * @param result   an operation's result
     * @param response the raw response of the call that produced it
     * @param <T>      the result's type
     * @return {@code result}
     */
    public static <T> T attach(T result, RawResponse<?> response) {
        if (result instanceof Page<?> page) {
            setter.accept(page, response); // a Page exists, so its initialiser has registered the setter
        }
        return result;
    }
}
