package org.ipsecprofile.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ipsecprofile.check.Finding;
import org.ipsecprofile.check.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each file of {@code descriptors/invalid} gives exactly the listed {@code descriptor} findings, in
 * order, at the listed places, quickly.
 */
class InvalidDescriptorCorpusTest {

    /** One expected finding: where, and a fragment of its message. */
    record Expected(int line, int column, String fragment) {

        @Override
        public String toString() {
            return line + ":" + column + " '" + fragment + "'";
        }
    }

    record Case(String file, List<Expected> findings) {

        @Override
        public String toString() {
            return file;
        }
    }

    private static Case invalid(String file, Expected... findings) {
        return new Case(file, List.of(findings));
    }

    private static Expected at(int line, int column, String fragment) {
        return new Expected(line, column, fragment);
    }

    static final List<Case> CASES = List.of(
            // YAML syntax: one finding for the file
            invalid("syntax-unclosed-flow.yaml", at(4, 6, "YAML syntax error: expected ',' or '}'")),
            invalid("syntax-colon-in-plain-value.yaml", at(6, 24, "mapping values are not allowed here")),
            invalid("syntax-bad-indentation.yaml", at(7, 3, "YAML syntax error")),
            invalid("two-documents.yaml", at(5, 1, "more than one YAML document")),
            invalid("custom-tag.yaml", at(6, 14, "YAML tag '!proto' is not allowed")),
            invalid("java-tag.yaml", at(6, 14, "YAML tag '!!java.lang.Runtime' is not allowed")),
            invalid("anchor-and-alias.yaml", at(6, 14, "YAML anchor '&who' is not allowed")),
            invalid("complex-key.yaml", at(5, 3, "keys are plain names")),
            // empty files and top levels that are not mappings
            invalid("empty.yaml", at(1, 1, "the file is empty")),
            invalid("comments-only.yaml", at(1, 1, "the file is empty")),
            invalid("top-level-list.yaml", at(1, 1, "must be a mapping of keys")),
            invalid("top-level-scalar.yaml", at(1, 1, "not text 'just some text'")),
            // duplicate keys: one finding per duplicate
            invalid("duplicate-key.yaml", at(5, 1, "duplicate key 'id', first written at line 2, column 1")),
            invalid(
                    "duplicate-nested-keys.yaml",
                    at(7, 3, "duplicate key 'protection.mode', first written at line 6, column 3"),
                    at(10, 3, "duplicate key 'ike.version', first written at line 9, column 3")),
            // unknown keys and values
            invalid("unknown-top-level-key.yaml", at(5, 1, "unknown key 'selector'; did you mean 'selectors'?")),
            invalid("unknown-nested-key.yaml", at(6, 3, "unknown key 'protection.mod'; did you mean 'mode'?")),
            invalid(
                    "unknown-key-without-suggestion.yaml",
                    at(5, 1, "unknown key 'colour'; keys allowed at the top level: schema, id, protocol")),
            invalid(
                    "unknown-enum-value.yaml",
                    at(
                            6,
                            9,
                            "'transprt' is not a known value; did you mean 'transport'? Write one of transport, tunnel")),
            invalid(
                    "enum-value-wrong-case.yaml",
                    at(6, 15, "protection.protocols[0]: 'ESP' is not a known value;" + " did you mean 'esp'?")),
            // wrong types
            invalid("bool-written-as-yes.yaml", at(6, 14, "context.natLikely must be true or false, not text 'yes'")),
            invalid("bool-written-as-text-true.yaml", at(6, 12, "userSwitching.applies must be true or false")),
            invalid("text-written-as-number.yaml", at(3, 18, "protocol.name must be text, not a decimal number")),
            invalid("list-written-as-scalar.yaml", at(6, 14, "context.endpoints must be a list")),
            invalid("list-item-empty.yaml", at(8, 6, "identification.types[1] is empty")),
            invalid("section-not-a-mapping.yaml", at(5, 13, "protection must be a mapping of keys")),
            invalid(
                    "suppress-entries-malformed.yaml",
                    at(6, 5, "suppress[0] must be a mapping with rule and justification"),
                    at(8, 5, "unknown key 'suppress[1].reason'")),
            // the four keys the format requires
            invalid("schema-missing.yaml", at(1, 1, "schema is missing")),
            invalid("schema-wrong.yaml", at(1, 9, "schema must be 'ipsec-profile/1'")),
            invalid("id-missing.yaml", at(1, 1, "id is missing")),
            invalid("id-escapes-directory.yaml", at(2, 5, "id '../../etc/passwd' is not allowed")),
            invalid("id-upper-case.yaml", at(2, 5, "id 'BGP' is not allowed")),
            invalid("id-too-long.yaml", at(2, 5, "up to 62 lower-case letters")),
            invalid("id-windows-device-name.yaml", at(2, 5, "id 'com1' is a reserved device name on Windows")),
            invalid("protocol-name-missing.yaml", at(3, 1, "protocol.name is missing")),
            invalid("protocol-name-blank.yaml", at(3, 18, "protocol.name is blank")),
            invalid("protocol-reference-malformed.yaml", at(3, 38, "protocol.reference 'rfc 4271' is neither")),
            invalid("ipsec-missing.yaml", at(1, 1, "ipsec.version is missing")),
            invalid("ipsec-version-quoted.yaml", at(4, 18, "ipsec.version must be the number 2 or 3, not text '2'")),
            invalid("ipsec-version-4.yaml", at(5, 12, "ipsec.version must be the number 2 or 3, not a number (4)")),
            invalid("float-for-integer.yaml", at(4, 18, "not a decimal number (2.0)")),
            // selectors
            invalid("ports-range-reversed.yaml", at(7, 11, "selectors.ports[0]: '200-100' is not a port range")),
            invalid("ports-out-of-range.yaml", at(7, 15, "selectors.ports[1]: 70000 is not a port")),
            invalid("ports-empty-list.yaml", at(7, 10, "selectors.ports is an empty list")),
            invalid("ports-quoted-number.yaml", at(7, 11, "write a single port as a number, without quotes")),
            invalid("transport-quoted-number.yaml", at(6, 14, "selectors.transport: '6' is not a known value")),
            invalid("transport-out-of-range.yaml", at(6, 14, "selectors.transport 256 is not a protocol number")),
            // independent data errors are each reported
            invalid(
                    "several-independent-errors.yaml",
                    at(5, 22, "context.natLikely must be true or false"),
                    at(5, 33, "context.scale: 'many' is not a known value"),
                    at(7, 9, "protection.mode: 'tunel' is not a known value; did you mean 'tunnel'?"),
                    at(8, 1, "unknown key 'keyManagment'; did you mean 'keyManagement'?")),

            // more YAML syntax error classes
            invalid(
                    "syntax-unclosed-double-quote.yaml",
                    at(
                            8,
                            1,
                            "unexpected end of stream (while scanning a quoted scalar), which starts at line 6, column 14")),
            invalid("syntax-unclosed-single-quote.yaml", at(7, 1, "while scanning a quoted scalar")),
            invalid("syntax-tab-indentation.yaml", at(6, 1, "found character '\\t(TAB)' that cannot start any token")),
            invalid("syntax-unknown-escape.yaml", at(6, 20, "found unknown escape character q")),
            invalid("syntax-unclosed-flow-sequence.yaml", at(7, 7, "expected ',' or ']'")),
            invalid("syntax-stray-closing-bracket.yaml", at(7, 9, "found ']'")),
            invalid("syntax-list-item-beside-keys.yaml", at(7, 3, "expected <block end>, but found '-'")),
            invalid("syntax-reserved-indicator.yaml", at(6, 14, "found character '@' that cannot start any token")),
            invalid("syntax-block-scalar-bad-indicator.yaml", at(6, 12, "expected indentation indicator")),
            invalid("syntax-content-after-document-end.yaml", at(6, 1, "expected '<document start>'")),
            invalid("syntax-anchor-without-name.yaml", at(5, 13, "while scanning an anchor")),
            invalid("syntax-missing-colon-space.yaml", at(6, 3, "selectors must be a mapping of keys")),
            invalid("syntax-yaml-version-2.yaml", at(1, 1, "remove the %YAML line")),
            // tags naming Java (or Python) classes, aliases, merge keys: refused, never constructed
            invalid(
                    "tag-script-engine-gadget.yaml",
                    at(6, 14, "YAML tag '!!javax.script.ScriptEngineManager' is not allowed")),
            invalid("tag-verbatim-java-class.yaml", at(5, 12, "YAML tag '!!java.lang.ProcessBuilder' is not allowed")),
            invalid("tag-on-top-level-mapping.yaml", at(1, 1, "YAML tag '!!python/object:os.system' is not allowed")),
            invalid("tag-mismatched-core-tag.yaml", at(5, 22, "the value 'maybe' does not fit its tag 'bool'")),
            invalid("alias-bomb.yaml", at(1, 4, "YAML anchor '&a' is not allowed")),
            invalid(
                    "merge-key.yaml",
                    at(5, 1, "unknown key 'base'"),
                    at(7, 3, "'protection.<<' is a YAML merge key, which descriptors do not support")),
            // wrong types at every level
            invalid("wrong-type-schema-number.yaml", at(1, 9, "schema must be 'ipsec-profile/1'")),
            invalid("wrong-type-id-number.yaml", at(2, 5, "id must be text, not a number (42)")),
            invalid(
                    "wrong-type-ipsec-scalar.yaml",
                    at(4, 8, "ipsec must be a mapping of keys (version), not a number")),
            invalid(
                    "wrong-type-protocol-list.yaml",
                    at(3, 11, "protocol must be a mapping of keys (name, reference), not a list")),
            invalid("wrong-type-text-is-mapping.yaml", at(6, 14, "selectors.initiator must be text, not a mapping")),
            invalid(
                    "wrong-type-keyword-is-number.yaml",
                    at(6, 9, "protection.mode must be one of transport, tunnel, not a number")),
            invalid(
                    "wrong-type-list-item-is-list.yaml",
                    at(6, 15, "protection.protocols[0] must be one of esp, ah, not a list")),
            invalid(
                    "wrong-type-list-is-mapping.yaml",
                    at(7, 10, "ike.modes must be a list of values from main, aggressive")),
            invalid("wrong-type-third-level.yaml", at(7, 17, "authentication.certificates must be a mapping of keys")),
            invalid("wrong-type-suppress-mapping.yaml", at(5, 11, "suppress must be a list of entries")),
            invalid(
                    "wrong-type-suppress-rule-number.yaml",
                    at(6, 11, "suppress[0].rule must be text, not a number (5)")),
            invalid(
                    "wrong-type-additional-mapping.yaml",
                    at(6, 15, "securityConsiderations.additional must be a list of text")),
            invalid("wrong-type-ports-boolean.yaml", at(7, 11, "selectors.ports[0] must be a port number")),
            // unknown keys and values at every level
            invalid("unknown-third-level-key.yaml", at(7, 44, "unknown key 'authentication.certificates.issuer'")),
            invalid(
                    "unknown-key-wrong-case.yaml",
                    at(5, 11, "unknown key 'context.natlikely'; did you mean 'natLikely'?")),
            invalid("unknown-list-value.yaml", at(6, 23, "identification.types[1]: 'ip' is not a known value")),
            invalid(
                    "unknown-third-level-value.yaml",
                    at(7, 28, "authentication.certificates.issuance: 'global' is not a known value")),
            invalid(
                    "unknown-key-management-method.yaml",
                    at(5, 25, "keyManagement.method: 'ikev2' is not a known value")),
            invalid("unknown-suppress-key.yaml", at(7, 5, "unknown key 'suppress[0].because'")),
            // ids that would escape the output directory or cannot be file names
            invalid("id-absolute-path.yaml", at(2, 5, "id '/etc/passwd' is not allowed")),
            invalid("id-with-slash.yaml", at(2, 5, "id 'a/b' is not allowed")),
            invalid("id-with-backslash.yaml", at(2, 5, "is not allowed")),
            invalid("id-trailing-dot.yaml", at(2, 5, "id 'bgp.' is not allowed")),
            invalid("id-windows-nul.yaml", at(2, 5, "id 'nul' is a reserved device name on Windows")),
            invalid("id-windows-lpt0.yaml", at(2, 5, "id 'lpt0' is a reserved device name on Windows")),
            invalid("id-with-line-break.yaml", at(2, 5, "id 'bgp rm' is not allowed")),
            // characters no output can carry: control, bidirectional, separators, surrogates
            invalid(
                    "escaped-control-character.yaml",
                    at(6, 14, "selectors.initiator holds the control character U+001B")),
            invalid("escaped-nul.yaml", at(6, 14, "selectors.initiator holds the control character U+0000")),
            invalid("c1-next-line.yaml", at(6, 15, "availability.assessment holds the control character U+0085")),
            invalid(
                    "bidi-override-raw.yaml",
                    at(6, 14, "selectors.initiator holds the bidirectional control character U+202E")),
            invalid(
                    "bidi-isolate-in-key.yaml",
                    at(5, 1, "a key at the top level holds the bidirectional control character U+2066")),
            invalid("line-separator.yaml", at(6, 11, "authorization.policy holds U+2028 (LINE SEPARATOR)")),
            invalid(
                    "escaped-lone-surrogate.yaml",
                    at(6, 15, "availability.assessment holds an unpaired surrogate U+D800")),
            // bytes that are not UTF-8 text, and line ends of other systems
            invalid("nul-byte.yaml", at(6, 15, "the file contains a NUL byte here")),
            invalid("latin1.yaml", at(5, 27, "not valid UTF-8 (byte 0xE9 here)")),
            invalid("truncated-utf8-sequence.yaml", at(5, 24, "not valid UTF-8 (byte 0xE2 here)")),
            invalid("utf16le-bom.yaml", at(1, 1, "encoded as UTF-16")),
            invalid("utf16be-no-bom.yaml", at(1, 1, "encoded as UTF-16")),
            invalid("utf32le-bom.yaml", at(1, 1, "encoded as UTF-32")),
            invalid("utf8-bom-with-syntax-error.yaml", at(6, 1, "expected ',' or '}'")),
            invalid("crlf-with-unknown-key.yaml", at(5, 1, "unknown key 'selector'")),
            invalid("crlf-with-syntax-error.yaml", at(7, 1, "while scanning a quoted scalar")),
            invalid("cr-only-line-ends.yaml", at(5, 1, "unknown key 'selectr'")),
            // nesting far past the limit, closed and unclosed
            invalid("deep-nesting-10000.yaml", at(5, 73, "nested more than 64 levels")),
            invalid("deep-nesting-unclosed.yaml", at(5, 262, "nested more than 64 levels")),
            // algorithms (SPEC §3, §3.1): exact names, each in a list of its kind, once; numbers for key exchange
            invalid(
                    "algorithms-name-lower-case.yaml",
                    at(
                            7,
                            18,
                            "algorithms.esp.encryption[0]: 'encr_aes_cbc' is not a known algorithm name;"
                                    + " did you mean 'ENCR_AES_CBC'? Names are written in upper case")),
            invalid(
                    "algorithms-name-misspelt.yaml",
                    at(
                            9,
                            9,
                            "algorithms.esp.encryption[1]: 'ENCR_AES_CB' is not a known algorithm name;"
                                    + " did you mean 'ENCR_AES_CBC'?")),
            invalid(
                    "algorithms-name-is-number.yaml",
                    at(7, 18, "algorithms.esp.encryption[0] must be an algorithm name such as ENCR_AES_GCM_16")),
            invalid(
                    "algorithms-prf-in-integrity-list.yaml",
                    at(
                            8,
                            17,
                            "algorithms.ike.integrity[0]: PRF_HMAC_SHA2_256 is a PRF; list it under"
                                    + " algorithms.ike.prf")),
            invalid(
                    "algorithms-encryption-in-integrity-list.yaml",
                    at(
                            7,
                            17,
                            "algorithms.ah.integrity[0]: ENCR_AES_CBC is an encryption algorithm; list it under"
                                    + " algorithms.esp.encryption")),
            invalid(
                    "algorithms-integrity-in-encryption-list.yaml",
                    at(
                            7,
                            18,
                            "algorithms.ike.encryption[0]: AUTH_HMAC_SHA2_256_128 is an integrity algorithm;"
                                    + " list it under algorithms.ike.integrity")),
            invalid(
                    "algorithms-integrity-in-prf-list.yaml",
                    at(
                            7,
                            11,
                            "algorithms.ike.prf[0]: AUTH_AES_XCBC_96 is an integrity algorithm; list it under"
                                    + " algorithms.ike.integrity")),
            invalid(
                    "algorithms-listed-twice.yaml",
                    at(
                            7,
                            49,
                            "algorithms.esp.encryption[2]: ENCR_AES_CBC is listed twice, first as"
                                    + " algorithms.esp.encryption[0] at line 7, column 18")),
            invalid(
                    "algorithms-key-exchange-twice.yaml",
                    at(
                            6,
                            31,
                            "algorithms.ike.keyExchange[2]: 14 is listed twice, first as"
                                    + " algorithms.ike.keyExchange[0] at line 6, column 23")),
            invalid(
                    "algorithms-key-exchange-out-of-range.yaml",
                    at(7, 19, "algorithms.ike.keyExchange[0]: 0 is not a key exchange method number"),
                    at(7, 22, "algorithms.ike.keyExchange[1]: 70000 is not a key exchange method number")),
            invalid(
                    "algorithms-key-exchange-name.yaml",
                    at(7, 19, "'curve25519' is a name, but key exchange methods are written as their numbers")),
            invalid(
                    "algorithms-key-exchange-float.yaml",
                    at(
                            7,
                            19,
                            "algorithms.ike.keyExchange[0] must be a key exchange method number from 1 to 65535,"
                                    + " e.g. 14, 19 or 31, not a decimal number (14.0)")),
            invalid(
                    "algorithms-list-is-one-name.yaml",
                    at(7, 16, "algorithms.esp.integrity must be a list of ESP integrity algorithms")),
            invalid(
                    "algorithms-not-a-mapping.yaml",
                    at(5, 13, "algorithms must be a mapping of keys (companion, esp, ah, ike), not a list")),
            invalid(
                    "algorithms-esp-not-a-mapping.yaml",
                    at(6, 8, "algorithms.esp must be a mapping of keys (encryption, integrity)")),
            invalid(
                    "algorithms-unknown-key.yaml",
                    at(7, 5, "unknown key 'algorithms.esp.encription'; did you mean 'encryption'?")),
            invalid(
                    "algorithms-unknown-context.yaml",
                    at(6, 3, "unknown key 'algorithms.ikev2'; keys allowed under algorithms: companion, esp, ah, ike")),
            invalid("algorithms-companion-yes.yaml", at(6, 14, "algorithms.companion must be true or false")),
            invalid("algorithms-empty-entry.yaml", at(9, 8, "algorithms.ah.integrity[1] is empty")));

    private final DescriptorParser parser = new DescriptorParser();

    static Stream<Case> cases() {
        return CASES.stream();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void eachInvalidFileGivesTheExpectedFindings(Case expected) {
        Path file = Corpus.invalid(expected.file());
        String displayPath = Corpus.displayPath(file);

        ParsedDescriptor parsed =
                assertTimeoutPreemptively(Duration.ofSeconds(2), () -> parser.parse(file, displayPath));

        assertThat(parsed.profile()).isNull();
        assertThat(parsed.problems()).hasSize(expected.findings().size());
        for (int i = 0; i < expected.findings().size(); i++) {
            Finding actual = parsed.problems().get(i);
            Expected want = expected.findings().get(i);
            assertThat(actual.rule()).isEqualTo("descriptor");
            assertThat(actual.severity()).isEqualTo(Severity.ERROR);
            assertThat(actual.section()).isNull();
            assertThat(actual.file()).isEqualTo(displayPath);
            assertThat(actual.suppressed()).isFalse();
            assertThat(actual.justification()).isNull();
            assertThat(actual.line() + ":" + actual.column())
                    .as(actual.message())
                    .isEqualTo(want.line() + ":" + want.column());
            assertThat(actual.message()).contains(want.fragment());
        }
    }

    @Test
    void everyFileOfTheInvalidCorpusIsInTheTable() {
        Map<String, Case> listed = CASES.stream().collect(Collectors.toMap(Case::file, Function.identity()));
        List<String> onDisk = Corpus.files("invalid").stream()
                .map(p -> p.getFileName().toString())
                .toList();

        assertThat(listed.keySet()).containsExactlyInAnyOrderElementsOf(onDisk);
    }

    @Test
    void findingsOfDataErrorsNameTheProfileWhenTheIdWasRead() {
        ParsedDescriptor parsed = parser.parse(Corpus.invalid("several-independent-errors.yaml"), "x.yaml");

        assertThat(parsed.problems()).extracting(Finding::profile).containsOnly("example");
    }

    static List<String> syntaxLevelFiles() {
        return Arrays.asList("syntax-unclosed-flow.yaml", "two-documents.yaml", "anchor-and-alias.yaml");
    }

    @ParameterizedTest
    @MethodSource("syntaxLevelFiles")
    void syntaxLevelFindingsHaveNoProfileBecauseNothingWasRead(String name) {
        assertThat(parser.parse(Corpus.invalid(name), name).problems())
                .extracting(Finding::profile)
                .containsOnlyNulls();
    }
}
