package org.ipsecprofile.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Key paths of a descriptor read as JSON (Jackson's model), for tests that change one key at a
 * time: a path is a list of key names and list indexes, {@code [protection, protocols, 0]}.
 */
public final class DescriptorPaths {

    private DescriptorPaths() {}

    /** Every key path below {@code root}, and the first item of each list, parents first. */
    public static List<List<Object>> of(JsonNode root) {
        List<List<Object>> paths = new ArrayList<>();
        collect(root, paths, List.of());
        return paths;
    }

    private static void collect(JsonNode node, List<List<Object>> paths, List<Object> path) {
        if (node instanceof ObjectNode object) {
            object.fieldNames().forEachRemaining(name -> {
                List<Object> child = new ArrayList<>(path);
                child.add(name);
                paths.add(child);
                collect(object.get(name), paths, child);
            });
        } else if (node instanceof ArrayNode array && !array.isEmpty()) {
            List<Object> child = new ArrayList<>(path);
            child.add(0);
            paths.add(child);
            collect(array.get(0), paths, child);
        }
    }

    /**
     * A copy of {@code root} with the value at {@code path} replaced by {@code value}; a null
     * value removes a key (and sets a list item to JSON null).
     */
    public static JsonNode withValue(JsonNode root, List<Object> path, JsonNode value) {
        JsonNode copy = root.deepCopy();
        JsonNode parent = copy;
        for (Object step : path.subList(0, path.size() - 1)) {
            parent = step instanceof Integer index ? parent.get(index) : parent.get((String) step);
        }
        Object last = path.get(path.size() - 1);
        if (last instanceof Integer index) {
            ((ArrayNode) parent).set(index, value);
        } else if (value == null) {
            ((ObjectNode) parent).remove((String) last);
        } else {
            ((ObjectNode) parent).set((String) last, value);
        }
        return copy;
    }

    /** The path as a JSON pointer: {@code /protection/protocols/0}. */
    public static String pointer(List<Object> path) {
        StringBuilder pointer = new StringBuilder();
        for (Object step : path) {
            pointer.append('/').append(step);
        }
        return pointer.toString();
    }
}
