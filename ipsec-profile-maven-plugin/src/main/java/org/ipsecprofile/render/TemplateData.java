package org.ipsecprofile.render;

import java.lang.reflect.RecordComponent;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ipsecprofile.model.KeyPositions;
import org.ipsecprofile.model.Keyword;

/**
 * Turns the plugin's records into the plain data templates see: maps, lists, strings, numbers
 * and booleans, nothing with methods. A record becomes a map of its components, plus a
 * {@code kind} entry naming the record type (e.g. {@code paragraph}, {@code citation}) so a
 * template can tell the members of a sealed type apart. Descriptor enums become their
 * keywords; null components are left out, so templates test them with {@code ??}.
 */
final class TemplateData {

    private TemplateData() {
    }

    static Object of(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
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
            List<Object> copy = new ArrayList<>(list.size());
            for (Object item : list) {
                copy.add(of(item));
            }
            return copy;
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
            return recordData(record);
        }
        throw new IllegalArgumentException("no template data for " + value.getClass().getName());
    }

    private static Map<String, Object> recordData(Record record) {
        Map<String, Object> map = new LinkedHashMap<>();
        String simpleName = record.getClass().getSimpleName();
        map.put("kind", Character.toLowerCase(simpleName.charAt(0)) + simpleName.substring(1));
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            if (component.getType() == KeyPositions.class) {
                continue;
            }
            Object converted;
            try {
                converted = of(component.getAccessor().invoke(record));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + simpleName + "." + component.getName(), e);
            }
            if (converted != null) {
                map.put(component.getName(), converted);
            }
        }
        return map;
    }
}
