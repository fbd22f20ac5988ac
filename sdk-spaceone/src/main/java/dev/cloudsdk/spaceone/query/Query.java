package dev.cloudsdk.spaceone.query;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A typed {@code spaceone.api.core.v1.Query}: filters (ANDed), {@code filter_or} filters (ORed, then ANDed
 * with the rest), sort, page, the fields to return ({@code only}), {@code minimal}, {@code count_only} and
 * a free-text {@code keyword}. Immutable; unset parts are not sent.
 *
 * <pre>{@code
 * Query query = Query.builder()
 *         .filter(Filter.eq("provider", "aws"), Filter.in("state", List.of("ACTIVE")))
 *         .sort(Sort.descending("created_at"))
 *         .page(1, 100)
 *         .build();
 * }</pre>
 */
public final class Query {

    private final List<Filter> filter;
    private final List<Filter> filterOr;
    private final Sort sort;
    private final QueryPage page;
    private final List<String> only;
    private final boolean minimal;
    private final boolean countOnly;
    private final String keyword;

    private Query(Builder builder) {
        this.filter = List.copyOf(builder.filter);
        this.filterOr = List.copyOf(builder.filterOr);
        this.sort = builder.sort;
        this.page = builder.page;
        this.only = List.copyOf(builder.only);
        this.minimal = builder.minimal;
        this.countOnly = builder.countOnly;
        this.keyword = builder.keyword;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this query's parts */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.filter.addAll(filter);
        builder.filterOr.addAll(filterOr);
        builder.sort = sort;
        builder.page = page;
        builder.only.addAll(only);
        builder.minimal = minimal;
        builder.countOnly = countOnly;
        builder.keyword = keyword;
        return builder;
    }

    /**
     * A copy of this query asking for another window of results.
     *
     * @param page the window
     * @return the copy
     */
    public Query withPage(QueryPage page) {
        return toBuilder().page(Objects.requireNonNull(page, "page")).build();
    }

    /** @return the filters that must all hold */
    public List<Filter> filter() {
        return filter;
    }

    /** @return the filters of which at least one must hold */
    public List<Filter> filterOr() {
        return filterOr;
    }

    /** @return the order, if set */
    public Optional<Sort> sort() {
        return Optional.ofNullable(sort);
    }

    /** @return the window of results, if set */
    public Optional<QueryPage> page() {
        return Optional.ofNullable(page);
    }

    /** @return the only fields to return; empty for all */
    public List<String> only() {
        return only;
    }

    /** @return whether only the resource type's minimal fields are returned */
    public boolean minimal() {
        return minimal;
    }

    /** @return whether only {@code total_count} is returned */
    public boolean countOnly() {
        return countOnly;
    }

    /** @return the free-text search, if set */
    public Optional<String> keyword() {
        return Optional.ofNullable(keyword);
    }

    /** @return whether the query has filters of either kind */
    public boolean hasFilters() {
        return !filter.isEmpty() || !filterOr.isEmpty();
    }

    /** @return the query as the JSON object sent, without unset parts */
    @JsonValue
    public Map<String, Object> toMessage() {
        Map<String, Object> message = new LinkedHashMap<>();
        if (!filter.isEmpty()) {
            message.put("filter", Messages.filters(filter));
        }
        if (!filterOr.isEmpty()) {
            message.put("filter_or", Messages.filters(filterOr));
        }
        if (sort != null) {
            message.put("sort", sort.toMessage());
        }
        if (page != null) {
            message.put("page", page.toMessage());
        }
        if (!only.isEmpty()) {
            message.put("only", only);
        }
        if (minimal) {
            message.put("minimal", true);
        }
        if (countOnly) {
            message.put("count_only", true);
        }
        if (keyword != null) {
            message.put("keyword", keyword);
        }
        return Collections.unmodifiableMap(message);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Query && ((Query) other).toMessage().equals(toMessage());
    }

    @Override
    public int hashCode() {
        return toMessage().hashCode();
    }

    @Override
    public String toString() {
        return "Query" + toMessage();
    }

    /** Builds a {@link Query}; every part is optional. */
    public static final class Builder {
        private final List<Filter> filter = new ArrayList<>();
        private final List<Filter> filterOr = new ArrayList<>();
        private Sort sort;
        private QueryPage page;
        private final List<String> only = new ArrayList<>();
        private boolean minimal;
        private boolean countOnly;
        private String keyword;

        private Builder() {
        }

        /**
         * Adds filters that must all hold.
         *
         * @param filters the filters
         * @return this builder
         */
        public Builder filter(Filter... filters) {
            return filter(List.of(filters));
        }

        /**
         * Adds filters that must all hold.
         *
         * @param filters the filters, no {@code null} element
         * @return this builder
         */
        public Builder filter(Collection<Filter> filters) {
            filter.addAll(Messages.noNulls(filters, "filter"));
            return this;
        }

        /**
         * Adds filters of which at least one must hold.
         *
         * @param filters the filters
         * @return this builder
         */
        public Builder filterOr(Filter... filters) {
            return filterOr(List.of(filters));
        }

        /**
         * Adds filters of which at least one must hold.
         *
         * @param filters the filters, no {@code null} element
         * @return this builder
         */
        public Builder filterOr(Collection<Filter> filters) {
            filterOr.addAll(Messages.noNulls(filters, "filterOr"));
            return this;
        }

        /**
         * @param sort the order
         * @return this builder
         */
        public Builder sort(Sort sort) {
            this.sort = Objects.requireNonNull(sort, "sort");
            return this;
        }

        /**
         * @param start 1-based position of the first result
         * @param limit how many results, at least 1
         * @return this builder
         */
        public Builder page(long start, int limit) {
            return page(QueryPage.of(start, limit));
        }

        /**
         * @param page the window of results
         * @return this builder
         */
        public Builder page(QueryPage page) {
            this.page = Objects.requireNonNull(page, "page");
            return this;
        }

        /**
         * Restricts the returned fields.
         *
         * @param fields field paths, not blank
         * @return this builder
         */
        public Builder only(String... fields) {
            return only(List.of(fields));
        }

        /**
         * Restricts the returned fields.
         *
         * @param fields field paths, not blank
         * @return this builder
         */
        public Builder only(Collection<String> fields) {
            for (String field : Messages.noNulls(fields, "only")) {
                only.add(Messages.requireText(field, "only field"));
            }
            return this;
        }

        /**
         * @param minimal whether to return only the minimal fields
         * @return this builder
         */
        public Builder minimal(boolean minimal) {
            this.minimal = minimal;
            return this;
        }

        /**
         * @param countOnly whether to return only {@code total_count}
         * @return this builder
         */
        public Builder countOnly(boolean countOnly) {
            this.countOnly = countOnly;
            return this;
        }

        /**
         * @param keyword free text searched in the resource type's keyword fields, not blank
         * @return this builder
         */
        public Builder keyword(String keyword) {
            this.keyword = Messages.requireText(keyword, "keyword");
            return this;
        }

        /** @return the query */
        public Query build() {
            return new Query(this);
        }
    }
}
