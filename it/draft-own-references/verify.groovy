// Drafts with references of their own (SPEC §5, issue 13 point 4): the generated reference lists
// leave out what each draft declares (the XML groups what the XML draft lists, references.yaml
// what the Markdown draft lists or cites with {{!…}}), neither draft lacks the BCP 14
// boilerplate, and both render with the real tools with one "Normative References" heading and
// no anchor defined twice.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/ipsec-profile/findings.json'))
assert json.findings*.rule.sort() == ['availability-unknown', 'ikev1-historic', 'ipsec-v2-obsolete', 'port-selectors', 'sender-address-check']

def out = new File(basedir, 'target/generated-sources/ipsec-profile')
def normative = new File(out, 'xml2rfc/references-normative.xml').getText('UTF-8')
['RFC2119', 'RFC4271', 'RFC8174'].each { assert !normative.contains("anchor=\"${it}\"") : "${it} is the draft's own" }
['RFC2401', 'RFC2402', 'RFC2406', 'RFC2409', 'RFC5280'].each { assert normative.contains("anchor=\"${it}\"") : "${it} missing" }
// The per-reference files are written for every cited reference.
assert new File(out, 'xml2rfc/bibxml/reference.RFC.4271.xml').isFile()

def yaml = new File(out, 'markdown/references.yaml').getText('UTF-8')
['RFC2119', 'RFC4271', 'RFC8174'].each { assert !yaml.contains("\n  ${it}:\n") : "${it} is the Markdown draft's own" }
['RFC2401', 'RFC5280', 'RFC5406'].each { assert yaml.contains("\n  ${it}:\n") : "${it} missing" }

def count = { String text, String anchor -> (text =~ /<reference anchor="${anchor}"/).count }
def anchors = ['RFC2119', 'RFC4271', 'RFC8174', 'RFC2401', 'RFC5280', 'RFC3552', 'RFC5406']

// The Markdown draft through kramdown-rfc, offline: each reference once, none overwritten or fetched.
def converted = evaluate(new File(itSource, 'lib/kramdown.groovy'))(
        new File(basedir, 'draft-example-own-references.md'), new File(basedir, 'target/draft-example-own-references-md.xml'))
if (converted != null) {
    def err = converted.err
    assert converted.exitCode == 0 : err
    assert !(err =~ /(?m)^\*/) : "kramdown-rfc warned:\n${err}"
    def xml = converted.xml
    assert !xml.contains('BROKEN REFERENCE') : err
    assert (xml =~ /Normative References/).count == 1
    anchors.each { assert count(xml, it) == 1 : "${it} defined ${count(xml, it)} times in kramdown-rfc's XML" }
}

// Both drafts through the real xml2rfc (where it is found; always in CI): no warning, no error
// (a duplicate anchor is the error "ID … redefined"), one "Normative References" heading.
def xml2rfc = evaluate(new File(itSource, 'lib/xml2rfc.groovy'))
def rendered = [new File(basedir, 'draft-example-own-references.xml')]
if (converted != null) rendered << new File(basedir, 'target/draft-example-own-references-md.xml')
rendered.each { draftFile ->
    def rendering = xml2rfc(draftFile, new File(basedir, 'target/xml2rfc'))
    if (rendering == null) return
    assert rendering.exitCode == 0 : "xml2rfc failed on ${draftFile.name}:\n${rendering.log}"
    assert rendering.warnings.isEmpty() : "xml2rfc warned on ${draftFile.name}:\n${rendering.log}"
    def text = new File(basedir, 'target/xml2rfc/' + draftFile.name.replaceAll(/\.xml$/, '.txt')).getText('UTF-8')
    assert (text =~ /(?m)^\d+(?:\.\d+)*\.\s+Normative References\s*$/).count == 1 : text
    anchors.each { assert text.contains("[${it}]") : "no [${it}] in the text of ${draftFile.name}" }
    println "xml2rfc rendered ${draftFile.name}${rendering.messages ? ': ' + rendering.messages : ' without a message'}"
}
return true
