package org.ipsecprofile.parse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ipsecprofile.model.KeyPositions;
import org.ipsecprofile.model.Position;
import org.ipsecprofile.parse.YamlNode.Entry;
import org.ipsecprofile.parse.YamlNode.Mapping;
import org.ipsecprofile.parse.YamlNode.Sequence;

/** Records where every key and list item of a descriptor stands, by dotted key path. */
final class PositionIndex {

    private PositionIndex() {}

    static KeyPositions of(Mapping root) {
        Map<String, Position> byPath = new HashMap<>();
        record(root, "", byPath);
        return new KeyPositions(byPath);
    }

    // Recursion is safe: the loader has already bounded the depth to SafeYamlLoader.MAX_DEPTH.
    private static void record(YamlNode node, String path, Map<String, Position> byPath) {
        if (node instanceof Mapping mapping) {
            for (Entry entry : mapping.entries()) {
                String keyPath = MappingReader.pathOf(path, entry.key().text());
                byPath.put(keyPath, entry.key().position());
                record(entry.value(), keyPath, byPath);
            }
        } else if (node instanceof Sequence sequence) {
            List<YamlNode> items = sequence.items();
            for (int i = 0; i < items.size(); i++) {
                String itemPath = path + "[" + i + "]";
                byPath.put(itemPath, items.get(i).position());
                record(items.get(i), itemPath, byPath);
            }
        }
    }
}
