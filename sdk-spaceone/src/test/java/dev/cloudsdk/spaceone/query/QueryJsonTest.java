package dev.cloudsdk.spaceone.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cloudsdk.core.spi.JsonCodec;
import dev.cloudsdk.spaceone.model.DataSourceState;
import dev.cloudsdk.spaceone.model.DataSourceType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The query DSL writes exactly the JSON of {@code Query} and {@code StatisticsQuery}, and refuses bad values. */
class QueryJsonTest {

    private final JsonCodec codec = JsonCodec.standard();
    private final ObjectMapper json = new ObjectMapper();

    private void assertWritten(Object value, String expected) throws Exception {
        String written = new String(codec.encode(value), StandardCharsets.UTF_8);
        assertThat(json.readTree(written)).as(written).isEqualTo(json.readTree(expected.replace('\'', '"')));
    }

    @Test
    void everyFilterOperatorWithItsValue() throws Exception {
        Query query = Query.builder()
                .filter(Filter.eq("provider", "aws"), Filter.not("state", "DELETED"),
                        Filter.lt("data.size", 10), Filter.lte("data.size", 10.5), Filter.gt("name", "m"),
                        Filter.gte("data.count", 1L), Filter.exists("data.os", true),
                        Filter.contain("name", "web"), Filter.notContain("name", "tmp"),
                        Filter.in("cloud_service_type", List.of("Instance", "Volume")),
                        Filter.notIn("data.port", List.of(22, 3389)),
                        Filter.containIn("name", List.of("prod", "stage")),
                        Filter.notContainIn("name", List.of("old")),
                        Filter.match("data.disks", Map.of("size", 100)),
                        Filter.regex("name", "^web-\\d+$"), Filter.regexIn("name", List.of("^a", "^b")),
                        Filter.datetimeLt("created_at", Instant.parse("2024-01-01T00:00:00Z")),
                        Filter.datetimeLte("created_at", Instant.parse("2024-01-02T00:00:00Z")),
                        Filter.datetimeGt("created_at", Instant.parse("2023-01-01T00:00:00Z")),
                        Filter.of("updated_at", FilterOperator.DATETIME_GTE, "2023-06-01T00:00:00+09:00"),
                        Filter.timediffLt("created_at", "now"), Filter.timediffLte("created_at", "now/d"),
                        Filter.timediffGt("created_at", "now/d - 7d"), Filter.timediffGte("created_at", "now-1h"))
                .build();

        assertWritten(query, "{'filter':["
                + "{'k':'provider','v':'aws','o':'eq'},{'k':'state','v':'DELETED','o':'not'},"
                + "{'k':'data.size','v':10,'o':'lt'},{'k':'data.size','v':10.5,'o':'lte'},"
                + "{'k':'name','v':'m','o':'gt'},{'k':'data.count','v':1,'o':'gte'},"
                + "{'k':'data.os','v':true,'o':'exists'},{'k':'name','v':'web','o':'contain'},"
                + "{'k':'name','v':'tmp','o':'not_contain'},"
                + "{'k':'cloud_service_type','v':['Instance','Volume'],'o':'in'},"
                + "{'k':'data.port','v':[22,3389],'o':'not_in'},{'k':'name','v':['prod','stage'],'o':'contain_in'},"
                + "{'k':'name','v':['old'],'o':'not_contain_in'},{'k':'data.disks','v':{'size':100},'o':'match'},"
                + "{'k':'name','v':'^web-\\\\d+$','o':'regex'},{'k':'name','v':['^a','^b'],'o':'regex_in'},"
                + "{'k':'created_at','v':'2024-01-01T00:00:00Z','o':'datetime_lt'},"
                + "{'k':'created_at','v':'2024-01-02T00:00:00Z','o':'datetime_lte'},"
                + "{'k':'created_at','v':'2023-01-01T00:00:00Z','o':'datetime_gt'},"
                + "{'k':'updated_at','v':'2023-06-01T00:00:00+09:00','o':'datetime_gte'},"
                + "{'k':'created_at','v':'now','o':'timediff_lt'},{'k':'created_at','v':'now/d','o':'timediff_lte'},"
                + "{'k':'created_at','v':'now/d - 7d','o':'timediff_gt'},"
                + "{'k':'created_at','v':'now-1h','o':'timediff_gte'}]}");
        assertThat(FilterOperator.values()).hasSize(24);
    }

    @Test
    void everyPartOfAQuery() throws Exception {
        Query query = Query.builder()
                .filter(Filter.eq("provider", "aws"))
                .filterOr(Filter.eq("state", "ACTIVE"), Filter.eq("state", "DISCONNECTED"))
                .sort(Sort.descending("created_at"))
                .page(21, 20)
                .only("cloud_service_id", "name")
                .minimal(true)
                .countOnly(true)
                .keyword("web")
                .build();

        assertWritten(query, "{'filter':[{'k':'provider','v':'aws','o':'eq'}],"
                + "'filter_or':[{'k':'state','v':'ACTIVE','o':'eq'},{'k':'state','v':'DISCONNECTED','o':'eq'}],"
                + "'sort':{'key':'created_at','desc':true},'page':{'start':21,'limit':20},"
                + "'only':['cloud_service_id','name'],'minimal':true,'count_only':true,'keyword':'web'}");
        assertWritten(Query.builder().sort(Sort.ascending("name")).build(), "{'sort':{'key':'name'}}");
        assertWritten(Query.builder().build(), "{}");
    }

    @Test
    void everyPartOfAStatisticsQuery() throws Exception {
        StatisticsQuery query = StatisticsQuery.builder()
                .filter(Filter.eq("provider", "aws"))
                .filterOr(Filter.eq("state", "ACTIVE"))
                .aggregate(AggregateStage.unwind("data.disks"))
                .aggregate(AggregateStage.group(
                        List.of(GroupKey.of("cloud_service_type", "type"),
                                GroupKey.date("created_at", "month", "%Y-%m")),
                        List.of(GroupField.count("total"),
                                GroupField.of(GroupOperator.SUM, "data.disks.size", "disk_size"),
                                GroupField.of(GroupOperator.AVERAGE, "data.size", "avg_size"),
                                GroupField.of(GroupOperator.MAX, "data.size", "max_size"),
                                GroupField.of(GroupOperator.MIN, "data.size", "min_size"),
                                GroupField.of(GroupOperator.FIRST, "name", "first_name"),
                                GroupField.of(GroupOperator.LAST, "name", "last_name"),
                                GroupField.of(GroupOperator.PUSH, "name", "names"),
                                GroupField.of(GroupOperator.ADD_TO_SET, "region_id", "regions"),
                                GroupField.of(GroupOperator.MERGE_OBJECTS, "tags", "all_tags"))),
                        AggregateStage.sort("total", true),
                        AggregateStage.count("groups"))
                .page(1, 5)
                .keyword("disk")
                .build();

        assertWritten(query, "{'filter':[{'k':'provider','v':'aws','o':'eq'}],"
                + "'filter_or':[{'k':'state','v':'ACTIVE','o':'eq'}],"
                + "'aggregate':[{'unwind':{'path':'data.disks'}},"
                + "{'group':{'keys':[{'key':'cloud_service_type','name':'type'},"
                + "{'key':'created_at','name':'month','date_format':'%Y-%m'}],"
                + "'fields':[{'name':'total','operator':'count'},"
                + "{'key':'data.disks.size','name':'disk_size','operator':'sum'},"
                + "{'key':'data.size','name':'avg_size','operator':'average'},"
                + "{'key':'data.size','name':'max_size','operator':'max'},"
                + "{'key':'data.size','name':'min_size','operator':'min'},"
                + "{'key':'name','name':'first_name','operator':'first'},"
                + "{'key':'name','name':'last_name','operator':'last'},"
                + "{'key':'name','name':'names','operator':'push'},"
                + "{'key':'region_id','name':'regions','operator':'add_to_set'},"
                + "{'key':'tags','name':'all_tags','operator':'merge_objects'}]}},"
                + "{'sort':{'key':'total','desc':true}},{'count':{'name':'groups'}}],"
                + "'page':{'start':1,'limit':5},'keyword':'disk'}");
        assertWritten(StatisticsQuery.builder().distinct("provider").build(), "{'distinct':'provider'}");
    }

    @Test
    void openEnumsAreWrittenAsTheirWireValue() throws Exception {
        Query query = Query.builder().filter(Filter.eq("state", DataSourceState.ENABLED),
                Filter.in("data_source_type", List.of(DataSourceType.LOCAL, DataSourceType.of("HYBRID")))).build();

        assertWritten(query, "{'filter':[{'k':'state','v':'ENABLED','o':'eq'},"
                + "{'k':'data_source_type','v':['LOCAL','HYBRID'],'o':'in'}]}");
    }

    @Test
    void valuesThatDoNotFitTheOperatorAreRefused() {
        assertThatThrownBy(() -> Filter.of("state", FilterOperator.IN, "ACTIVE"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'state' (in)")
                .hasMessageContaining("a list of scalars");
        assertThatThrownBy(() -> Filter.in("state", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty list");
        assertThatThrownBy(() -> Filter.in("state", Arrays.asList("A", null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("null");
        assertThatThrownBy(() -> Filter.of("data.os", FilterOperator.EXISTS, "yes"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a boolean");
        assertThatThrownBy(() -> Filter.of("name", FilterOperator.CONTAIN_IN, List.of("a", 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a list of strings");
        assertThatThrownBy(() -> Filter.of("name", FilterOperator.CONTAIN, 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a string");
        assertThatThrownBy(() -> Filter.of("size", FilterOperator.LT, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a number or a string");
        assertThatThrownBy(() -> Filter.of("tags", FilterOperator.EQ, Map.of("a", 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a string, number or boolean");
        assertThatThrownBy(() -> Filter.of("disks", FilterOperator.MATCH, "size"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("object");
        assertThatThrownBy(() -> Filter.of("created_at", FilterOperator.DATETIME_LT, "yesterday"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RFC 3339");
        assertThatThrownBy(() -> Filter.timediffGt("created_at", "7 days ago"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("time expression");
        assertThatThrownBy(() -> Filter.eq(" ", "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("filter key");
        assertThatThrownBy(() -> Filter.eq("name", null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("'name'");
    }

    @Test
    void queryPartsAreChecked() {
        assertThatThrownBy(() -> Query.builder().page(0, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1-based");
        assertThatThrownBy(() -> Query.builder().page(1, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("limit");
        assertThatThrownBy(() -> Query.builder().only("")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only");
        assertThatThrownBy(() -> StatisticsQuery.builder().build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("aggregate");
        assertThatThrownBy(() -> AggregateStage.group(List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one field");
        assertThatThrownBy(() -> GroupField.of(GroupOperator.SUM, " ", "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("group field key");
    }

    @Test
    void aQueryWithAnotherPageKeepsEverythingElse() {
        Query query = Query.builder().filter(Filter.eq("a", 1)).sort(Sort.ascending("b")).page(1, 10).build();
        Query next = query.withPage(QueryPage.of(11, 10));

        assertThat(next.filter()).isEqualTo(query.filter());
        assertThat(next.sort()).isEqualTo(query.sort());
        assertThat(next.page()).contains(QueryPage.of(11, 10));
        assertThat(query.page()).contains(QueryPage.of(1, 10));
        assertThat(next).isNotEqualTo(query);
    }
}
