package org.ipsecprofile.mojo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The plugin descriptor that maven-plugin-plugin wrote for this build, as Maven reads it. */
final class PluginDescriptor {

    private final Element plugin;

    private PluginDescriptor(Element plugin) {
        this.plugin = plugin;
    }

    static PluginDescriptor read() throws Exception {
        return new PluginDescriptor(DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(Path.of("target/classes/META-INF/maven/plugin.xml").toFile())
                .getDocumentElement());
    }

    /** The {@code <mojo>} element of {@code goal}. */
    Element mojo(String goal) {
        for (Element mojo : children(child(plugin, "mojos"), "mojo")) {
            if (goal.equals(text(mojo, "goal"))) {
                return mojo;
            }
        }
        throw new AssertionError("no " + goal + " goal in plugin.xml");
    }

    /**
     * The plugin's runtime dependencies, transitive ones included, as {@code groupId:artifactId}:
     * the jars Maven resolves into the plugin's class realm for every goal.
     */
    List<String> dependencies() {
        List<String> dependencies = new ArrayList<>();
        for (Element dependency : children(child(plugin, "dependencies"), "dependency")) {
            dependencies.add(text(dependency, "groupId") + ":" + text(dependency, "artifactId"));
        }
        return dependencies;
    }

    /** The direct child {@code name} of {@code parent}, or null. */
    static Element child(Element parent, String name) {
        List<Element> children = children(parent, name);
        return children.isEmpty() ? null : children.get(0);
    }

    static List<Element> children(Element parent, String name) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                children.add(element);
            }
        }
        return children;
    }

    /** The stripped text of the direct child {@code name} of {@code parent}, or null. */
    static String text(Element parent, String name) {
        Element child = child(parent, name);
        return child == null ? null : child.getTextContent().strip();
    }
}
