// The modern example: no error and no warning, the algorithms stated in every format, the draft's
// own references left out of the generated groups, and both drafts rendering with the real
// xml2rfc without a warning, each with one Normative References heading.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert !log.contains('[WARNING] src/') && !log.contains('[WARNING] draft-') : 'the modern example must give no warning'

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/ipsec-profile/findings.json'))
assert json.profiles == [[id: 'telemetry', file: 'src/main/ipsec/telemetry.yaml']]
assert json.errors == 0
assert json.warnings == 0
assert json.findings*.rule == ['port-selectors']

def out = new File(basedir, 'target/generated-sources/ipsec-profile')
def profileText = new File(out, 'text/ipsec-profile-telemetry.txt').getText('UTF-8')
assert profileText.contains('Cryptographic Algorithms')
assert profileText.contains('ENCR_AES_GCM_16') && profileText.contains('[RFC8221]') && profileText.contains('[RFC8247]')
assert !(profileText =~ /RFC240[126]|RFC2409/) : 'a version-3 profile cites the RFC 4301 suite, never the RFC 2401 family'
def security = new File(out, 'text/security-considerations.txt').getText('UTF-8')
assert security.contains('[RFC7696]')
def normative = new File(out, 'xml2rfc/references-normative.xml').getText('UTF-8')
['RFC4301', 'RFC4303', 'RFC7296', 'RFC8221', 'RFC8247'].each { assert normative.contains("anchor=\"${it}\"") : "no ${it}" }
// The XML draft declares RFC 2119 and RFC 8174 itself: the generated group leaves them out.
assert !normative.contains('anchor="RFC2119"') && !normative.contains('anchor="RFC8174"')

def xml2rfc = evaluate(new File(itSource, 'lib/xml2rfc.groovy'))
def drafts = [new File(basedir, 'draft-example-telemetry.xml')]
def xmlFile = new File(basedir, 'target/draft-example-telemetry-md.xml')
def converted = evaluate(new File(itSource, 'lib/kramdown.groovy'))(new File(basedir, 'draft-example-telemetry.md'), xmlFile)
if (converted != null) {
    assert converted.exitCode == 0 : converted.err
    assert !converted.xml.contains('BROKEN REFERENCE') : converted.err
    assert !converted.err.toLowerCase().contains('overwriting') : converted.err
    drafts << xmlFile
}
drafts.each { draftFile ->
    def rendering = xml2rfc(draftFile, new File(basedir, 'target/xml2rfc'))
    if (rendering == null) return
    assert rendering.exitCode == 0 : "xml2rfc failed on ${draftFile.name}:\n${rendering.log}"
    assert rendering.warnings.isEmpty() : "xml2rfc warned on ${draftFile.name}:\n${rendering.log}"
    def text = new File(basedir, 'target/xml2rfc/' + draftFile.name.replaceAll(/\.xml$/, '.txt')).getText('UTF-8')
    assert text.contains('IPsec Profile for Example Telemetry Protocol') && text.contains('Security Considerations')
    assert text.count('Normative References') == 2 : "one heading and one table-of-contents line in ${draftFile.name}"
}
return true
