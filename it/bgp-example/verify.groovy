// The bundled example: five findings, none failing, findings.json as SPEC §6 says, every
// generated fragment present, the draft's XIncludes resolving with every xref target
// defined, the second build writing nothing, and both drafts rendering with the real xml2rfc
// without a warning.
import javax.xml.parsers.DocumentBuilderFactory

def log = new File(basedir, 'build.log').text
def pom = new File(basedir, 'pom.xml').text

assert pom.contains("<version>${pluginVersion}</version>") : "the example must name the plugin version being built"

assert log.contains('[INFO] src/main/ipsec/bgp.yaml:11:3: [port-selectors] ')
assert log =~ /\[INFO\] src\/main\/ipsec\/bgp\.yaml:\d+:\d+: \[sender-address-check\] .*\(RFC 5406 Section 9\)/
assert log =~ /\[WARNING\] src\/main\/ipsec\/bgp\.yaml:29:3: \[availability-unknown\] /
assert log =~ /\[WARNING\] src\/main\/ipsec\/bgp\.yaml:4:9: \[ipsec-v2-obsolete\] .*\(RFC 4301; RFC 5406 Section 1\)/
assert log =~ /\[WARNING\] src\/main\/ipsec\/bgp\.yaml:18:7: \[ikev1-historic\] .*\(RFC 9395 Sections 1 and 3\)/
assert log.contains('BUILD SUCCESS')
assert log =~ /IPsec profile: 0 file\(s\) written, \d+ unchanged/ : 'the second build must rewrite nothing'
def classes = new File(basedir, 'target/second-build-classes.log').readLines()
assert classes.any { it.contains(' org.ipsecprofile.mojo.GenerateMojo ') } : 'the class-loading log of the second build is empty'
def heavy = classes.findAll { it.contains(' freemarker.') || it.contains(' org.snakeyaml.') }
assert heavy.isEmpty() : "an unchanged build loaded ${heavy.size()} FreeMarker or SnakeYAML classes, e.g. ${heavy.take(3)}"
// commons-text is there for the did-you-mean hints: a valid descriptor asks for none, so neither
// the first (clean) build nor the unchanged second one loads any of its classes.
def firstClasses = new File(basedir, 'first-build-classes.log').readLines()
assert firstClasses.any { it.contains(' org.ipsecprofile.render.TextFill ') } : 'the first build rendered no text (or its class-loading log is empty)'
def firstCommonsText = firstClasses.findAll { it.contains(' org.apache.commons.text.') }
assert firstCommonsText.isEmpty() : "a valid build loaded ${firstCommonsText.size()} commons-text classes, e.g. ${firstCommonsText.take(3)}"
def commonsText = classes.findAll { it.contains(' org.apache.commons.text.') }
assert commonsText.isEmpty() : "an unchanged build loaded ${commonsText.size()} commons-text classes, e.g. ${commonsText.take(3)}"

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/ipsec-profile/findings.json'))
assert json.schema == 'ipsec-profile-findings/1'
assert json.profiles == [[id: 'bgp', file: 'src/main/ipsec/bgp.yaml']]
assert json.findings*.rule.sort() == ['availability-unknown', 'ikev1-historic', 'ipsec-v2-obsolete', 'port-selectors',
                                     'sender-address-check']
assert json.errors == 0
assert json.warnings == 3
assert json.infos == 2
def ports = json.findings.find { it.rule == 'port-selectors' }
assert ports.severity == 'info' && ports.section == '6' && ports.profile == 'bgp'
assert ports.line == 11 && ports.column == 3 && ports.suppressed == false && ports.justification == null
assert ports.document == 'RFC 5406'
def historic = json.findings.find { it.rule == 'ikev1-historic' }
assert historic.severity == 'warning' && historic.document == 'RFC 9395' && historic.section == '1, 3'
assert historic.line == 18 && historic.column == 7

def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/ipsec-profile/findings.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs.size() == 1
assert sarif.runs[0].tool.driver.version == pluginVersion
assert sarif.runs[0].results*.ruleId.sort() == ['availability-unknown', 'ikev1-historic', 'ipsec-v2-obsolete',
                                                'port-selectors', 'sender-address-check']
// SARIF paths start at the Git repository's root (code scanning places alerts by them): this
// project runs inside the plugin's own checkout, so its folder comes first.
def project = basedir.absoluteFile.toPath().normalize().toFile()
def root = project
while (root != null && !new File(root, '.git').exists()) {
    root = root.parentFile
}
def prefix = root == null ? '' : root.toPath().relativize(project.toPath()).toString().replace('\\', '/') + '/'
assert sarif.runs[0].results.every {
    it.locations[0].physicalLocation.artifactLocation.uri
            == prefix + 'src/main/ipsec/bgp.yaml'
} : "uris: ${sarif.runs[0].results*.locations*.physicalLocation*.artifactLocation*.uri}, expected prefix '${prefix}'"

def out = new File(basedir, 'target/generated-sources/ipsec-profile')
['xml2rfc/ipsec-profile-bgp.xml', 'xml2rfc/security-considerations.xml', 'xml2rfc/references-normative.xml',
 'xml2rfc/references-informative.xml', 'markdown/ipsec-profile-bgp.md', 'markdown/security-considerations.md',
 'markdown/references.yaml', 'text/ipsec-profile-bgp.txt', 'text/security-considerations.txt'].each {
    assert new File(out, it).isFile() : "missing ${it}"
}
assert new File(out, 'xml2rfc/bibxml').listFiles().findAll { it.name ==~ /reference\.RFC\.\d+\.xml/ }.size() > 3
new File(out, 'text').eachFile { f -> f.eachLine { line -> assert line.length() <= 72 : "${f.name}: ${line}" } }

// The draft and every file it includes (Java's XInclude does not know the xpointer() scheme the
// draft uses for the reference groups, so the files are read one by one): each xref target is
// defined once, and the generated groups leave out the references the draft declares itself.
def factory = DocumentBuilderFactory.newInstance()
factory.namespaceAware = true
def anchors = []
def targets = [] as Set
def walk
walk = { node ->
    if (node.nodeType == org.w3c.dom.Node.ELEMENT_NODE) {
        if (node.hasAttribute('anchor')) anchors << node.getAttribute('anchor')
        if (node.localName == 'xref') targets << node.getAttribute('target')
    }
    def children = node.childNodes
    for (int i = 0; i < children.length; i++) walk(children.item(i))
}
def draft = factory.newDocumentBuilder().parse(new File(basedir, 'draft-example-bgp-ipsec.xml'))
walk(draft.documentElement)
def includes = draft.getElementsByTagNameNS('http://www.w3.org/2001/XInclude', 'include')
assert includes.length == 4
for (int i = 0; i < includes.length; i++) {
    def included = new File(basedir, includes.item(i).getAttribute('href'))
    assert included.isFile() : "the draft includes ${included}, which generate did not write"
    def includedRoot = factory.newDocumentBuilder().parse(included).documentElement
    if (includedRoot.localName == 'references') {
        // the draft takes the group's <reference> children into its own group (xpointer)
        def children = includedRoot.childNodes
        for (int j = 0; j < children.length; j++) walk(children.item(j))
    } else {
        walk(includedRoot)
    }
}
assert anchors.containsAll(['ipsec-profile-bgp', 'security-considerations', 'RFC2119', 'RFC4271', 'RFC8174'])
assert anchors.size() == (anchors as Set).size() : "anchors defined twice: ${anchors.countBy { it }.findAll { it.value > 1 }.keySet()}"
assert !targets.isEmpty()
assert anchors.containsAll(targets) : "xref targets without anchor: ${targets - anchors}"

// The kramdown-rfc draft includes the generated references.yaml in its header, beside its own
// references (RFC 2119, RFC 8174, BCP 14, RFC 4271) under ref:; the generated file leaves those
// out, so no entry is there twice. Where kramdown-rfc is installed (always in CI) the draft
// converts offline with every reference resolved.
def markdownDraft = new File(basedir, 'draft-example-bgp-ipsec.md').text
def header = markdownDraft.substring(0, markdownDraft.indexOf('--- abstract'))
assert header.contains('\n{::include target/generated-sources/ipsec-profile/markdown/references.yaml}\n')
def generatedYaml = new File(out, 'markdown/references.yaml').text
['RFC2119', 'RFC8174', 'RFC4271'].each {
    assert header.contains("\n  ${it}:\n") : "the draft declares ${it}"
    assert !generatedYaml.contains("\n  ${it}:\n") : "references.yaml repeats ${it}, which the draft declares"
}
def converted = evaluate(new File(itSource, 'lib/kramdown.groovy'))(
        new File(basedir, 'draft-example-bgp-ipsec.md'), new File(basedir, 'target/draft-example-bgp-ipsec-md.xml'))
if (converted != null) {
    def err = converted.err
    assert converted.exitCode == 0 : err
    def xml = converted.xml
    assert !xml.contains('BROKEN REFERENCE') : err
    assert !(xml =~ /<!ENTITY[^>]*SYSTEM/)
    assert !err.toLowerCase().contains('overwriting') : err
    assert xml.contains('anchor="ipsec-profile-bgp"') && xml.contains('anchor="security-considerations"')
    (markdownDraft =~ /\n  (RFC\d+):\n/).each { assert xml.contains("<reference anchor=\"${it[1]}\"") : "no reference ${it[1]}" }
}

// Both drafts through the real xml2rfc (where it is found; always in CI): the XML draft with its
// XIncludes, and kramdown-rfc's XML of the Markdown draft; each renders with no warning.
def xml2rfc = evaluate(new File(itSource, 'lib/xml2rfc.groovy'))
def rendered = [new File(basedir, 'draft-example-bgp-ipsec.xml')]
if (converted != null) rendered << new File(basedir, 'target/draft-example-bgp-ipsec-md.xml')
rendered.each { draftFile ->
    def rendering = xml2rfc(draftFile, new File(basedir, 'target/xml2rfc'))
    if (rendering == null) return
    assert rendering.exitCode == 0 : "xml2rfc failed on ${draftFile.name}:\n${rendering.log}"
    assert rendering.warnings.isEmpty() : "xml2rfc warned on ${draftFile.name}:\n${rendering.log}"
    def text = new File(basedir, 'target/xml2rfc/' + draftFile.name.replaceAll(/\.xml$/, '.txt')).getText('UTF-8')
    assert text.contains('IPsec Profile') && text.contains('Security Considerations')
    println "xml2rfc rendered ${draftFile.name}${rendering.messages ? ': ' + rendering.messages : ' without a message'}"
}
return true
