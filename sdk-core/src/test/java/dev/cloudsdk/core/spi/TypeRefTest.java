package dev.cloudsdk.core.spi;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TypeRefTest {

    private static final Type LIST_OF_STRINGS = new TypeRef<List<String>>() {
    }.type();

    @Test
    void aParameterizedTypeEqualsTheCompilersOwn() {
        ParameterizedType made = (ParameterizedType) TypeRef.parameterized(List.class, String.class).type();

        assertThat(made).isEqualTo(LIST_OF_STRINGS);
        assertThat(made.hashCode()).isEqualTo(LIST_OF_STRINGS.hashCode());
        assertThat(made.getRawType()).isEqualTo(List.class);
        assertThat(made.getActualTypeArguments()).containsExactly(String.class);
        assertThat(made.getOwnerType()).isNull();
        assertThat(made.getTypeName()).isEqualTo("java.util.List<java.lang.String>");
        assertThat(TypeRef.parameterized(Map.class, String.class, Integer.class))
                .hasToString("java.util.Map<java.lang.String, java.lang.Integer>");
    }

    @Test
    void parameterizedTypesDifferByRawTypeArgumentsAndOwner() {
        Type made = TypeRef.parameterized(List.class, String.class).type();

        assertThat(made).isNotEqualTo(TypeRef.parameterized(List.class, Integer.class).type())
                .isNotEqualTo(TypeRef.parameterized(java.util.Set.class, String.class).type())
                .isNotEqualTo(List.class)
                .isNotEqualTo(new TypeRef<Map.Entry<String, String>>() {
                }.type());
        Type entry = TypeRef.parameterized(Map.Entry.class, String.class, String.class).type();
        assertThat(((ParameterizedType) entry).getOwnerType()).isEqualTo(Map.class);
        assertThat(entry).isEqualTo(new TypeRef<Map.Entry<String, String>>() {
        }.type());
    }

    @Test
    void theArgumentsAreCopied() {
        Type[] arguments = {String.class};
        ParameterizedType made = (ParameterizedType) TypeRef.parameterized(List.class, arguments).type();
        arguments[0] = Integer.class;
        made.getActualTypeArguments()[0] = Long.class;

        assertThat(made.getActualTypeArguments()).containsExactly(String.class);
    }

    @Test
    void aParameterizedTypeDecodes() throws Exception {
        List<Integer> numbers = JsonCodec.standard().decode("[1,2]".getBytes(StandardCharsets.UTF_8),
                TypeRef.parameterized(List.class, Integer.class));

        assertThat(numbers).containsExactly(1, 2);
    }

    @Test
    @SuppressWarnings("rawtypes") // the raw subclass is what is being refused
    void aRawSubclassIsRefused() {
        assertThatThrownBy(() -> new TypeRef() {
        }).isInstanceOf(IllegalStateException.class).hasMessage("TypeRef must be created with a type argument");
        assertThat(TypeRef.of(String.class)).hasToString("java.lang.String");
    }
}
