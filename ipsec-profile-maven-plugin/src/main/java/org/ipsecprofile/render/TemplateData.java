package org.ipsecprofile.render;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.RandomAccess;
import java.util.Set;
import org.ipsecprofile.model.KeyPositions;
import org.ipsecprofile.model.Keyword;

/**
 * Turns the plugin's records into the plain data templates see: maps, lists, strings, numbers
 * and booleans, nothing with methods. A record becomes a map of its components, plus a
 * {@code kind} entry naming the record type (e.g. {@code paragraph}, {@code citation}) so a
 * template can tell the members of a sealed type apart. Descriptor enums become their
 * keywords; null components are left out, so templates test them with {@code ??}.
 *
 * <p>Records and lists are read-only views, converted as a template reads them rather than copied
 * up front: the Security Considerations of 10,000 profiles, copied whole for each format, did not
 * fit in 256 MB.
 */
final class TemplateData {

    private TemplateData() {}

    static Object of(Object value) {
        if (value == null
                || value instanceof String
                || value instanceof Boolean
                || value instanceof Integer
                || value instanceof Long) {
            return value;
        }
        if (value instanceof Keyword keyword) {
            return keyword.keyword();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name().toLowerCase(Locale.ROOT);
        }
        if (value instanceof YearMonth date) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("year", date.getYear());
            map.put("month", date.getMonthValue());
            map.put("monthName", date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
            return map;
        }
        if (value instanceof List<?> list) {
            return new ListView(list);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, item) -> {
                Object converted = of(item);
                if (converted != null) {
                    copy.put(String.valueOf(key), converted);
                }
            });
            return copy;
        }
        if (value instanceof Record record) {
            return new RecordView(record);
        }
        throw new IllegalArgumentException(
                "no template data for " + value.getClass().getName());
    }

    /** A record type's name for templates and its components' names and accessors, looked up once per type. */
    private record Shape(String kind, String[] names, Method[] accessors, Map<String, Integer> indexOf) {}

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            String simpleName = type.getSimpleName();
            List<String> names = new ArrayList<>();
            List<Method> accessors = new ArrayList<>();
            Map<String, Integer> indexOf = new HashMap<>();
            for (RecordComponent component : type.getRecordComponents()) {
                if (component.getType() == KeyPositions.class) {
                    continue;
                }
                indexOf.put(component.getName(), names.size());
                names.add(component.getName());
                Method accessor = component.getAccessor();
                // Our own records, some not public: without this every read re-checks access.
                accessor.setAccessible(true);
                accessors.add(accessor);
            }
            return new Shape(
                    Character.toLowerCase(simpleName.charAt(0)) + simpleName.substring(1),
                    names.toArray(String[]::new),
                    accessors.toArray(Method[]::new),
                    Map.copyOf(indexOf));
        }
    };

    /**
     * A list as templates see it: each item converted when the template reaches it, so a template
     * that lists 10,000 profiles never holds them all converted at once.
     */
    private static final class ListView extends AbstractList<Object> implements RandomAccess {

        private final List<?> items;

        ListView(List<?> items) {
            this.items = items;
        }

        @Override
        public Object get(int index) {
            return of(items.get(index));
        }

        @Override
        public int size() {
            return items.size();
        }
    }

    /**
     * A record as templates see it: a map of {@code kind} and the record's non-null components, in
     * declaration order, each converted when the template reads it. Read-only.
     */
    private static final class RecordView extends AbstractMap<String, Object> {

        private final Shape shape;
        private final Object[] values;
        /** Each component as templates see it, converted on first read: templates read some many times. */
        private final Object[] converted;

        private final int size;

        RecordView(Record record) {
            shape = SHAPES.get(record.getClass());
            values = new Object[shape.accessors().length];
            converted = new Object[values.length];
            int present = 1;
            for (int i = 0; i < values.length; i++) {
                try {
                    values[i] = shape.accessors()[i].invoke(record);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(
                            "cannot read " + record.getClass().getSimpleName() + "." + shape.names()[i], e);
                }
                if (values[i] != null && !shape.names()[i].equals("kind")) {
                    present++;
                }
            }
            size = present;
        }

        @Override
        public Object get(Object key) {
            Integer index = shape.indexOf().get(key);
            if (index != null && values[index] != null) {
                return view(index);
            }
            return "kind".equals(key) ? shape.kind() : null;
        }

        private Object view(int index) {
            Object view = converted[index];
            if (view == null) {
                view = of(values[index]);
                converted[index] = view;
            }
            return view;
        }

        @Override
        public boolean containsKey(Object key) {
            return get(key) != null;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<String, Object>> iterator() {
                    return new Iterator<>() {
                        private int next = -1;

                        {
                            advance();
                        }

                        private void advance() {
                            do {
                                next++;
                            } while (next < values.length
                                    && (values[next] == null || shape.names()[next].equals("kind")));
                        }

                        private boolean kindDone;

                        @Override
                        public boolean hasNext() {
                            return !kindDone || next < values.length;
                        }

                        @Override
                        public Entry<String, Object> next() {
                            if (!kindDone) {
                                kindDone = true;
                                return new SimpleImmutableEntry<>("kind", RecordView.this.get("kind"));
                            }
                            if (next >= values.length) {
                                throw new NoSuchElementException();
                            }
                            int index = next;
                            advance();
                            return new SimpleImmutableEntry<>(shape.names()[index], view(index));
                        }
                    };
                }

                @Override
                public int size() {
                    return size;
                }
            };
        }
    }
}
