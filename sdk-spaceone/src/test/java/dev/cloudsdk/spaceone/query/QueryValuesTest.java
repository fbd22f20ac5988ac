package dev.cloudsdk.spaceone.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The query parts as values: what each accessor returns, equality, and how they print. */
class QueryValuesTest {

    @Test
    void filtersExposeTheirPartsAndCompareByThem() {
        Filter filter = Filter.eq("provider", "aws");

        assertThat(filter.key()).isEqualTo("provider");
        assertThat(filter.operator()).isEqualTo(FilterOperator.EQ);
        assertThat(filter.value()).isEqualTo("aws");
        assertThat(filter).isEqualTo(Filter.eq("provider", "aws")).hasSameHashCodeAs(Filter.eq("provider", "aws"))
                .isNotEqualTo(Filter.eq("region", "aws")).isNotEqualTo(Filter.not("provider", "aws"))
                .isNotEqualTo(Filter.eq("provider", "gcp")).isNotEqualTo("provider");
        assertThat(filter.hashCode()).isNotEqualTo(Filter.eq("provider", "gcp").hashCode());
        assertThat(filter).hasToString("provider eq aws");
        Instant at = Instant.parse("2024-08-01T00:00:00Z");
        Filter since = Filter.datetimeGte("created_at", at);
        assertThat(since.operator()).isEqualTo(FilterOperator.fromWireName(since.operator().wireName()));
        assertThat(since.key()).isEqualTo("created_at");
        assertThatThrownBy(() -> FilterOperator.fromWireName("like")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown filter operator: like");
    }

    @Test
    void listFiltersRefuseNonScalarElements() {
        assertThatThrownBy(() -> Filter.in("tags", List.of(Map.of("a", 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tags");
        assertThat(Filter.in("state", List.of("A", 1)).value()).isEqualTo(List.of("A", 1));
    }

    @Test
    void sortsGroupKeysFieldsAndStagesAreValues() {
        Sort sort = Sort.descending("created_at");
        assertThat(sort.key()).isEqualTo("created_at");
        assertThat(sort.isDescending()).isTrue();
        assertThat(Sort.ascending("created_at").isDescending()).isFalse();
        assertThat(sort).isEqualTo(Sort.descending("created_at")).hasSameHashCodeAs(Sort.descending("created_at"))
                .isNotEqualTo(Sort.ascending("created_at")).isNotEqualTo(Sort.descending("name")).isNotEqualTo("x");
        assertThat(sort.hashCode()).isNotEqualTo(Sort.ascending("created_at").hashCode());
        assertThat(sort).hasToString("created_at desc");
        assertThat(Sort.ascending("name")).hasToString("name asc");

        GroupKey key = GroupKey.date("created_at", "day", "%Y-%m-%d");
        assertThat(key.key()).isEqualTo("created_at");
        assertThat(key.name()).isEqualTo("day");
        assertThat(key.dateFormat()).contains("%Y-%m-%d");
        assertThat(GroupKey.of("provider", "p").dateFormat()).isEmpty();
        assertThat(key).isEqualTo(GroupKey.date("created_at", "day", "%Y-%m-%d"))
                .hasSameHashCodeAs(GroupKey.date("created_at", "day", "%Y-%m-%d"))
                .isNotEqualTo(GroupKey.of("created_at", "day")).isNotEqualTo("day");
        assertThat(key.hashCode()).isNotEqualTo(GroupKey.of("created_at", "day").hashCode());
        assertThat(key.toString()).isEqualTo(key.toMessage().toString()).contains("date_format");

        GroupField sum = GroupField.of(GroupOperator.SUM, "cost", "total");
        assertThat(sum.key()).contains("cost");
        assertThat(sum.name()).isEqualTo("total");
        assertThat(sum.operator()).isEqualTo(GroupOperator.SUM);
        assertThat(GroupField.count("n").key()).isEmpty();
        assertThat(sum).isEqualTo(GroupField.of(GroupOperator.SUM, "cost", "total"))
                .hasSameHashCodeAs(GroupField.of(GroupOperator.SUM, "cost", "total"))
                .isNotEqualTo(GroupField.of(GroupOperator.MAX, "cost", "total")).isNotEqualTo("total");
        assertThat(sum.hashCode()).isNotEqualTo(GroupField.of(GroupOperator.MAX, "cost", "total").hashCode());
        assertThat(sum.toString()).isEqualTo(sum.toMessage().toString()).contains("sum");

        AggregateStage count = AggregateStage.count("total");
        assertThat(count.kind()).isEqualTo("count");
        assertThat(AggregateStage.unwind("tags").kind()).isEqualTo("unwind");
        assertThat(count).isEqualTo(AggregateStage.count("total")).hasSameHashCodeAs(AggregateStage.count("total"))
                .isNotEqualTo(AggregateStage.count("other")).isNotEqualTo(AggregateStage.unwind("total"))
                .isNotEqualTo("count");
        assertThat(count.hashCode()).isNotEqualTo(AggregateStage.count("other").hashCode());
        assertThat(count).hasToString("{count={name=total}}");
    }

    @Test
    void pagesStartAtOne() {
        QueryPage first = QueryPage.of(1, 1);
        assertThat(first.start()).isEqualTo(1);
        assertThat(first.limit()).isEqualTo(1);
        assertThat(first).isEqualTo(QueryPage.of(1, 1)).hasSameHashCodeAs(QueryPage.of(1, 1))
                .isNotEqualTo(QueryPage.of(2, 1)).isNotEqualTo(QueryPage.of(1, 2)).isNotEqualTo("page");
        assertThat(first.hashCode()).isNotEqualTo(QueryPage.of(2, 1).hashCode());
        assertThat(first).hasToString("start=1, limit=1");
        assertThatThrownBy(() -> QueryPage.of(0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("page start must be >= 1 (it is 1-based), was 0");
        assertThatThrownBy(() -> QueryPage.of(1, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("page limit must be >= 1, was 0");
    }

    @Test
    void aQueryReturnsEveryPart() {
        Query query = Query.builder().filter(Filter.eq("a", 1)).filterOr(Filter.eq("b", 2), Filter.eq("c", 3))
                .sort(Sort.ascending("a")).page(1, 10).only("a", "b").minimal(true).countOnly(true).keyword("k")
                .build();

        assertThat(query.filter()).containsExactly(Filter.eq("a", 1));
        assertThat(query.filterOr()).containsExactly(Filter.eq("b", 2), Filter.eq("c", 3));
        assertThat(query.sort()).contains(Sort.ascending("a"));
        assertThat(query.page()).contains(QueryPage.of(1, 10));
        assertThat(query.only()).containsExactly("a", "b");
        assertThat(query.minimal()).isTrue();
        assertThat(query.countOnly()).isTrue();
        assertThat(query.keyword()).contains("k");
        assertThat(query.hasFilters()).isTrue();
        assertThat(query).isEqualTo(query.toBuilder().build()).hasSameHashCodeAs(query.toBuilder().build())
                .isNotEqualTo(query.toBuilder().keyword("other").build()).isNotEqualTo("query");
        assertThat(query.hashCode()).isNotEqualTo(query.toBuilder().keyword("other").build().hashCode());
        assertThat(query.toString()).isEqualTo("Query" + query.toMessage());

        Query empty = Query.builder().build();
        assertThat(empty.minimal()).isFalse();
        assertThat(empty.countOnly()).isFalse();
        assertThat(empty.hasFilters()).isFalse();
        assertThat(empty.sort()).isEmpty();
        assertThat(Query.builder().filterOr(Filter.eq("b", 2)).build().hasFilters()).isTrue();
        assertThat(Query.builder().filter(Filter.eq("b", 2)).build().hasFilters()).isTrue();
    }

    @Test
    void aStatisticsQueryReturnsEveryPart() {
        StatisticsQuery query = StatisticsQuery.builder().filter(Filter.eq("a", 1)).filterOr(Filter.eq("b", 2))
                .aggregate(AggregateStage.count("n")).page(1, 5).distinct("provider").keyword("k").build();

        assertThat(query.filter()).containsExactly(Filter.eq("a", 1));
        assertThat(query.filterOr()).containsExactly(Filter.eq("b", 2));
        assertThat(query.aggregate()).containsExactly(AggregateStage.count("n"));
        assertThat(query.page()).contains(QueryPage.of(1, 5));
        assertThat(query.distinct()).contains("provider");
        assertThat(query.keyword()).contains("k");
        StatisticsQuery same = StatisticsQuery.builder().filter(Filter.eq("a", 1)).filterOr(Filter.eq("b", 2))
                .aggregate(AggregateStage.count("n")).page(1, 5).distinct("provider").keyword("k").build();
        assertThat(query).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(StatisticsQuery.builder()
                .distinct("region").build()).isNotEqualTo("query");
        assertThat(query.hashCode()).isNotEqualTo(StatisticsQuery.builder().distinct("region").build().hashCode());
        assertThat(query.toString()).isEqualTo("StatisticsQuery" + query.toMessage());
        assertThat(StatisticsQuery.builder().distinct("x").build().page()).isEqualTo(Optional.empty());
    }
}
