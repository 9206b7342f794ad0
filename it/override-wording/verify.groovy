// Two wording templates overridden, one sentence each: the new sentences appear in the XML,
// Markdown and text outputs and the old ones do not; every other byte of the sections is what
// the plugin writes for the BGP example without overrides (its golden files); the citation of
// RFC 4107 that the item's override adds reaches both reference lists and the bibxml files.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert !log.contains('[ERROR]')

def out = new File(basedir, 'target/generated-sources/ipsec-profile')
// The unit tests' golden files of the BGP example, which this project's descriptor copies.
def golden = new File(itSource, '../ipsec-profile-maven-plugin/src/test/resources/golden/bgp').canonicalFile
assert golden.isDirectory() : "no golden files at ${golden}"
assert new File(basedir, 'src/main/ipsec/bgp.yaml').text == new File(itSource, 'bgp-example/src/main/ipsec/bgp.yaml').text :
        'the descriptor must be the BGP example\'s, which the golden files were made from'

def read = { File dir, String path -> new File(dir, path).getText('UTF-8') }
def flat = { String text -> text.replaceAll(/\s+/, ' ').trim() }

// wording/security/threat-denial-of-service.ftlx: its last sentence, in other words.
def dosOld = 'An attacker on the path can also deny service by dropping packets, which IPsec cannot prevent.'
def dosNew = 'An attacker on the path can still drop packets, and no IPsec mechanism prevents that.'
// wording/profile/item-c-key-management.ftlx: one sentence, now citing RFC 4107.
def kmOld = 'Automated key management gives each SA fresh keys and lets receivers detect replayed packets.'
def kmNew = { String citation ->
    "As the guidelines of ${citation} advise, keys are managed automatically: each SA gets fresh keys, and receivers can detect replayed packets.".toString()
}
def citations = [xml2rfc: '<xref target="RFC4107"/>', markdown: '{{RFC4107}}', text: '[RFC4107]']
def extensions = [xml2rfc: 'xml', markdown: 'md', text: 'txt']

def changes = [
    'security-considerations': [dosOld, { format -> dosNew }],
    'ipsec-profile-bgp': [kmOld, { format -> kmNew(citations[format]) }],
]
extensions.each { format, ext ->
    changes.each { name, change ->
        def path = "${format}/${name}.${ext}".toString()
        def expected = read(golden, path)
        def actual = read(out, path)
        def (String old, newSentence) = change
        def sentence = newSentence(format)
        assert flat(expected).contains(old) : "${path}: the golden file no longer holds the sentence the override changes: ${old}"
        assert flat(actual).contains(sentence) : "${path} lacks the overridden sentence: ${sentence}"
        assert !flat(actual).contains(old) : "${path} still holds the default sentence: ${old}"
        assert flat(actual).count(sentence) == 1
        if (format == 'text') {
            // Filled to 72 columns, so the changed paragraph's lines differ; every other paragraph
            // is byte for byte the default one.
            actual.eachLine { line -> assert line.length() <= 72 : "${path}: ${line}" }
            def expectedParts = expected.split('\n\n', -1)
            def actualParts = actual.split('\n\n', -1)
            assert actualParts.length == expectedParts.length : "${path}: paragraphs added or lost"
            expectedParts.eachWithIndex { part, i ->
                if (flat(part).contains(old)) {
                    assert flat(actualParts[i]) == flat(part).replace(old, sentence) : path
                } else {
                    assert actualParts[i] == part : "${path}: a paragraph the overrides do not word changed:\n${actualParts[i]}"
                }
            }
        } else {
            assert actual == expected.replace(old, sentence) : "${path}: more changed than the one sentence"
        }
    }
}

// The citation added by the override is an informative reference like any other.
assert read(out, 'xml2rfc/references-normative.xml') == read(golden, 'xml2rfc/references-normative.xml')
def informative = read(out, 'xml2rfc/references-informative.xml')
assert (informative =~ /<reference anchor="(RFC\d+)">/).collect { it[1] } == ['RFC3552', 'RFC4107', 'RFC5406']
def rfc4107 = (informative =~ /(?s)  <reference anchor="RFC4107">.*?<\/reference>\n/)[0]
assert rfc4107.contains('<title>Guidelines for Cryptographic Key Management</title>')
assert rfc4107.contains('<seriesInfo name="BCP" value="107"/>') && rfc4107.contains('<seriesInfo name="RFC" value="4107"/>')
assert informative.replace(rfc4107, '') == read(golden, 'xml2rfc/references-informative.xml')

def bibxml = new File(out, 'xml2rfc/bibxml').list().sort()
def goldenBibxml = new File(golden, 'xml2rfc/bibxml').list().sort()
assert bibxml == (goldenBibxml + 'reference.RFC.4107.xml').sort()
goldenBibxml.each { assert read(out, "xml2rfc/bibxml/${it}") == read(golden, "xml2rfc/bibxml/${it}") : it }
def bib4107 = read(out, 'xml2rfc/bibxml/reference.RFC.4107.xml')
assert bib4107.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<reference anchor="RFC4107">')
// The same <reference> as in the informative group, there indented by two spaces.
assert bib4107.readLines().drop(1).collect { '  ' + it }.join('\n') + '\n' == rfc4107

def yaml = read(out, 'markdown/references.yaml')
def entry = (yaml =~ /(?s)\n  RFC4107:\n.*?(?=\n  RFC)/)[0]
assert yaml.indexOf(entry) > yaml.indexOf('\ninformative:\n') : 'RFC 4107 is informative'
assert entry.contains('override: true') && entry.contains('title: "Guidelines for Cryptographic Key Management"')
assert entry.contains('BCP: "107"') && entry.contains('RFC: "4107"')
assert yaml.replace(entry, '') == read(golden, 'markdown/references.yaml')
return true
