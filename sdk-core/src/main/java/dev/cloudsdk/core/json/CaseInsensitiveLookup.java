package dev.cloudsdk.core.json;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.deser.impl.BeanPropertyMap;
import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Speeds up the property lookup of models that accept property names in any case
 * ({@code @JsonFormat(with = ACCEPT_CASE_INSENSITIVE_PROPERTIES)}, e.g. every Omnistrate model) without changing
 * what they accept. Jackson's case-insensitive {@link BeanPropertyMap#find(String)} lower-cases every incoming
 * name ({@code String.toLowerCase} allocates a new string and its hash is computed again) for every property of
 * every object; JMH's stack profiler put that at ~11 % of decoding an Omnistrate page of 1,000 instances. Here
 * the names the model declares, as they are spelled, are found directly (only when Jackson's lookup of that name
 * is certain to give the same property); any other spelling (other case, aliases, unknown names) goes through
 * Jackson's own lookup unchanged, so the result is the same property either way.
 */
final class CaseInsensitiveLookup {

    private static final Field BEAN_PROPERTIES = beanPropertiesField();

    private CaseInsensitiveLookup() {
    }

    /**
     * @param deserializer a bean or builder-based deserializer
     * @return the same deserializer with the faster lookup when its properties are case-insensitive, else as is
     */
    static JsonDeserializer<?> apply(BeanDeserializerBase deserializer) {
        if (BEAN_PROPERTIES == null) {
            return deserializer;
        }
        try {
            BeanPropertyMap properties = (BeanPropertyMap) BEAN_PROPERTIES.get(deserializer);
            if (properties == null || !properties.isCaseInsensitive() || properties instanceof FastMap) {
                return deserializer;
            }
            return deserializer.withBeanProperties(new FastMap(properties));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return deserializer; // Jackson's own lookup: slower, same result
        }
    }

    private static Field beanPropertiesField() {
        try {
            Field field = BeanDeserializerBase.class.getDeclaredField("_beanProperties");
            field.setAccessible(true);
            return field;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /**
     * A case-insensitive map that finds the declared spellings directly; every other name goes to Jackson's lookup.
     * Kept in step with {@link #replace} and {@link #remove}, which Jackson calls while resolving the deserializer.
     */
    static final class FastMap extends BeanPropertyMap {
        private static final long serialVersionUID = 1L;

        private transient volatile Map<String, SettableBeanProperty> byDeclaredName;

        FastMap(BeanPropertyMap base) {
            super(base, true);
            index();
        }

        @Override
        public SettableBeanProperty find(String key) {
            Map<String, SettableBeanProperty> direct = byDeclaredName;
            SettableBeanProperty property = key == null || direct == null ? null : direct.get(key);
            return property != null ? property : super.find(key);
        }

        @Override
        public void replace(SettableBeanProperty origProp, SettableBeanProperty newProp) {
            super.replace(origProp, newProp);
            index();
        }

        @Override
        public void remove(SettableBeanProperty property) {
            super.remove(property);
            index();
        }

        /**
         * Maps each declared name to its property when Jackson's lookup of that name is certain to give the same
         * property: ASCII names (stable lower case) whose lower-case key no other property shares.
         */
        private void index() {
            Map<String, Integer> keys = new HashMap<>();
            SettableBeanProperty[] properties = getPropertiesInInsertionOrder();
            for (SettableBeanProperty property : properties) {
                keys.merge(getPropertyName(property), 1, Integer::sum);
            }
            Map<String, SettableBeanProperty> direct = new HashMap<>();
            for (SettableBeanProperty property : properties) {
                String name = property.getName();
                String key = getPropertyName(property);
                if (isAscii(name) && keys.get(key) == 1 && key.equals(key.toLowerCase(Locale.ROOT))
                        && super.find(name) == property) {
                    direct.put(name, property);
                }
            }
            byDeclaredName = direct;
        }

        private static boolean isAscii(String name) {
            for (int i = 0; i < name.length(); i++) {
                if (name.charAt(i) > 0x7f) {
                    return false;
                }
            }
            return true;
        }
    }
}
