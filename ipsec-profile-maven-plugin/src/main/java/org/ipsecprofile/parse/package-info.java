/**
 * Descriptor files to {@link org.ipsecprofile.model.Profile}s, every problem a {@code descriptor}
 * finding with a line and column. No Maven types.
 *
 * <ul>
 * <li>{@link org.ipsecprofile.parse.DescriptorParser} — the entry point: reads a file or bytes,
 *     returns a {@link org.ipsecprofile.parse.ParsedDescriptor}.</li>
 * <li>{@code DescriptorText} — size limit, strict UTF-8, BOM, NUL and UTF-16/32 checks.</li>
 * <li>{@code SafeYamlLoader} — YAML events to a {@code YamlNode} tree: one document, core schema
 *     and core tags only, no anchors or aliases, no duplicate keys, bounded depth.</li>
 * <li>{@code ProfileMapper} — the keys of SPEC §3 onto the model records, through
 *     {@code MappingReader} (typed, path-aware access that collects problems) and
 *     {@code NearestWord} ("did you mean"); {@code AlgorithmsReader} reads the {@code algorithms}
 *     section (names of SPEC §3.1, each in a list of its kind).</li>
 * <li>{@code PositionIndex} — the position of every key and list item, by dotted path.</li>
 * </ul>
 *
 * <p>The JSON Schema of the format, {@code org/ipsecprofile/schema/ipsec-profile-1.schema.json},
 * accepts the same data; {@code DescriptorSchemaTest} keeps the two together.
 */
package org.ipsecprofile.parse;
