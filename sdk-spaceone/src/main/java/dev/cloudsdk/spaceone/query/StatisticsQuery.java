package dev.cloudsdk.spaceone.query;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A typed {@code spaceone.api.core.v1.StatisticsQuery}: filters, an aggregation pipeline (or a
 * {@code distinct} field), a page of the results and a keyword. Immutable; unset parts are not sent.
 *
 * <pre>{@code
 * StatisticsQuery query = StatisticsQuery.builder()
 *         .filter(Filter.eq("state", "ACTIVE"))
 *         .aggregate(AggregateStage.group(List.of(GroupKey.of("provider", "provider")),
 *                 List.of(GroupField.count("total"))))
 *         .aggregate(AggregateStage.sort("total", true))
 *         .build();
 * }</pre>
 */
public final class StatisticsQuery {

    private final List<Filter> filter;
    private final List<Filter> filterOr;
    private final List<AggregateStage> aggregate;
    private final QueryPage page;
    private final String distinct;
    private final String keyword;

    private StatisticsQuery(Builder builder) {
        this.filter = List.copyOf(builder.filter);
        this.filterOr = List.copyOf(builder.filterOr);
        this.aggregate = List.copyOf(builder.aggregate);
        this.page = builder.page;
        this.distinct = builder.distinct;
        this.keyword = builder.keyword;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the filters that must all hold */
    public List<Filter> filter() {
        return filter;
    }

    /** @return the filters of which at least one must hold */
    public List<Filter> filterOr() {
        return filterOr;
    }

    /** @return the aggregation stages, in order */
    public List<AggregateStage> aggregate() {
        return aggregate;
    }

    /** @return the window of results, if set */
    public Optional<QueryPage> page() {
        return Optional.ofNullable(page);
    }

    /** @return the field whose distinct values are returned, if set */
    public Optional<String> distinct() {
        return Optional.ofNullable(distinct);
    }

    /** @return the free-text search, if set */
    public Optional<String> keyword() {
        return Optional.ofNullable(keyword);
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
        if (!aggregate.isEmpty()) {
            List<Map<String, Object>> stages = new ArrayList<>();
            aggregate.forEach(stage -> stages.add(stage.toMessage()));
            message.put("aggregate", stages);
        }
        if (page != null) {
            message.put("page", page.toMessage());
        }
        if (distinct != null) {
            message.put("distinct", distinct);
        }
        if (keyword != null) {
            message.put("keyword", keyword);
        }
        return Collections.unmodifiableMap(message);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StatisticsQuery && ((StatisticsQuery) other).toMessage().equals(toMessage());
    }

    @Override
    public int hashCode() {
        return toMessage().hashCode();
    }

    @Override
    public String toString() {
        return "StatisticsQuery" + toMessage();
    }

    /** Builds a {@link StatisticsQuery}; it needs aggregate stages or a distinct field. */
    public static final class Builder {
        private final List<Filter> filter = new ArrayList<>();
        private final List<Filter> filterOr = new ArrayList<>();
        private final List<AggregateStage> aggregate = new ArrayList<>();
        private QueryPage page;
        private String distinct;
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
            filterOr.addAll(Messages.noNulls(List.of(filters), "filterOr"));
            return this;
        }

        /**
         * Appends pipeline stages.
         *
         * @param stages the stages, run in order
         * @return this builder
         */
        public Builder aggregate(AggregateStage... stages) {
            aggregate.addAll(Messages.noNulls(List.of(stages), "aggregate"));
            return this;
        }

        /**
         * @param start 1-based position of the first result
         * @param limit how many results, at least 1
         * @return this builder
         */
        public Builder page(long start, int limit) {
            this.page = QueryPage.of(start, limit);
            return this;
        }

        /**
         * @param field field whose distinct values are returned, not blank
         * @return this builder
         */
        public Builder distinct(String field) {
            this.distinct = Messages.requireText(field, "distinct");
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

        /**
         * @return the query
         * @throws IllegalStateException if neither aggregate stages nor a distinct field were set
         */
        public StatisticsQuery build() {
            if (aggregate.isEmpty() && distinct == null) {
                throw new IllegalStateException("a statistics query needs aggregate stages or a distinct field");
            }
            return new StatisticsQuery(this);
        }
    }
}
